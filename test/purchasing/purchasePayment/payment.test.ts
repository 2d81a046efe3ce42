import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { P, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 1 });
const run = runNew('purchasePayment');
const PP = SEED_IDS.purchasePayments;
const newest = () => sim().records('purchase_payments').at(-1)!.id;

describe('Purchase Payment > Create, Update, Delete', () => {
	test('Create: the purchase by the supplier’s number, every field; MOCO’s record out, the purchase shows it', async () => {
		const result = await run('create', {
			purchaseId: pick.by('receiptIdentifier', 'RE-2026-0815'),
			date: '2026-01-05',
			total: 1368.5,
			additionalFields: { currency: 'eur', paymentAccountId: 3, partiallyPaid: false, description: 'Überweisung' },
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=RE-2026-0815', 'POST /api/v1/purchases/payments']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/purchases/payments',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { purchase_id: P.druck, date: '2026-01-05', total: 1368.5, currency: 'EUR', payment_account_id: 3, partially_paid: false, description: 'Überweisung' },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/payments/${newest()}`)]);
		expect(mocoGet(sim(), `/purchases/${P.druck}`).payments).toEqual([{ id: newest(), date: '2026-01-05', total: 1368.5, currency: 'EUR', user: null }]);
	});

	test('Create with a currency that is not a code: named, nothing sent', async () => {
		const result = await run('create', { purchaseId: pick.id(P.druck), date: '2026-01-05', total: 5, additionalFields: { currency: 'Euro' } });

		expect(result.error?.message).toBe('Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update sends only the field set', async () => {
		const result = await run('update', { purchasePaymentId: pick.id(PP.software), updateFields: { date: '2025-12-17' } });

		expect(bodies(sim())).toEqual([{ date: '2025-12-17' }]);
		expect(result.items[0].json).toMatchObject({ id: PP.software, date: '2025-12-17', total: 535.5 });
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await run('delete', { purchasePaymentId: pick.list(PP.software) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/purchases/payments/${PP.software}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});
});

describe('Purchase Payment > Get, Get Many', () => {
	test('Get: MOCO’s record', async () => {
		const result = await run('get', { purchasePaymentId: pick.id(PP.software) });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/payments/${PP.software}`)]);
	});

	test('Get Many: the purchase and the date range on every page', async () => {
		sim().add('purchase_payments', { date: '2025-12-20', purchase: { id: P.software }, total: 1, currency: 'EUR', remittance_export_id: null });

		const result = await run('getAll', { returnAll: true, filters: { purchaseId: pick.id(P.software), dateFrom: '2025-12-01', dateTo: '2025-12-31' } });

		const query = { purchase_id: String(P.software), date_from: '2025-12-01', date_to: '2025-12-31' };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.total)).toEqual([535.5, 1]);
	});

	test('Date From after Date To: named, nothing sent', async () => {
		const result = await run('getAll', { returnAll: true, filters: { dateFrom: '2026-01-31', dateTo: '2026-01-01' } });

		expect(result.error?.message).toBe('Date From (2026-01-31) must not be after Date To (2026-01-01) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('From list: date, amount and the purchase’s number', async () => {
		const { results } = await listSearch('searchPurchasePayments');

		expect(results).toEqual([{ name: '2025-12-16, 535.5 EUR, E2512-004', value: String(PP.software) }]);
	});
});

describeRefusals('purchasePayment', sim, [
	{ operation: 'create', method: 'POST', parameters: { purchaseId: pick.id(P.druck), date: '2026-01-05', total: 5 } },
	{ operation: 'get', method: 'GET', parameters: { purchasePaymentId: pick.id(PP.software) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { purchasePaymentId: pick.id(PP.software), updateFields: { total: 1 } } },
	{ operation: 'delete', method: 'DELETE', parameters: { purchasePaymentId: pick.id(PP.software) } },
	{ operation: 'createMany', method: 'POST', parameters: { paymentsFrom: 'json', paymentsJson: JSON.stringify([{ purchase_id: P.druck, date: '2026-01-05', total: 5 }]) } },
], VERSION);
