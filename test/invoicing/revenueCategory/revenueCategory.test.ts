import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { runNew } from '../../purchasing/purchase/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runNew('revenueCategory');
const R = SEED_IDS.revenueCategories;
const newest = () => sim().records('revenue_categories').at(-1)!.id;

describe('Revenue Category > Create, Update, Delete', () => {
	test('Create with every field: MOCO’s names, the account as a number; MOCO’s record out', async () => {
		const result = await run('create', { name: 'Hosting', additionalFields: { revenueAccount: 8410, costCategory: 'KST-30', assignmentKind: 'only_expenses' } });

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests[0])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/revenue_categories',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { name: 'Hosting', revenue_account: 8410, cost_category: 'KST-30', assignment_kind: 'only_expenses' },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/revenue_categories/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ id: newest(), name: 'Hosting', revenue_account: 8410, cost_category: 'KST-30', assignment_kind: 'only_expenses' });
	});

	test('Create without a name: named, nothing sent', async () => {
		const result = await run('create', { name: '  ' });

		expect(result.error?.message).toBe('Name is required to create a revenue category (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update by name: looked up with MOCO’s term, then only the field set is sent', async () => {
		const result = await run('update', { revenueCategoryId: pick.by('name', 'beratung'), updateFields: { costCategory: 'KST-21' } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/revenue_categories?term=beratung', `PUT /api/v1/revenue_categories/${R.beratung}`]);
		expect(bodies(sim())).toEqual([{ cost_category: 'KST-21' }]);
		expect(result.items[0].json).toMatchObject({ id: R.beratung, name: 'Beratung', revenue_account: 8338, cost_category: 'KST-21', assignment_kind: 'tasks_and_expenses' });
	});

	test('Update with a revenue account that is not a whole number: named, nothing sent', async () => {
		const result = await run('update', { revenueCategoryId: pick.id(R.beratung), updateFields: { revenueAccount: 84.5 } });

		expect(result.error?.message).toMatch(/^Revenue Account must be a whole number/);
		expect(sim().requests).toEqual([]);
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await run('delete', { revenueCategoryId: pick.list(R.lizenzen) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/revenue_categories/${R.lizenzen}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('revenue_categories', R.lizenzen)).toBeUndefined();
	});
});

describe('Revenue Category > Get, Get Many, picker', () => {
	test('Get: MOCO’s record', async () => {
		const result = await run('get', { revenueCategoryId: pick.id(R.entwicklung) });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/revenue_categories/${R.entwicklung}`)]);
		expect(result.items[0].json).toMatchObject({ id: R.entwicklung, name: 'Entwicklung', revenue_account: 8400, cost_category: 'KST-10', assignment_kind: 'only_tasks' });
	});

	test('Get Many: every filter on every page', async () => {
		sim().add('revenue_categories', { name: 'Beratung extern', revenue_account: 8338, cost_category: 'KST-20', assignment_kind: 'only_tasks' });
		sim().add('revenue_categories', { name: 'Beratung intern', revenue_account: 8338, cost_category: 'KST-20', assignment_kind: 'only_tasks' });

		const result = await run('getAll', { returnAll: true, filters: { term: 'Beratung', revenueAccount: 8338, costCategory: 'KST-20' } });

		const query = { term: 'Beratung', revenue_account: '8338', cost_category: 'KST-20' };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.name)).toEqual(['Beratung', 'Beratung extern', 'Beratung intern']);
	});

	test('From list: MOCO searches the name; names show their revenue accounts', async () => {
		const { results } = await listSearch('searchRevenueCategories', 'Liz');

		expect(requestLines(sim())).toEqual(['GET /api/v1/revenue_categories?term=Liz']);
		expect(results).toEqual([{ name: 'Lizenzen (8401)', value: String(R.lizenzen) }]);
	});
});

describeRefusals('revenueCategory', sim, [
	{ operation: 'create', method: 'POST', parameters: { name: 'Hosting' } },
	{ operation: 'get', method: 'GET', parameters: { revenueCategoryId: pick.id(R.entwicklung) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { revenueCategoryId: pick.id(R.entwicklung), updateFields: { name: 'Dev' } } },
	{ operation: 'delete', method: 'DELETE', parameters: { revenueCategoryId: pick.id(R.entwicklung) } },
], VERSION);
