import { listSearch, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runNew('purchaseBudget');
const B = SEED_IDS.purchaseBudgets;

describe('Purchase Budget', () => {
	test('Get Many for a year on every page: target, planned, spent and remaining of that year', async () => {
		const result = await run('getAll', { returnAll: true, filters: { year: 2026 } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases/budgets?year=2026', 'GET /api/v1/purchases/budgets?year=2026&page=2']);
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: B.marketing, year: 2026, target: 24000, exhaused: 0, planned: 8000, remaining: 16000, title: 'Marketing', active: true, cost_category: 'KST-40' },
			{ id: B.software, year: 2026, target: 6000, exhaused: 0, planned: 450, remaining: 5550, title: 'Software', active: true, cost_category: null },
			{ id: B.alt, year: 2026, target: 0, exhaused: 0, planned: 0, remaining: 0, title: 'Messen (alt)', active: false, cost_category: null },
		]);
	});

	test('a year that is not one: named, nothing sent', async () => {
		const result = await run('getAll', { returnAll: true, filters: { year: 26 } });

		expect(result.error?.message).toMatch(/^Year must be .*2000/);
		expect(sim().requests).toEqual([]);
	});

	test('Create: title, cost category, inactive; MOCO’s record out', async () => {
		const result = await run('create', { title: 'Recruiting', additionalFields: { costCategory: 'KST-50', active: false } });

		expect(requestSummary(sim().requests[0])).toMatchObject({ method: 'POST', url: '/api/v1/purchases/budgets', json: { title: 'Recruiting', cost_category: 'KST-50', active: false } });
		expect(result.items[0].json).toMatchObject({ title: 'Recruiting', cost_category: 'KST-50', active: false, target: 0 });
	});

	test('Update by name: the list read once (MOCO has no text filter here), then only the field set', async () => {
		const result = await run('update', { purchaseBudgetId: pick.by('name', 'software'), updateFields: { costCategory: 'KST-60' } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases/budgets', 'GET /api/v1/purchases/budgets?page=2', `PUT /api/v1/purchases/budgets/${B.software}`]);
		expect(bodies(sim())).toEqual([{ cost_category: 'KST-60' }]);
		expect(result.items[0].json).toMatchObject({ id: B.software, cost_category: 'KST-60' });
	});

	test('Set Yearly Target: the amount and the year; the budget of that year out', async () => {
		const result = await run('setTarget', { purchaseBudgetId: pick.list(B.software), targetAmount: 7500.5, additionalFields: { year: 2027 } });

		expect(requestSummary(sim().requests[0])).toMatchObject({ method: 'PUT', url: `/api/v1/purchases/budgets/${B.software}/target`, json: { target_amount: 7500.5, year: 2027 } });
		expect(result.items[0].json).toMatchObject({ id: B.software, year: 2027, target: 7500.5, remaining: 7500.5 });
	});

	test('Set Yearly Target without the year: this year, as MOCO defaults', async () => {
		const result = await run('setTarget', { purchaseBudgetId: pick.id(B.alt), targetAmount: 100 });

		expect(bodies(sim())).toEqual([{ target_amount: 100 }]);
		expect(result.items[0].json).toMatchObject({ year: 2026, target: 100 });
	});

	test('Delete outputs {deleted: true}; a budget with planned purchases is refused in MOCO’s words', async () => {
		const deleted = await run('delete', { purchaseBudgetId: pick.id(B.alt) });
		const refused = await run('delete', { purchaseBudgetId: pick.id(B.marketing) });

		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(refused.error).toMatchObject({ message: 'MOCO could not save the data (422): This budget has planned purchases and cannot be deleted.', httpCode: '422' });
	});

	test('From list: titles with cost categories, the inactive one marked', async () => {
		const { results } = await listSearch('searchPurchaseBudgets');

		expect(results).toEqual([
			{ name: 'Marketing (KST-40)', value: String(B.marketing) },
			{ name: 'Messen (alt), inactive', value: String(B.alt) },
			{ name: 'Software', value: String(B.software) },
		]);
	});
});

describeRefusals('purchaseBudget', sim, [
	{ operation: 'create', method: 'POST', parameters: { title: 'x' } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { purchaseBudgetId: pick.id(B.software), updateFields: { title: 'y' } } },
	{ operation: 'delete', method: 'DELETE', parameters: { purchaseBudgetId: pick.id(B.alt) } },
	{ operation: 'setTarget', method: 'PUT', parameters: { purchaseBudgetId: pick.id(B.software), targetAmount: 1 } },
], VERSION);
