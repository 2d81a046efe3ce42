import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, nestedRefusalCases, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runOn('recurringExpense', VERSION);
const P = SEED_IDS.projects;
const R = SEED_IDS.recurringExpenses;
const U = SEED_IDS.users;
const recurring = (project: number) => `/projects/${project}/recurring_expenses`;
const newest = (name: string) => sim().records(name).at(-1)!;

const required = {
	projectId: pick.by('identifier', 'P-2024-001'),
	startDate: '2026-02-01',
	period: 'quarterly',
	title: 'Wartungsvertrag',
	quantity: 1,
	unit: 'Quartal',
	unitPrice: 900,
	unitCost: 300,
};

describe('Recurring Expense > Create', () => {
	test('the project by its number and the fields MOCO requires: the exact request, MOCO’s record out', async () => {
		const result = await run('create', required);

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `POST /api/v1${recurring(P.relaunch)}`]);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: `/api/v1${recurring(P.relaunch)}`,
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { start_date: '2026-02-01', period: 'quarterly', title: 'Wartungsvertrag', quantity: 1, unit: 'Quartal', unit_price: 900, unit_cost: 300 },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${recurring(P.relaunch)}/${newest('recurring_expenses').id}`)]);
		expect(result.items[0].json).toMatchObject({ recur_next_date: '2026-02-01', price: 900, cost: 300, currency: 'EUR', service_period_direction: 'none' });
	});

	test('every optional field: end, service period, the user by email, booleans as JSON booleans', async () => {
		const result = await run('create', {
			...required,
			additionalFields: {
				finishDate: '2026-12-31',
				servicePeriodDirection: 'forward',
				description: 'Updates und Monitoring',
				billable: false,
				budgetRelevant: true,
				userId: pick.by('email', 'zoe.angstrom@acme.example'),
				customProperties: { property: [{ name: 'Vertrag', value: 'WV-7' }] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([
			{
				start_date: '2026-02-01', period: 'quarterly', title: 'Wartungsvertrag', quantity: 1, unit: 'Quartal', unit_price: 900, unit_cost: 300,
				finish_date: '2026-12-31', service_period_direction: 'forward', description: 'Updates und Monitoring', billable: false, budget_relevant: true,
				user_id: U.zoe, custom_properties: { Vertrag: 'WV-7' },
			},
		]);
		expect(result.items[0].json).toMatchObject({ finish_date: '2026-12-31', user: { id: U.zoe }, custom_properties: { Vertrag: 'WV-7' } });
	});

	test.each([
		[{ period: 'daily' }, 'Period must be one of weekly, biweekly, monthly, quarterly, biannual, annual, annual2, annual3, not "daily" (item 0)'],
		[{ unit: '={{ "" }}' }, 'Unit is required to create a recurring expense (item 0)'],
		[{ additionalFields: { finishDate: '2026-01-31' } }, 'Finish Date (2026-01-31) must not be before the Start Date (2026-02-01) (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Recurring Expense > Get, Update, Delete, Recur Now', () => {
	const seeded = { projectId: pick.id(P.retainer), recurringExpenseId: pick.id(R.hosting) };

	test('Get within the project: MOCO’s record', async () => {
		const result = await run('get', { ...seeded, recurringExpenseId: pick.list(R.hosting) });

		expect(requestLines(sim())).toEqual([`GET /api/v1${recurring(P.retainer)}/${R.hosting}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${recurring(P.retainer)}/${R.hosting}`)]);
	});

	test('Update sends only what was set; start and period are not offered (MOCO fixes them)', async () => {
		const result = await run('update', { ...seeded, updateFields: { unitPrice: 59, startDate: '2026-03-01', period: 'annual' } });

		expect(bodies(sim())).toEqual([{ unit_price: 59 }]);
		expect(result.items[0].json).toMatchObject({ unit_price: 59, price: 59, start_date: '2025-01-01', period: 'monthly' });
	});

	test('Delete: {deleted: true}', async () => {
		const result = await run('delete', seeded);

		expect(requestLines(sim())).toEqual([`DELETE /api/v1${recurring(P.retainer)}/${R.hosting}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('recurring_expenses', R.hosting)).toBeUndefined();
	});

	test('Recur Now: POST .../recur, the expense MOCO booked out; the next date moves on a month', async () => {
		const result = await run('recur', { ...seeded, projectId: pick.by('identifier', 'P-2024-002') });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-002&include_archived=true', `POST /api/v1${recurring(P.retainer)}/${R.hosting}/recur`]);
		expect(sim().requests[1].body).toBe('');
		const expense = newest('project_expenses');
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.retainer}/expenses/${expense.id}`)]);
		expect(result.items[0].json).toMatchObject({
			date: '2026-02-01', title: 'Server-Hosting', price: 49, currency: 'CHF', recurring_expense_id: R.hosting, service_period_from: '2026-02-01', service_period_to: '2026-02-28',
		});
		expect(sim().find('recurring_expenses', R.hosting)?.recur_next_date).toBe('2026-03-01');
	});

	test('Recur Now after the finish date: MOCO’s refusal in its words', async () => {
		await run('update', { ...seeded, updateFields: { finishDate: '2026-01-31' } });

		const result = await run('recur', seeded);

		expect(result.error?.message).toBe('MOCO could not save the data (422): The recurring expense has ended: its next date is after its finish date.');
	});

	test('From list: title, period and next date', async () => {
		const all = await listSearch('searchRecurringExpenses', undefined, undefined, undefined, { resource: 'recurringExpense', operation: 'get', projectId: pick.id(P.retainer) });

		expect(all.results).toEqual([{ name: 'Server-Hosting, monthly, next 2026-02-01', value: String(R.hosting) }]);
	});
});

describe('Recurring Expense > Get Many', () => {
	test('one project, sorted by MOCO', async () => {
		const result = await run('getAll', { projectId: pick.id(P.retainer), returnAll: true, filters: { sortBy: 'recur_next_date', sortDirection: 'desc', updatedAfter: '2024-01-01T00:00:00Z' } });

		expect(sim().requests.map((request) => [request.path, request.query])).toEqual([
			[`/api/v1${recurring(P.retainer)}`, { sort_by: 'recur_next_date desc', updated_after: '2024-01-01T00:00:00Z' }],
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([R.hosting]);
	});

	test('across projects: the project filter and Sort By on every page', async () => {
		await run('create', { ...required, projectId: pick.id(P.retainer), title: 'Backup' });
		await run('create', { ...required, projectId: pick.id(P.retainer), title: 'Analytics' });
		sim().clearRequests();

		const result = await run('getAllAcross', { returnAll: true, filters: { projectId: pick.id(P.retainer), sortBy: 'title' } });

		expect(sim().requests.map((request) => request.url)).toEqual([
			`/api/v1/recurring_expenses?project_id=${P.retainer}&sort_by=title`,
			`/api/v1/recurring_expenses?project_id=${P.retainer}&sort_by=title&page=2`,
		]);
		expect(result.items.map((item) => item.json.title)).toEqual(['Analytics', 'Backup', 'Server-Hosting']);
	});
});

describeRefusals(
	'recurringExpense',
	sim,
	nestedRefusalCases({ ...required, projectId: pick.id(P.relaunch) }, { projectId: pick.id(P.retainer) }, { recurringExpenseId: pick.id(R.hosting) }, [
		{ operation: 'recur', method: 'POST', parameters: { projectId: pick.id(P.retainer), recurringExpenseId: pick.id(R.hosting) } },
	]),
	VERSION,
);

test('docs example "book this month’s hosting now"', async () => {
	const result = await run('recur', { projectId: pick.by('identifier', 'P-2024-002'), recurringExpenseId: pick.id(R.hosting) });

	expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-002&include_archived=true', `POST /api/v1${recurring(P.retainer)}/${R.hosting}/recur`]);
	expect(result.items[0].json).toMatchObject({
		id: 47700004, date: '2026-02-01', title: 'Server-Hosting', quantity: 1, unit: 'Server', unit_price: 49, price: 49, currency: 'CHF',
		service_period_from: '2026-02-01', service_period_to: '2026-02-28', recurring_expense_id: R.hosting,
	});
});
