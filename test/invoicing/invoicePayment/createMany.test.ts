import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runPayment = runOn('invoicePayment');
const I = SEED_IDS.invoices;

const fromJson = (rows: unknown) => ({ paymentsFrom: 'json', paymentsJson: typeof rows === 'string' ? rows : JSON.stringify(rows) });
const fromEditor = (...rows: INodeParameters[]) => ({ paymentsFrom: 'editor', payments: { row: rows } });
const payments = () => sim().records('invoice_payments').length;

describe('Invoice Payment > Create Many', () => {
	test('rows from the editor: one request with every row, one output item per payment MOCO made', async () => {
		const result = await runPayment(
			'createMany',
			fromEditor(
				{ invoiceId: pick.list(I.relaunch), date: '2026-01-20', paidTotal: 500, currency: '', paymentAccountId: '' },
				{ invoiceId: pick.by('identifier', 'R2601-001'), date: '2026-01-21T00:00:00', paidTotal: 1200.5, currency: 'chf', paymentAccountId: 77 },
			),
		);

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/invoices?identifier=R2601-001&include_disregarded=true', 'POST /api/v1/invoices/payments/bulk']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/invoices/payments/bulk',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				bulk_data: [
					{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 500 },
					{ invoice_id: I.nordwind, date: '2026-01-21', paid_total: 1200.5, currency: 'CHF', payment_account_id: 77 },
				],
			},
		});
		const made = sim().records('invoice_payments').slice(-2).map((payment) => mocoGet(sim(), `/invoices/payments/${payment.id}`));
		expect(result.items.map((item) => item.json)).toEqual(made);
		expect(made.map((payment) => [payment.paid_total, payment.currency])).toEqual([
			[500, 'EUR'],
			[1200.5, 'CHF'],
		]);
	});

	test('a bank statement gathered by an Aggregate node: the list from an expression, 30 payments in one request', async () => {
		const statement = Array.from({ length: 30 }, (_, index) => ({ invoice_identifier: index % 2 ? 'R2512-001' : 'R2601-001', date: '2026-01-22', paid_total: index + 1 }));

		const result = await runPayment('createMany', { paymentsFrom: 'json', paymentsJson: '={{ $json.payments }}' }, { items: [{ payments: statement }] });

		expect(result.error).toBeUndefined();
		// Two numbers, one look-up each (shared by every row naming it), then the one write.
		expect(requestLines(sim())).toEqual([
			'GET /api/v1/invoices?identifier=R2601-001&include_disregarded=true',
			'GET /api/v1/invoices?identifier=R2512-001&include_disregarded=true',
			'POST /api/v1/invoices/payments/bulk',
		]);
		const sent = (bodies(sim())[0].bulk_data as IDataObject[]).map((row) => [row.invoice_id, row.paid_total]);
		expect(sent).toEqual(statement.map((_row, index) => [index % 2 ? I.relaunch : I.nordwind, index + 1]));
		expect(result.items).toHaveLength(30);
	});

	test('JSON rows as text, with MOCO’s names and invoice IDs given as text', async () => {
		const result = await runPayment('createMany', fromJson(`[{"invoice_id": "${I.relaunch}", "date": "2026-01-23", "paid_total": "99.90", "payment_account_id": 12}]`));

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([{ bulk_data: [{ invoice_id: I.relaunch, date: '2026-01-23', paid_total: 99.9, payment_account_id: 12 }] }]);
	});

	test.each([
		['a row’s amount', [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1 }, { invoice_id: I.relaunch, date: '2026-01-20', paid_total: 'zwölf' }], 'Payment 2’s Paid Total must be a number, not "zwölf" (item 0)'],
		['a row’s date', [{ invoice_id: I.relaunch, date: '20.01.2026', paid_total: 1 }], 'Payment 1’s Date must be a date in the form YYYY-MM-DD, not "20.01.2026" (item 0)'],
		['a row without its invoice', [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1 }, { date: '2026-01-20', paid_total: 1 }], 'Payment 2’s Invoice is required to record payments (item 0)'],
		['a row without its amount', [{ invoice_identifier: 'R2512-001', date: '2026-01-20' }], 'Payment 1’s Paid Total is required to record payments (item 0)'],
		['an invoice ID that is not one', [{ invoice_id: 'R2512-001', date: '2026-01-20', paid_total: 1 }], 'Payment 1’s Invoice ID must be a positive whole number, not "R2512-001" (item 0)'],
		['a currency that is not a code', [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1, currency: 'Franken' }], 'Payment 1’s Currency must be a 3-letter currency code like EUR, not "Franken" (item 0)'],
		['a field MOCO does not take', [{ invoice_id: I.relaunch, date: '2026-01-20', amount: 1 }], /^Payment 1 has "amount", which MOCO does not take here\. Use invoice_id \(or invoice_identifier\), date, paid_total, currency \(optional\), payment_account_id \(optional\) \(item 0\)$/],
		['both ways of naming the invoice', [{ invoice_id: I.relaunch, invoice_identifier: 'R2512-001', date: '2026-01-20', paid_total: 1 }], 'Payment 1 has both invoice_id and invoice_identifier: give one of them (item 0)'],
		['a row that is not an object', [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1 }, 42], /^Payment 2 must be an object with MOCO’s fields \(.*\), not 42 \(item 0\)$/],
		['no rows', [], 'Payments has no payment: give at least one row (item 0)'],
		['one object instead of a list', { invoice_id: I.relaunch }, `Payments (JSON) must be a list like [{"invoice_identifier":"R2512-001","date":"2026-01-05","paid_total":689.8}], not {"invoice_id":${I.relaunch}} (item 0)`],
		['text that is not JSON', '[{"invoice_id": 1,', /^Payments \(JSON\) is not valid JSON \(.+\)\. Give a list like \[\{"invoice_identifier":"R2512-001",.*\}\] \(item 0\)$/],
	])('%s: the row named by its number, nothing sent', async (_case, rows, message) => {
		const result = await runPayment('createMany', fromJson(rows));

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a bad row in the editor is named by its number too', async () => {
		const result = await runPayment(
			'createMany',
			fromEditor({ invoiceId: pick.id(I.relaunch), date: '2026-01-20', paidTotal: 1 }, { invoiceId: pick.id(I.relaunch), date: '2026-02-30', paidTotal: 2 }),
		);

		expect(result.error?.message).toBe('Payment 2’s Date must be a date in the form YYYY-MM-DD, not "2026-02-30" (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('an unknown invoice number: the row named, no payment sent', async () => {
		const result = await runPayment('createMany', fromJson([{ invoice_identifier: 'R2512-001', date: '2026-01-20', paid_total: 1 }, { invoice_identifier: 'R2099-001', date: '2026-01-20', paid_total: 2 }]));

		expect(result.error?.message).toBe('Payment 2’s Invoice Number: no MOCO invoice has the number "R2099-001". Check the number, or choose the invoice By ID (item 0)');
		expect(sim().requests.filter((request) => request.method === 'POST')).toEqual([]);
	});

	test('MOCO refuses one row (a draft invoice): its words, and no payment of the request is made', async () => {
		const before = payments();

		const result = await runPayment('createMany', fromJson([{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1 }, { invoice_id: I.entwurf, date: '2026-01-20', paid_total: 2 }]));

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): invoice must not be a draft', httpCode: '422' });
		expect(payments()).toBe(before);
	});

	test('Continue On Fail: an item with a bad row fails alone, the next item’s payments are recorded', async () => {
		const result = await runPayment(
			'createMany',
			{ paymentsFrom: 'json', paymentsJson: '={{ $json.rows }}' },
			{
				continueOnFail: true,
				items: [{ rows: [{ invoice_id: I.relaunch, date: 'gestern', paid_total: 1 }] }, { rows: [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 3 }] }],
			},
		);

		expect(result.items.map((item) => item.json.error ?? item.json.paid_total)).toEqual(['Payment 1’s Date must be a date in the form YYYY-MM-DD, not "gestern" (item 0)', 3]);
		expect(bodies(sim())).toEqual([{ bulk_data: [{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 3 }] }]);
	});
});

describeRefusals('invoicePayment', sim, [
	{ operation: 'createMany', method: 'POST', parameters: fromJson([{ invoice_id: I.relaunch, date: '2026-01-20', paid_total: 1 }]) },
]);
