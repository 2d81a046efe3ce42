import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { projectBy } from '../project/fixtures';
import { calls } from '../../staff/user/fixtures';
import { runTask } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

describe('Project Task > Create', () => {
	test('the name alone: POST /projects/{id}/tasks, MOCO\'s task', async () => {
		const result = await runTask('create', { projectId: projectBy.id(P.festpreis), name: 'Testing' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'POST', host: 'acme.mocoapp.com', url: `/api/v1/projects/${P.festpreis}/tasks`, authorization: 'Token token=test-key', contentType: 'application/json', json: { name: 'Testing' } },
		]);
		const id = result.items[0].json.id as number;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.festpreis}/tasks/${id}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Testing', billable: true, active: true });
	});

	test('every field, booleans as JSON booleans (PEER-LESSONS 5), the project by identifier', async () => {
		const result = await runTask('create', {
			projectId: projectBy.identifier('P-2024-003'),
			name: 'Qualitätssicherung',
			additionalFields: { active: false, billable: false, budget: 2500, description: 'Tests auf allen Geräten', hourlyRate: 95.5 },
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `POST /api/v1/projects/${P.festpreis}/tasks`]);
		expect(sim().requests[1].json).toEqual({ name: 'Qualitätssicherung', active: false, billable: false, budget: 2500, description: 'Tests auf allen Geräten', hourly_rate: 95.5 });
	});

	test('no name: refused naming the field and the item, nothing sent', async () => {
		const result = await runTask('create', { projectId: projectBy.id(P.festpreis), name: '={{ "" }}' });

		expect(result.error?.message).toBe('Name is required to create a task (item 0)');
		expect(sim().requests).toHaveLength(0);
	});

	test("a name the project already has: MOCO's 422 field map in its words", async () => {
		const result = await runTask('create', { projectId: projectBy.id(P.festpreis), name: 'Konzeption' });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): name has already been taken' });
	});

	test("MOCO's 422 message shape too", async () => {
		sim().injectFault({ method: 'POST' }, { status: 422, body: JSON.stringify({ message: 'Projekt ist archiviert' }) });

		const result = await runTask('create', { projectId: projectBy.id(P.messe), name: 'Abbau' });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): Projekt ist archiviert' });
	});

	test("a project that does not exist: MOCO's 404", async () => {
		const result = await runTask('create', { projectId: projectBy.id(944599999), name: 'x' });

		expect(result.error).toMatchObject({ httpCode: '404' });
	});

	test('Continue On Fail: each item creates its task, a bad one is an error item', async () => {
		const result = await runTask(
			'create',
			{ projectId: projectBy.id(P.festpreis), name: '={{ $json.name }}' },
			{ items: [{ name: 'A' }, { name: 'Konzeption' }, { name: 'B' }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.name ?? item.json.error)).toEqual(['A', 'MOCO could not save the data (422): name has already been taken', 'B']);
	});
});
