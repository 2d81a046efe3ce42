import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const T = SEED_IDS.taskTemplates;
const runs = runOn('taskTemplate');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const newest = () => sim().records('task_templates').at(-1)!.id;

describe('Task Template', () => {
	test('Create with every field: the exact request, MOCO’s template out', async () => {
		const result = await run('create', { name: 'Design', additionalFields: { description: 'Screens und Styleguide', billable: false, projectDefault: true, index: 2, revenueCategoryId: 12 } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/account/task_templates', authorization: 'Token token=test-key', contentType: 'application/json',
				json: { name: 'Design', description: 'Screens und Styleguide', billable: false, project_default: true, index: 2, revenue_category_id: 12 },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/task_templates/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Design', billable: false, revenue_category: { id: 12 } });
	});

	test.each([
		[{ name: '={{ " " }}' }, 'Name is required to create a task template (item 0)'],
		[{ additionalFields: { index: -1 } }, 'Position must be a whole number of at least 0, not -1 (item 0)'],
		[{ additionalFields: { revenueCategoryId: 1.5 } }, 'Revenue Category ID must be a positive whole number, not 1.5 (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { name: 'Design', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('Get by name, Update only what is set, Delete', async () => {
		const got = await run('get', { taskTemplateId: pick.by('name', 'projektleitung') });
		const updated = await run('update', { taskTemplateId: pick.id(T.projektleitung), updateFields: { billable: true } });
		const deleted = await run('delete', { taskTemplateId: pick.id(T.konzeption) });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/account/task_templates',
			`GET /api/v1/account/task_templates/${T.projektleitung}`,
			`PUT /api/v1/account/task_templates/${T.projektleitung}`,
			`DELETE /api/v1/account/task_templates/${T.konzeption}`,
		]);
		expect(got.items[0].json).toMatchObject({ id: T.projektleitung, name: 'Projektleitung' });
		expect(bodies(sim())).toEqual([{ billable: true }, undefined]);
		expect(updated.items[0].json).toMatchObject({ id: T.projektleitung, billable: true, description: 'Abstimmung, Reporting' });
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('task_templates', T.konzeption)).toBeUndefined();
	});

	test('Get Many and the From list', async () => {
		const result = await run('getAll', { returnAll: true });
		const found = await listSearch('searchTaskTemplates', 'leit', undefined, undefined, { resource: 'taskTemplate', operation: 'get' });

		expect(result.items.map((item) => item.json.name)).toEqual(['Konzeption', 'Projektleitung']);
		expect(found.results).toEqual([{ name: 'Projektleitung', value: String(T.projektleitung) }]);
	});
});

describeRefusals(
	'taskTemplate',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { name: 'Design' } },
		{ operation: 'get', method: 'GET', parameters: { taskTemplateId: pick.id(T.konzeption) } },
		{ operation: 'update', method: 'PUT', parameters: { taskTemplateId: pick.id(T.konzeption), updateFields: { name: 'Konzept' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { taskTemplateId: pick.id(T.konzeption) } },
	],
	VERSION,
);
