import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { C, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 1 });
const run = runNew('plannedPurchase');
const PL = SEED_IDS.plannedPurchases;
const U = SEED_IDS.users;
const newest = () => sim().records('planned_purchases').at(-1)!.id;

describe('Planned Purchase', () => {
	test('Create with every field: the budget by name, the supplier, a currency in capitals; MOCO’s record out', async () => {
		const result = await run('create', {
			title: 'Adobe CC',
			date: '2026-02-01',
			netTotal: 89.99,
			currency: 'usd',
			userId: pick.id(U.zoe),
			additionalFields: {
				frequency: 'monthly',
				finishDate: '2026-12-01',
				companyId: pick.id(C.druckerei),
				purchaseBudgetId: pick.by('name', 'Software'),
				info: 'Lizenz für das Designteam',
				customProperties: { property: [{ name: 'Kostenstelle', value: '4711' }] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim()).at(-1)).toBe('POST /api/v1/planned_purchases');
		expect(requestSummary(sim().requests.at(-1)!)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/planned_purchases',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				title: 'Adobe CC',
				date: '2026-02-01',
				net_total: 89.99,
				currency: 'USD',
				user_id: U.zoe,
				frequency: 'monthly',
				finish_date: '2026-12-01',
				company_id: C.druckerei,
				purchase_budget_id: SEED_IDS.purchaseBudgets.software,
				info: 'Lizenz für das Designteam',
				custom_properties: { Kostenstelle: '4711' },
			},
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/planned_purchases/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ variant: 'recurring', purchase_budget: { title: 'Software' }, net_total_in_account_currency: 93.59 });
	});

	test('a currency that is not a code: named, nothing sent', async () => {
		const result = await run('create', { title: 'x', date: '2026-02-01', netTotal: 1, currency: 'Dollar', userId: pick.id(U.zoe) });

		expect(result.error?.message).toBe('Currency must be a 3-letter currency code like EUR, not "Dollar" (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update sends only the field set; MOCO’s refusal of a finish before the start in its words', async () => {
		const updated = await run('update', { plannedPurchaseId: pick.id(PL.messe), updateFields: { netTotal: 9000 } });
		const refused = await run('update', { plannedPurchaseId: pick.id(PL.figma), updateFields: { finishDate: '2025-12-01' } });

		expect(bodies(sim())).toEqual([{ net_total: 9000 }, { finish_date: '2025-12-01' }]);
		expect(updated.items[0].json).toMatchObject({ id: PL.messe, net_total: 9000 });
		expect(refused.error).toMatchObject({ message: 'MOCO could not save the data (422): finish_date must be after the date', httpCode: '422' });
	});

	test('Get, Get Many on every page, Delete', async () => {
		const one = await run('get', { plannedPurchaseId: pick.list(PL.figma) });
		const figma = mocoGet(sim(), `/planned_purchases/${PL.figma}`);
		sim().clearRequests();
		const all = await run('getAll', { returnAll: true, filters: { updatedAfter: '2024-01-01T00:00:00Z' } });
		const deleted = await run('delete', { plannedPurchaseId: pick.id(PL.figma) });

		expect(one.items.map((item) => item.json)).toEqual([figma]);
		expect(one.items[0].json).toMatchObject({ id: PL.figma, title: 'Figma Organization', frequency: 'monthly' });
		expect(requestLines(sim()).slice(0, 2)).toEqual(['GET /api/v1/planned_purchases?updated_after=2024-01-01T00%3A00%3A00Z', 'GET /api/v1/planned_purchases?updated_after=2024-01-01T00%3A00%3A00Z&page=2']);
		expect(all.items.map((item) => item.json.id)).toEqual([PL.figma, PL.messe]);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('From list: title, date and amount', async () => {
		const { results } = await listSearch('searchPlannedPurchases');

		expect(results).toEqual([{ name: 'Figma Organization (2026-01-15, 450 EUR)', value: String(PL.figma) }]);
	});
});

describeRefusals('plannedPurchase', sim, [
	{ operation: 'create', method: 'POST', parameters: { title: 'x', date: '2026-02-01', netTotal: 1, currency: 'EUR', userId: pick.id(U.zoe) } },
	{ operation: 'get', method: 'GET', parameters: { plannedPurchaseId: pick.id(PL.figma) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { plannedPurchaseId: pick.id(PL.figma), updateFields: { title: 'y' } } },
	{ operation: 'delete', method: 'DELETE', parameters: { plannedPurchaseId: pick.id(PL.figma) } },
], VERSION);
