import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const E = SEED_IDS.expenseTemplates;
const runs = runOn('expenseTemplate');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const newest = () => sim().records('expense_templates').at(-1)!.id;

describe('Expense Template', () => {
	test('Create with every field: the exact request, MOCO’s template out', async () => {
		const result = await run('create', { title: 'Domain', additionalFields: { description: '.de-Domain', unit: 'Jahr', unitPrice: 24, unitCost: 9.5, revenueCategoryId: 3 } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/account/expense_templates', authorization: 'Token token=test-key', contentType: 'application/json',
				json: { title: 'Domain', description: '.de-Domain', unit: 'Jahr', unit_price: 24, unit_cost: 9.5, revenue_category_id: 3 },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/expense_templates/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Domain', unit_price: 24, currency: 'EUR', revenue_category: { id: 3 } });
	});

	test.each([
		[{ title: '={{ "" }}' }, 'Title is required to create an expense template (item 0)'],
		[{ additionalFields: { unitPrice: 'teuer' } }, 'Unit Price must be a number, not "teuer" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { title: 'Domain', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('Get by title, Update only what is set, Delete', async () => {
		const got = await run('get', { expenseTemplateId: pick.by('title', 'hosting') });
		const updated = await run('update', { expenseTemplateId: pick.id(E.hosting), updateFields: { unitPrice: 59 } });
		const deleted = await run('delete', { expenseTemplateId: pick.id(E.lizenz) });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/account/expense_templates',
			`GET /api/v1/account/expense_templates/${E.hosting}`,
			`PUT /api/v1/account/expense_templates/${E.hosting}`,
			`DELETE /api/v1/account/expense_templates/${E.lizenz}`,
		]);
		expect(got.items[0].json).toMatchObject({ id: E.hosting, title: 'Hosting' });
		expect(bodies(sim())).toEqual([{ unit_price: 59 }, undefined]);
		expect(updated.items[0].json).toMatchObject({ id: E.hosting, unit_price: 59, unit_cost: 30, unit: 'Monat' });
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('a title MOCO does not know: said in words, nothing more sent', async () => {
		const result = await run('get', { expenseTemplateId: pick.by('title', 'Hostin') });

		expect(result.error?.message).toBe('Expense Template Title: no MOCO expense template has the title "Hostin". Check the title, or choose the expense template By ID (item 0)');
		expect(requestLines(sim())).toEqual(['GET /api/v1/account/expense_templates']);
	});

	test('From list: title and price', async () => {
		const found = await listSearch('searchExpenseTemplates', '', undefined, undefined, { resource: 'expenseTemplate', operation: 'get' });

		expect(found.results).toEqual([
			{ name: 'Hosting (49 EUR)', value: String(E.hosting) },
			{ name: 'Schriftlizenz (120 EUR)', value: String(E.lizenz) },
		]);
	});
});

describeRefusals(
	'expenseTemplate',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { title: 'Domain' } },
		{ operation: 'get', method: 'GET', parameters: { expenseTemplateId: pick.id(E.hosting) } },
		{ operation: 'update', method: 'PUT', parameters: { expenseTemplateId: pick.id(E.hosting), updateFields: { unit: 'Jahr' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { expenseTemplateId: pick.id(E.hosting) } },
	],
	VERSION,
);
