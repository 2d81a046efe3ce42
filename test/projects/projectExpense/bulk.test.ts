import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const run = runOn('projectExpense', VERSION);
const P = SEED_IDS.projects;
const E = SEED_IDS.projectExpenses;
const U = SEED_IDS.users;
const expenses = (project: number) => `/projects/${project}/expenses`;

const row = { date: '2026-01-22', title: 'Lizenz', quantity: 1, unit: 'Stück', unit_price: 50, unit_cost: 30 };
const EDITOR_ROW = { date: '2026-01-22', title: 'Druck', quantity: 100, unit: 'Stück', unitPrice: 2, unitCost: 1.2 };

describe('Project Expense > Create Many', () => {
	test('rows from the editor: one request with every row, one output item per expense MOCO made', async () => {
		const result = await run('createMany', {
			projectId: pick.id(P.festpreis),
			expensesFrom: 'editor',
			expenses: {
				row: [
					{ date: '2026-01-22', title: 'Druck', quantity: 100, unit: 'Stück', unitPrice: 2, unitCost: 1.2, billable: true, costTotalPlanned: '' },
					{ date: '2026-01-23', title: 'Kurier', quantity: 1, unit: 'Fahrt', unitPrice: 40, unitCost: 25, billable: false, servicePeriodFrom: '2026-01-01', servicePeriodTo: '2026-01-31' },
				],
			},
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`POST /api/v1${expenses(P.festpreis)}/bulk`]);
		expect(bodies(sim())).toEqual([
			{
				bulk_data: [
					{ date: '2026-01-22', title: 'Druck', quantity: 100, unit: 'Stück', unit_price: 2, unit_cost: 1.2, billable: true },
					{ date: '2026-01-23', title: 'Kurier', quantity: 1, unit: 'Fahrt', unit_price: 40, unit_cost: 25, billable: false, service_period_from: '2026-01-01', service_period_to: '2026-01-31' },
				],
			},
		]);
		const made = sim().records('project_expenses').slice(-2).map((expense) => mocoGet(sim(), `${expenses(P.festpreis)}/${expense.id}`));
		expect(result.items.map((item) => item.json)).toEqual(made);
		expect(made.map((expense) => expense.price)).toEqual([200, 40]);
	});

	test('custom properties per row, from the editor and as JSON: each row sends its own, a row without any sends none', async () => {
		const editor = await run('createMany', {
			projectId: pick.id(P.festpreis),
			expenses: {
				row: [
					{ ...EDITOR_ROW, customProperties: { property: [{ name: 'Lieferant', value: 'Druckerei Ährenfeld' }, { name: 'Kostenstelle', value: '4711' }] } },
					{ ...EDITOR_ROW, title: 'Kurier', customProperties: { property: [{ name: '', value: '' }] } },
				],
			},
		});
		const json = await run('createMany', {
			projectId: pick.id(P.festpreis),
			expensesFrom: 'json',
			expensesJson: JSON.stringify([row, { ...row, custom_properties: { Lieferant: 'Lizenzhaus', Gebucht: true } }]),
		});

		expect([editor.error, json.error]).toEqual([undefined, undefined]);
		expect(bodies(sim()).map((body) => (body.bulk_data as Array<Record<string, unknown>>).map((sent) => sent.custom_properties))).toEqual([
			[{ Lieferant: 'Druckerei Ährenfeld', Kostenstelle: '4711' }, undefined],
			[undefined, { Lieferant: 'Lizenzhaus', Gebucht: true }],
		]);
		expect(bodies(sim())[1]).toEqual({ bulk_data: [row, { ...row, custom_properties: { Lieferant: 'Lizenzhaus', Gebucht: true } }] });
		expect(json.items.map((item) => item.json.custom_properties)).toEqual([{}, { Lieferant: 'Lizenzhaus', Gebucht: true }]);
	});

	test.each([
		['a row’s custom properties as a list', [row, row, { ...row, custom_properties: ['Lieferant'] }], /^Expense 3’s Custom Properties must be name\/value pairs, not/],
		['a row’s custom property with an object value', [row, { ...row, custom_properties: { Lieferant: { name: 'x' } } }], 'Expense 2’s Custom Properties "Lieferant" must have a plain value, not an object (item 0)'],
		['a row without its unit cost', [row, { ...row, unit_cost: undefined }], 'Expense 2’s Unit Cost is required to add expenses (item 0)'],
		['a row’s service period with one end', [{ ...row, service_period_to: '2026-01-31' }], 'Expense 1’s Service Period From is needed as well: MOCO takes a service period with both ends or none (item 0)'],
		['a field MOCO does not take in bulk', [{ ...row, user_id: U.juergen }], /^Expense 1 has "user_id", which MOCO does not take here\. Use date, title, quantity, unit, unit_price, unit_cost, description \(optional\)/],
		['no rows', [], 'Expenses has no expense: give at least one row (item 0)'],
	])('%s: the row named by its number, nothing sent', async (_case, rows, message) => {
		const result = await run('createMany', { projectId: pick.by('identifier', 'P-2024-003'), expensesFrom: 'json', expensesJson: JSON.stringify(rows) });

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('MOCO refuses a row: its words, and none of the request’s expenses is made', async () => {
		const before = sim().records('project_expenses').length;

		const result = await run('createMany', { projectId: pick.id(P.festpreis), expensesFrom: 'json', expensesJson: JSON.stringify([row, { ...row, user_id: undefined }]) });
		sim().injectFault({ method: 'POST' }, { status: 422, body: JSON.stringify({ errors: { unit: ["can't be blank"] } }) });
		const refused = await run('createMany', { projectId: pick.id(P.festpreis), expensesFrom: 'json', expensesJson: JSON.stringify([row]) });

		expect(result.error).toBeUndefined();
		expect(refused.error).toMatchObject({ message: "MOCO could not save the data (422): unit can't be blank", httpCode: '422' });
		expect(sim().records('project_expenses').length).toBe(before + 2);
	});
});

describe('Project Expense > Mark as Already Billed', () => {
	test('the IDs as a JSON array with the reason; the item says what was marked, MOCO has them billed', async () => {
		const result = await run('disregard', { projectId: pick.by('identifier', 'P-2024-001'), expenseIds: ` ${E.hosting}, ${E.fotos} `, reason: 'Im Festpreis enthalten' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.slice(1).map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: `/api/v1${expenses(P.relaunch)}/disregard`,
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { expense_ids: [E.hosting, E.fotos], reason: 'Im Festpreis enthalten' },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ project_id: P.relaunch, expense_ids: [E.hosting, E.fotos], billed: true }]);
		expect(sim().find('project_expenses', E.hosting)?.billed).toBe(true);
	});

	test.each([
		[{ expenseIds: '47700001, zwei' }, 'Expense IDs must be positive whole numbers separated by commas; "zwei" is not one (item 0)'],
		[{ reason: '={{ $json.reason }}' }, 'Reason is required to run this operation (item 0)'],
	])('bad input %j: nothing sent', async (parameters, message) => {
		const result = await run('disregard', { projectId: pick.id(P.relaunch), expenseIds: String(E.hosting), reason: 'x', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('an expense of another project: MOCO’s refusal in its words', async () => {
		const result = await run('disregard', { projectId: pick.id(P.relaunch), expenseIds: String(E.lizenz), reason: 'x' });

		expect(result.error?.message).toBe('MOCO could not save the data (422): expense_ids contains expenses of another project');
	});
});

describeRefusals(
	'projectExpense',
	sim,
	[
		{ operation: 'createMany', method: 'POST', parameters: { projectId: pick.id(P.relaunch), expensesFrom: 'json', expensesJson: JSON.stringify([row]) } },
		{ operation: 'disregard', method: 'POST', parameters: { projectId: pick.id(P.relaunch), expenseIds: String(E.hosting), reason: 'x' } },
	],
	VERSION,
);
