import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runPayment = runOn('invoicePayment');
const I = SEED_IDS.invoices;
const P = SEED_IDS.invoicePayments;
const newest = () => sim().records('invoice_payments').at(-1)!.id;

const required = { invoiceId: pick.list(I.relaunch), date: '2026-01-20', paidTotal: 1618.4 };

describe('Invoice Payment > Create', () => {
	test('the three required fields: the exact request, MOCO’s record out', async () => {
		const result = await runPayment('create', required);

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/invoices/payments',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1618.4 },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/payments/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ paid_total: 1618.4, currency: 'EUR', invoice: { id: I.relaunch, identifier: 'R2512-001' } });
	});

	test('the invoice by its number, every optional field; the currency in capitals, a date from an expression as YYYY-MM-DD', async () => {
		const result = await runPayment('create', {
			invoiceId: pick.by('identifier', 'r2601-001'),
			date: '={{ DateTime.fromISO("2026-01-21T10:00:00") }}',
			paidTotal: '={{ "600" }}',
			additionalFields: { currency: ' chf ', partiallyPaid: true, description: 'Teilzahlung Workshop' },
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/invoices?identifier=r2601-001&include_disregarded=true', 'POST /api/v1/invoices/payments']);
		expect(bodies(sim())).toEqual([{ invoice_id: I.nordwind, date: '2026-01-21', paid_total: 600, currency: 'CHF', partially_paid: true, description: 'Teilzahlung Workshop' }]);
		expect(result.items[0].json).toMatchObject({ currency: 'CHF', description: 'Teilzahlung Workshop', invoice: { id: I.nordwind } });
	});

	test.each([
		[{ date: '20.01.2026' }, 'Date must be a date in the form YYYY-MM-DD, not "20.01.2026" (item 0)'],
		[{ paidTotal: 'viel' }, 'Paid Total must be a number, not "viel" (item 0)'],
		[{ invoiceId: pick.id('={{ $json.invoice }}') }, 'Invoice is required to create an invoice payment (item 0)'],
		[{ invoiceId: pick.id('={{ "R2512-001" }}') }, 'Invoice ID must be a positive whole number, not "R2512-001" (item 0)'],
		[{ additionalFields: { currency: 'Euro' } }, 'Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await runPayment('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('an invoice number MOCO does not know: said in words, no payment sent', async () => {
		const result = await runPayment('create', { ...required, invoiceId: pick.by('identifier', 'R1999-999') });

		expect(result.error?.message).toBe('Invoice Number: no MOCO invoice has the number "R1999-999". Check the number, or choose the invoice By ID (item 0)');
		expect(requestLines(sim())).toEqual(['GET /api/v1/invoices?identifier=R1999-999&include_disregarded=true']);
	});

	test('a payment on a draft: MOCO’s refusal in its words', async () => {
		const result = await runPayment('create', { ...required, invoiceId: pick.id(I.entwurf) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): invoice must not be a draft', httpCode: '422' });
	});
});

describe('Invoice Payment > Get, Update, Delete', () => {
	test('Get from the list: MOCO’s record', async () => {
		const result = await runPayment('get', { invoicePaymentId: pick.list(P.retainer) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/invoices/payments/${P.retainer}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/payments/${P.retainer}`)]);
	});

	test('Update sends only what was set, with PUT', async () => {
		const result = await runPayment('update', { invoicePaymentId: pick.id(P.relaunchPart), updateFields: { paidTotal: 1200, description: 'Anzahlung (korrigiert)' } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/invoices/payments/${P.relaunchPart}`]);
		expect(bodies(sim())).toEqual([{ paid_total: 1200, description: 'Anzahlung (korrigiert)' }]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/invoices/payments/${P.relaunchPart}`));
		expect(result.items[0].json).toMatchObject({ paid_total: 1200, date: '2026-01-04', currency: 'EUR' });
	});

	test('Update moves a payment to another invoice picked by its number', async () => {
		await runPayment('update', { invoicePaymentId: pick.id(P.relaunchPart), updateFields: { invoiceId: pick.by('identifier', 'R2601-001') } });

		expect(bodies(sim())).toEqual([{ invoice_id: I.nordwind }]);
	});

	test('Delete: {deleted: true}, and the payment is gone', async () => {
		const result = await runPayment('delete', { invoicePaymentId: pick.id(P.relaunchPart) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/invoices/payments/${P.relaunchPart}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('invoice_payments', P.relaunchPart)).toBeUndefined();
	});
});

describe('Invoice Payment > Get Many', () => {
	test('every filter MOCO documents, on every page with Return All', async () => {
		await runPayment('createMany', {
			paymentsFrom: 'json',
			paymentsJson: JSON.stringify(['2026-01-06', '2026-01-07', '2026-02-01'].map((date) => ({ invoice_id: I.relaunch, date, paid_total: 10 }))),
		});
		sim().clearRequests();

		const result = await runPayment('getAll', {
			returnAll: true,
			filters: { invoiceId: pick.by('identifier', 'R2512-001'), dateFrom: '2026-01-04', dateTo: '2026-01-31', ids: '', updatedAfter: '2024-01-01T00:00:00Z' },
		});

		const query = { invoice_id: String(I.relaunch), date_from: '2026-01-04', date_to: '2026-01-31', updated_after: '2024-01-01T00:00:00Z' };
		expect(requestLines(sim())[0]).toBe('GET /api/v1/invoices?identifier=R2512-001&include_disregarded=true');
		expect(sim().requests.slice(1).map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.date)).toEqual(['2026-01-04', '2026-01-06', '2026-01-07']);
	});

	test('From after To is refused before any request', async () => {
		const result = await runPayment('getAll', { filters: { dateFrom: '2026-02-01', dateTo: '2026-01-01' } });

		expect(result.error?.message).toBe('Date From (2026-02-01) must not be after Date To (2026-01-01) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('From list: date, amount and the invoice’s number; a search matches them', async () => {
		const all = await listSearch('searchInvoicePayments');
		const found = await listSearch('searchInvoicePayments', 'r2512-002');

		expect(all.results).toEqual([
			{ name: '2026-01-02, 2975 CHF, R2512-002', value: String(P.retainer) },
			{ name: '2026-01-04, 1000 EUR, R2512-001', value: String(P.relaunchPart) },
		]);
		expect(found.results).toEqual([all.results[0]]);
	});
});

describeRefusals('invoicePayment', sim, [
	{ operation: 'create', method: 'POST', parameters: { ...required, invoiceId: pick.id(I.relaunch) } },
	{ operation: 'get', method: 'GET', parameters: { invoicePaymentId: pick.id(P.retainer) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(P.retainer) } } },
	{ operation: 'update', method: 'PUT', parameters: { invoicePaymentId: pick.id(P.retainer), updateFields: { description: 'x' } } },
	{ operation: 'delete', method: 'DELETE', parameters: { invoicePaymentId: pick.id(P.retainer) } },
]);
