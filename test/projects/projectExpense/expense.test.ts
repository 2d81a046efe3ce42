import { listSearch, mocoGet, mocoSend, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, nestedRefusalCases, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runOn('projectExpense', VERSION);
const P = SEED_IDS.projects;
const E = SEED_IDS.projectExpenses;
const U = SEED_IDS.users;
const expenses = (project: number) => `/projects/${project}/expenses`;
const newest = () => sim().records('project_expenses').at(-1)!;

const required = { projectId: pick.list(P.relaunch), date: '2026-01-20', title: 'Freelancer Design', quantity: 12, unit: 'h', unitPrice: 110, unitCost: 80 };

describe('Project Expense > Create', () => {
	test('the project from the list, the six fields MOCO requires: the exact request, MOCO’s record out', async () => {
		const result = await run('create', required);

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: `/api/v1${expenses(P.relaunch)}`,
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { date: '2026-01-20', title: 'Freelancer Design', quantity: 12, unit: 'h', unit_price: 110, unit_cost: 80 },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${expenses(P.relaunch)}/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ price: 1320, cost: 960, currency: 'EUR', billable: true, billed: false, project: { id: P.relaunch, identifier: 'P-2024-001' } });
	});

	test('the project by its number, every optional field: booleans as JSON booleans, the user by email, dates as YYYY-MM-DD', async () => {
		const result = await run('create', {
			...required,
			projectId: pick.by('identifier', 'P-2024-002'),
			date: '={{ DateTime.fromISO("2026-01-21T10:00:00") }}',
			additionalFields: {
				description: 'Texte für die Landingpage',
				billable: false,
				budgetRelevant: true,
				purchaseAssignmentLocked: true,
				userId: pick.by('email', 'lukasz.nowak@acme.example'),
				revenueCategoryId: 124,
				customProperties: { property: [{ name: 'Lieferant', value: 'Texterei Nord' }] },
				servicePeriodFrom: '2026-01-01',
				servicePeriodTo: '2026-01-31',
				plannedPurchaseDate: '2026-01-15',
				costTotalPlanned: 900,
			},
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([
			'GET /api/v1/projects?identifier=P-2024-002&include_archived=true',
			'GET /api/v1/users?email=lukasz.nowak%40acme.example&include_archived=true',
			`POST /api/v1${expenses(P.retainer)}`,
		]);
		expect(bodies(sim())).toEqual([
			{
				date: '2026-01-21', title: 'Freelancer Design', quantity: 12, unit: 'h', unit_price: 110, unit_cost: 80, description: 'Texte für die Landingpage',
				billable: false, budget_relevant: true, purchase_assignment_locked: true, user_id: U.lukasz, revenue_category_id: 124,
				custom_properties: { Lieferant: 'Texterei Nord' }, service_period_from: '2026-01-01', service_period_to: '2026-01-31',
				planned_purchase_date: '2026-01-15', cost_total_planned: 900,
			},
		]);
		expect(result.items[0].json).toMatchObject({ currency: 'CHF', billable: false, user: { id: U.lukasz, firstname: 'Łukasz' }, service_period_to: '2026-01-31' });
	});

	test.each([
		[{ unitCost: '' }, 'Unit Cost is required to create a project expense (item 0)'],
		[{ quantity: 'drei' }, 'Quantity must be a number, not "drei" (item 0)'],
		[{ date: '31.01.2026' }, 'Date must be a date in the form YYYY-MM-DD, not "31.01.2026" (item 0)'],
		[{ additionalFields: { servicePeriodFrom: '2026-01-01' } }, 'Service Period To is needed as well: MOCO takes a service period with both ends or none (item 0)'],
		[{ additionalFields: { servicePeriodFrom: '2026-02-01', servicePeriodTo: '2026-01-01' } }, 'Service Period To (2026-01-01) must not be before Service Period From (2026-02-01) (item 0)'],
		[{ projectId: pick.id('={{ "P-2024-001" }}') }, 'Project ID must be a positive whole number, not "P-2024-001" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a deactivated user: MOCO’s refusal in its words', async () => {
		const result = await run('create', { ...required, additionalFields: { userId: pick.id(U.soeren) } });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): user must be active', httpCode: '422' });
	});
});

describe('Project Expense > Get, Update, Delete', () => {
	test('Get from the list within the project: MOCO’s record', async () => {
		const result = await run('get', { projectId: pick.id(P.relaunch), projectExpenseId: pick.list(E.hosting) });

		expect(requestLines(sim())).toEqual([`GET /api/v1${expenses(P.relaunch)}/${E.hosting}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${expenses(P.relaunch)}/${E.hosting}`)]);
	});

	test('an expense of another project: MOCO’s 404 in words', async () => {
		const result = await run('get', { projectId: pick.id(P.festpreis), projectExpenseId: pick.id(E.hosting) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});

	test('Update sends only what was set; price and cost follow', async () => {
		const result = await run('update', { projectId: pick.id(P.relaunch), projectExpenseId: pick.id(E.hosting), updateFields: { quantity: 2, billable: false } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1${expenses(P.relaunch)}/${E.hosting}`]);
		expect(bodies(sim())).toEqual([{ quantity: 2, billable: false }]);
		expect(result.items[0].json).toMatchObject({ title: 'Hosting Januar', quantity: 2, price: 360, cost: 240, billable: false });
	});

	test('a billed expense: MOCO refuses Update and Delete in its words', async () => {
		const update = await run('update', { projectId: pick.id(P.relaunch), projectExpenseId: pick.id(E.fotos), updateFields: { title: 'x' } });
		const deletion = await run('delete', { projectId: pick.id(P.relaunch), projectExpenseId: pick.id(E.fotos) });

		expect(update.error?.message).toBe('MOCO could not save the data (422): Billed expenses cannot be changed.');
		expect(deletion.error?.message).toBe('MOCO could not save the data (422): Billed expenses cannot be deleted.');
	});

	test('Delete: {deleted: true}, and the expense is gone', async () => {
		const result = await run('delete', { projectId: pick.id(P.relaunch), projectExpenseId: pick.id(E.hosting) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1${expenses(P.relaunch)}/${E.hosting}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('project_expenses', E.hosting)).toBeUndefined();
	});

	test('From list: the project’s expenses with date, title and quantity; billed ones marked', async () => {
		const all = await listSearch('searchProjectExpenses', undefined, undefined, undefined, { resource: 'projectExpense', operation: 'get', projectId: pick.id(P.relaunch) });
		const found = await listSearch('searchProjectExpenses', 'foto', undefined, undefined, { resource: 'projectExpense', operation: 'get', projectId: pick.id(P.relaunch) });

		expect(all.results).toEqual([
			{ name: '2026-01-02, Hosting Januar, 1 Monat', value: String(E.hosting) },
			{ name: '2025-12-10, Stock-Fotos, 12 Bild, billed', value: String(E.fotos) },
		]);
		expect(found.results).toEqual([all.results[1]]);
	});
});

describe('Project Expense > Get Many', () => {
	test('one project: every filter MOCO documents, on every page with Return All', async () => {
		for (const n of [1, 2, 3]) mocoSend(sim(), 'POST', expenses(P.relaunch), { date: '2026-01-22', title: `Lizenz ${n}`, quantity: 1, unit: 'Stück', unit_price: 50, unit_cost: 30, user_id: U.juergen });

		const result = await run('getAll', {
			projectId: pick.by('identifier', 'P-2024-001'),
			returnAll: true,
			filters: { billable: true, billed: false, budgetRelevant: false, userId: pick.id(U.juergen), updatedAfter: '2024-01-01T00:00:00Z' },
		});

		const query = { billable: 'true', billed: 'false', budget_relevant: 'false', user_id: String(U.juergen), updated_after: '2024-01-01T00:00:00Z' };
		expect(requestLines(sim())[0]).toBe('GET /api/v1/projects?identifier=P-2024-001&include_archived=true');
		expect(sim().requests.slice(1).map((request) => [request.path, request.query])).toEqual([
			[`/api/v1${expenses(P.relaunch)}`, query],
			[`/api/v1${expenses(P.relaunch)}`, { ...query, page: '2' }],
		]);
		expect(result.items.map((item) => item.json.title)).toEqual(['Lizenz 1', 'Lizenz 2', 'Lizenz 3']);
	});

	test('across projects: the list’s own filters (dates, project tags, IDs) on every page', async () => {
		const result = await run('getAllAcross', {
			returnAll: true,
			filters: { from: '2025-12-01', to: '2026-01-31', billable: true, tags: ['Web', 'SEO'], ids: `${E.hosting}, ${E.fotos}, ${E.lizenz}` },
		});

		const query = { from: '2025-12-01', to: '2026-01-31', billable: 'true', tags: 'Web,SEO', ids: `${E.hosting},${E.fotos},${E.lizenz}` };
		expect(sim().requests.map((request) => [request.path, request.query])).toEqual([
			['/api/v1/projects/expenses', query],
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([E.hosting, E.fotos]);
	});

	test('across projects, Limit 1: one page, one item', async () => {
		const result = await run('getAllAcross', { returnAll: false, limit: 1 });

		expect(requestLines(sim())).toEqual(['GET /api/v1/projects/expenses']);
		expect(result.items).toHaveLength(1);
	});

	test('From after To is refused before any request', async () => {
		const result = await run('getAllAcross', { filters: { from: '2026-02-01', to: '2026-01-01' } });

		expect(result.error?.message).toBe('From (2026-02-01) must not be after To (2026-01-01) (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'projectExpense',
	sim,
	nestedRefusalCases({ ...required, projectId: pick.id(P.relaunch) }, { projectId: pick.id(P.relaunch) }, { projectExpenseId: pick.id(E.hosting) }),
	VERSION,
);

test('docs example "add a freelancer’s hours to a fixed-price project"', async () => {
	const result = await run('create', { ...required, projectId: pick.by('identifier', 'P-2024-003') });

	expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `POST /api/v1${expenses(P.festpreis)}`]);
	expect(bodies(sim())).toEqual([{ date: '2026-01-20', title: 'Freelancer Design', quantity: 12, unit: 'h', unit_price: 110, unit_cost: 80 }]);
	expect(result.items[0].json).toMatchObject({ id: 47700004, price: 1320, cost: 960, currency: 'EUR', billable: true, billed: false });
});
