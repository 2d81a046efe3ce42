import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { bodies } from '../../customers/company/fixtures';
import { P, runNew } from '../purchase/fixtures';

const sim = useSimulator();
const run = runNew('purchasePayment');
const fromJson = (rows: unknown) => ({ paymentsFrom: 'json', paymentsJson: typeof rows === 'string' ? rows : JSON.stringify(rows) });
const fromEditor = (...rows: INodeParameters[]) => ({ paymentsFrom: 'editor', payments: { row: rows } });
const payments = () => sim().records('purchase_payments').length;
const empty = { currency: '', paymentAccountId: '', partiallyPaid: false, description: '' };

describe('Purchase Payment > Create Many', () => {
	test('rows from the editor: one request with every row, one output item per payment MOCO made', async () => {
		const result = await run(
			'createMany',
			fromEditor(
				{ ...empty, purchaseId: pick.list(P.druck), date: '2026-01-05', total: 1000, partiallyPaid: true },
				{ ...empty, purchaseId: pick.by('receiptIdentifier', 'RE-2026-0815'), date: '2026-01-06T00:00:00', total: 368.5, currency: 'eur', paymentAccountId: 3, description: 'Rest' },
			),
		);

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=RE-2026-0815', 'POST /api/v1/purchases/payments/bulk']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/purchases/payments/bulk',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				bulk_data: [
					{ purchase_id: P.druck, date: '2026-01-05', total: 1000, partially_paid: true },
					{ purchase_id: P.druck, date: '2026-01-06', total: 368.5, currency: 'EUR', payment_account_id: 3, description: 'Rest' },
				],
			},
		});
		const made = sim().records('purchase_payments').slice(-2).map((payment) => mocoGet(sim(), `/purchases/payments/${payment.id}`));
		expect(result.items.map((item) => item.json)).toEqual(made);
		expect(mocoGet(sim(), `/purchases/${P.druck}`).partially_paid).toBe(false);
	});

	test('a bank statement from an expression: the rows by ID or by the supplier’s number, one look-up per number', async () => {
		const statement = [
			{ purchase_receipt_identifier: 'RE-2026-0815', date: '2026-01-05', total: 100 },
			{ purchase_id: String(P.bahn), date: '2026-01-05', total: 96.19 },
			{ purchase_receipt_identifier: 'RE-2026-0815', date: '2026-01-06', total: 200 },
		];

		const result = await run('createMany', { paymentsFrom: 'json', paymentsJson: '={{ $json.rows }}' }, { items: [{ rows: statement }] });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases?receipt_identifier=RE-2026-0815', 'POST /api/v1/purchases/payments/bulk']);
		expect((bodies(sim())[0].bulk_data as IDataObject[]).map((row) => [row.purchase_id, row.total])).toEqual([[P.druck, 100], [P.bahn, 96.19], [P.druck, 200]]);
		expect(result.items).toHaveLength(3);
	});

	test.each([
		['a row without its purchase', [{ date: '2026-01-05', total: 1 }], 'Payment 1’s Purchase is required to record payments (item 0)'],
		['a row’s amount', [{ purchase_id: P.druck, date: '2026-01-05', total: 'viel' }], 'Payment 1’s Total must be a number, not "viel" (item 0)'],
		['a currency that is not a code', [{ purchase_id: P.druck, date: '2026-01-05', total: 1, currency: 'Euro' }], 'Payment 1’s Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)'],
		['an invoice’s field', [{ purchase_id: P.druck, date: '2026-01-05', paid_total: 1 }], /^Payment 1 has "paid_total", which MOCO does not take here\./],
	])('%s: the row named, nothing sent', async (_case, rows, message) => {
		const result = await run('createMany', fromJson(rows));

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('MOCO refuses one row (a purchase it does not know): its words, no payment made', async () => {
		const before = payments();

		const result = await run('createMany', fromJson([{ purchase_id: P.druck, date: '2026-01-05', total: 1 }, { purchase_id: 6699999, date: '2026-01-05', total: 2 }]));

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): purchase must exist', httpCode: '422' });
		expect(payments()).toBe(before);
	});
});
