import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { projectBy, runProject } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const P = SEED_IDS.projects;

describe('Project > Delete', () => {
	test('a project without time entries: {"deleted": true}', async () => {
		const result = await runProject('delete', { projectId: projectBy.id(P.messe) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`DELETE /api/v1/projects/${P.messe}`]);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().records('projects').some((project) => project.id === P.messe)).toBe(false);
	});

	test("a project with time entries: MOCO's refusal in its words, the project stays", async () => {
		const result = await runProject('delete', { projectId: projectBy.id(P.relaunch) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): The project cannot be deleted because it has activities.', httpCode: '422' });
		expect(sim().records('projects').some((project) => project.id === P.relaunch)).toBe(true);
	});

	test("a read-only key: MOCO's 403", async () => {
		const result = await runProject('delete', { projectId: projectBy.id(P.messe) }, { credentials: { subdomain: 'acme', apiKey: 'read-only-key' } });

		expect(result.error).toMatchObject({ httpCode: '403', message: 'MOCO refused access (403): Forbidden: this API key has read-only access' });
	});

	test('Continue On Fail: the refused project is an error item, the next one is deleted', async () => {
		const result = await runProject(
			'delete',
			{ projectId: projectBy.id('={{ $json.id }}') },
			{ items: [{ id: P.relaunch }, { id: P.messe }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.deleted ?? item.json.error)).toEqual([
			'MOCO could not save the data (422): The project cannot be deleted because it has activities.',
			true,
		]);
	});
});
