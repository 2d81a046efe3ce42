import { listSearch, mocoGet, pick, requestLines, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { C, K, P, runNew } from './fixtures';

const sim = useSimulator({ pageSize: 1 });
const run = runNew('purchase');
const U = SEED_IDS.users;

describe('Purchase > Get Many', () => {
	test('every filter reaches every page, in MOCO’s names; the date range as from:to', async () => {
		sim().add('purchases', { ...sim().find('purchases', P.druck), id: 6600009, identifier: 'E2601-009', receipt_identifier: 'RE-2026-0816', items: [] });
		sim().find('purchases', 6600009)!.items = sim().find('purchases', P.druck)!.items;

		const result = await run('getAll', {
			returnAll: true,
			filters: {
				status: 'pending',
				approvalStatus: 'none',
				companyId: pick.list(C.druckerei),
				categoryId: pick.id(K.fremdleistungen),
				userId: pick.id(U.juergen),
				paymentMethod: 'bank_transfer',
				dateFrom: '2026-01-01',
				dateTo: '2026-01-31',
				unpaid: true,
				notBooked: true,
				tags: ['Messe'],
				term: 'Flyer',
				sortBy: 'date',
				sortDirection: 'desc',
			},
		});

		const query = {
			status: 'pending',
			approval_status: 'none',
			company_id: String(C.druckerei),
			category_id: String(K.fremdleistungen),
			user_id: String(U.juergen),
			payment_method: 'bank_transfer',
			unpaid: 'true',
			not_booked: 'true',
			tags: 'Messe',
			term: 'Flyer',
			date: '2026-01-01:2026-01-31',
			sort_by: 'date desc',
		};
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.id)).toEqual([P.druck, 6600009]);
	});

	test('Without Supplier: MOCO’s company_id 0 on every page; only purchases without a supplier', async () => {
		const result = await run('getAll', { returnAll: true, filters: { withoutSupplier: true } });

		expect(sim().requests.map((request) => request.query)).toEqual([{ company_id: '0' }, { company_id: '0', page: '2' }]);
		expect(result.items.map((item) => [item.json.id, item.json.company])).toEqual([[P.software, null], [P.bahn, null]]);
	});

	test('Without Supplier left off: no company_id; with a Supplier as well: named, nothing sent', async () => {
		await run('getAll', { limit: 1, filters: { withoutSupplier: false, term: 'Flyer' } });
		const both = await run('getAll', { returnAll: true, filters: { withoutSupplier: true, companyId: pick.by('name', 'Druckerei Ährenfeld KG') } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?term=Flyer']);
		expect(both.error?.message).toBe('Without Supplier cannot go with a Supplier: choose one or the other (item 0)');
	});

	test('approver, tag IDs, partly paid, custom properties, IDs and Updated After reach every page in MOCO’s names', async () => {
		const messe = sim().add('tags', { name: 'Messe', context: 'Purchase', color: '#a0a0a0' });
		const druck = sim().find('purchases', P.druck)!;
		for (const id of [6600009, 6600010]) {
			sim().add('purchases', { ...druck, id, identifier: `E2601-0${id % 100}`, approver_user_id: U.zoe, custom_properties: { Kostenstelle: '4711' }, updated_at: '2026-01-10T08:00:00Z' });
			sim().add('purchase_payments', { date: '2026-01-10', purchase: { id }, total: 100, currency: 'EUR', remittance_export_id: null });
		}

		const result = await run('getAll', {
			returnAll: true,
			filters: {
				approverUserId: pick.id(U.zoe),
				tagIds: String(messe.id),
				partiallyPaid: true,
				customProperties: { property: [{ name: 'Kostenstelle', value: '4711' }] },
				ids: `${P.druck}, 6600009, 6600010`,
				updatedAfter: '2026-01-01T00:00:00Z',
			},
		});

		const query = {
			approver_user_id: String(U.zoe),
			tag_ids: String(messe.id),
			partially_paid: 'true',
			'custom_properties[Kostenstelle]': '4711',
			ids: `${P.druck},6600009,6600010`,
			updated_after: '2026-01-01T00:00:00Z',
		};
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.id)).toEqual([6600009, 6600010]);
	});

	test('by MOCO’s own number: only that purchase', async () => {
		const result = await run('getAll', { returnAll: true, filters: { identifier: 'E2601-002' } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?identifier=E2601-002']);
		expect(result.items.map((item) => item.json.id)).toEqual([P.bahn]);
	});

	test('Simplify (the default) keeps the numbers, supplier, dates and totals; off gives MOCO’s whole record', async () => {
		const simple = await run('getAll', { limit: 1, filters: { receiptIdentifier: 'RE-2026-0815' } });
		const whole = await run('get', { purchaseId: pick.id(P.druck), simplify: false });

		expect(simple.items.map((item) => item.json)).toEqual([
			{
				id: P.druck, identifier: 'E2601-001', receipt_identifier: 'RE-2026-0815', title: 'Messeflyer, 5.000 Stück', status: 'pending',
				company: { id: C.druckerei, name: 'Druckerei Ährenfeld KG', iban: 'DE02120300000000202051' }, date: '2026-01-02', due_date: '2026-01-16',
				payment_method: 'bank_transfer', currency: 'EUR', net_total: 1150, gross_total: 1368.5,
			},
		]);
		expect(whole.items[0].json).toEqual(mocoGet(sim(), `/purchases/${P.druck}`));
		expect(Object.keys(whole.items[0].json)).toEqual(expect.arrayContaining(['items', 'payments', 'iban', 'custom_properties']));
	});

	test('Date From alone: an open range; approved purchases by MOCO’s stored name', async () => {
		const result = await run('getAll', { returnAll: true, filters: { dateFrom: '2026-01-03', status: 'archived', partiallyPaid: false } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?status=archived&date=2026-01-03%3A']);
		expect(result.items.map((item) => [item.json.id, item.json.status])).toEqual([[P.bahn, 'approved']]);
	});

	test('by the supplier’s receipt number, Limit 1: one request', async () => {
		const result = await run('getAll', { returnAll: false, limit: 1, filters: { receiptIdentifier: 'INV-88412' } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=INV-88412']);
		expect(result.items.map((item) => item.json.id)).toEqual([P.software]);
	});

	test('Date To before Date From: named, nothing sent', async () => {
		const result = await run('getAll', { returnAll: true, filters: { dateFrom: '2026-01-31', dateTo: '2026-01-01' } });

		expect(result.error?.message).toBe('Date To (2026-01-01) must not be before Date From (2026-01-31) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('a Sort By MOCO does not know: named, nothing sent', async () => {
		const result = await run('getAll', { returnAll: true, filters: { sortBy: 'supplier' } });

		expect(result.error?.message).toMatch(/^Sort By must be one of date, due_date, identifier, title, net_total, gross_total, created_at, updated_at, not "supplier"/);
		expect(sim().requests).toEqual([]);
	});
});

describe('Purchase picker', () => {
	test('By the supplier’s receipt number: MOCO filters by it', async () => {
		const result = await run('get', { purchaseId: pick.by('receiptIdentifier', 'RE-2026-0815') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=RE-2026-0815', `GET /api/v1/purchases/${P.druck}`]);
		expect(result.items[0].json).toMatchObject({ id: P.druck, title: 'Messeflyer, 5.000 Stück' });
	});

	test('By a number no purchase has: said in plain words, nothing else sent', async () => {
		const result = await run('get', { purchaseId: pick.by('receiptIdentifier', 'RE-0000') });

		expect(result.error?.message).toBe('Purchase Number: no MOCO purchase has the number "RE-0000". Check the number, or choose the purchase By ID (item 0)');
		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=RE-0000']);
	});

	test('From list: MOCO searches with term; each purchase by its number, title and supplier', async () => {
		const { results } = await listSearch('searchPurchases', 'Flyer');

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?term=Flyer']);
		expect(results).toEqual([{ name: 'RE-2026-0815 – Messeflyer, 5.000 Stück (Druckerei Ährenfeld KG)', value: String(P.druck) }]);
	});
});
