import { requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { projectBy, runProject, simplified } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

describe('Project > Archive and Unarchive', () => {
	test('Archive: PUT /projects/{id}/archive without a body, the project now inactive', async () => {
		const result = await runProject('archive', { projectId: projectBy.id(P.festpreis) });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'PUT', url: `/api/v1/projects/${P.festpreis}/archive`, authorization: 'Token token=test-key', json: undefined }),
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ ...simplified(sim(), P.festpreis), active: false }]);
	});

	test('Unarchive by identifier: the archived project is active again', async () => {
		const result = await runProject('unarchive', { projectId: projectBy.identifier('P-2023-017') });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2023-017&include_archived=true', `PUT /api/v1/projects/${P.messe}/unarchive`]);
		expect(result.items[0].json).toMatchObject({ id: P.messe, active: true });
	});

	test('Simplify off: MOCO\'s record', async () => {
		const result = await runProject('archive', { projectId: projectBy.id(P.festpreis), simplify: false });

		expect(result.items[0].json).toMatchObject({ id: P.festpreis, active: false, tasks: expect.any(Array) });
	});

	test("an unknown project: MOCO's 404", async () => {
		const result = await runProject('unarchive', { projectId: projectBy.id(944599999) });

		expect(result.error).toMatchObject({ httpCode: '404', message: 'MOCO found no such record (404): Resource not found' });
	});

	test('a bad ID sends nothing', async () => {
		const result = await runProject('archive', { projectId: projectBy.id('={{ "5/../x" }}') });

		expect(result.error?.message).toBe('Project ID must be a positive whole number, not "5/../x" (item 0)');
		expect(sim().requests).toHaveLength(0);
	});
});
