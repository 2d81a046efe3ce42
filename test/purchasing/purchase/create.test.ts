import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies } from '../../customers/company/fixtures';
import { C, K, V, runNew } from './fixtures';

const sim = useSimulator();
const run = runNew('purchase');
const newest = () => sim().records('purchases').at(-1)!;

const row = (fields: INodeParameters) => ({ title: '', total: 0, vat_code_id: '', tax: 0, tax_included: false, category_id: '', ksk_relevant: false, ...fields });
const REQUIRED: INodeParameters = {
	date: '2026-01-05',
	currency: 'EUR',
	paymentMethod: 'bank_transfer',
	companyId: pick.list(C.druckerei),
	title: 'Roll-ups Messe',
	itemsInput: 'form',
	lineItems: { row: [row({ title: 'Roll-up 85×200', total: 240, vat_code_id: V.standard, category_id: K.fremdleistungen }), row({ title: 'Express', total: 35.7, tax: 19, tax_included: true })] },
};

describe('Purchase > Create', () => {
	test('the supplier, the items from the row editor (pickers’ IDs, a gross total), every header field: one request, MOCO’s record out', async () => {
		const result = await run('create', {
			...REQUIRED,
			simplify: false,
			additionalFields: {
				receiptIdentifier: 'RE-2026-0901',
				dueDate: '2026-01-19',
				servicePeriodFrom: '2026-01-01',
				servicePeriodTo: '2026-01-31',
				info: 'Für die Messe im März',
				iban: 'DE02120300000000202051',
				reference: 'RE-2026-0901',
				bankAccountNumber: '202051',
				userId: pick.by('email', 'zoe.angstrom@acme.example'),
				purchaseBudgetId: pick.by('name', 'marketing'),
				purchaseDraftId: 34,
				inboundEmailId: 56,
				cashDiscountRate: 2,
				cashDiscountUntil: '2026-01-12',
				tags: ['Messe'],
				customProperties: { property: [{ name: 'Kostenstelle', value: '4711' }] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', 'GET /api/v1/purchases/budgets', 'POST /api/v1/purchases']);
		expect(requestSummary(sim().requests[2])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/purchases',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				date: '2026-01-05',
				currency: 'EUR',
				payment_method: 'bank_transfer',
				company_id: C.druckerei,
				title: 'Roll-ups Messe',
				receipt_identifier: 'RE-2026-0901',
				due_date: '2026-01-19',
				service_period_from: '2026-01-01',
				service_period_to: '2026-01-31',
				info: 'Für die Messe im März',
				iban: 'DE02120300000000202051',
				reference: 'RE-2026-0901',
				bank_account_number: '202051',
				user_id: sim().records('users').find((user) => user.email === 'zoe.angstrom@acme.example')!.id,
				purchase_budget_id: SEED_IDS.purchaseBudgets.marketing,
				purchase_draft_id: 34,
				inbound_email_id: 56,
				cash_discount_rate: 2,
				cash_discount_until: '2026-01-12',
				tags: ['Messe'],
				custom_properties: { Kostenstelle: '4711' },
				items: [
					{ title: 'Roll-up 85×200', total: 240, vat_code_id: V.standard, category_id: K.fremdleistungen },
					{ title: 'Express', total: 35.7, tax: 19, tax_included: true },
				],
			},
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ company: { id: C.druckerei, name: 'Druckerei Ährenfeld KG' }, net_total: 270, gross_total: 321.3, status: 'pending' });
	});

	test('items as JSON from an earlier node, a lowercase currency: sent as MOCO takes them', async () => {
		const items = [{ title: 'Figma', total: '450', vat_code_id: String(V.reverseCharge), category_id: K.software, ksk_relevant: false }];

		const result = await run('create', { ...REQUIRED, currency: 'usd', paymentMethod: 'credit_card', itemsInput: 'json', itemsJson: '={{ $json.items }}' }, { items: [{ items }] });

		expect(result.error).toBeUndefined();
		expect(bodies(sim())[0]).toMatchObject({ currency: 'USD', payment_method: 'credit_card', items: [{ title: 'Figma', total: 450, vat_code_id: V.reverseCharge, category_id: K.software, ksk_relevant: false }] });
	});

	test('the supplier’s invoice from the input item goes along as {filename, base64}, its exact bytes', async () => {
		const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xe2, 0xe3, 0xff, 0x00]);

		const result = await run('create', { ...REQUIRED, simplify: false, additionalFields: { documentBinaryField: 'attachment_0' } }, { files: [{ attachment_0: { data: pdf, fileName: 'RE-2026-0901.pdf', mimeType: 'application/pdf' } }] });

		expect(result.error).toBeUndefined();
		expect(bodies(sim())[0].file).toEqual({ filename: 'RE-2026-0901.pdf', base64: pdf.toString('base64') });
		expect(result.items[0].json.file_url).toBe('https://acme.mocoapp.com/purchases/document/RE-2026-0901.pdf');
	});

	test.each([
		['a missing document file', { additionalFields: { documentBinaryField: 'data' } }, 'Document (Binary Field) names "data", but item 0 has no file there (it has no file at all) (item 0)'],
		['no items', { lineItems: { row: [] } }, 'Items need at least one row: MOCO keeps no purchase without rows (item 0)'],
		['an item without VAT code or tax', { lineItems: { row: [row({ title: 'Porto', total: 5 })] } }, 'Items row 1: an item needs a VAT code (vat_code_id) or a tax rate (tax) (item 0)'],
		['an item without its total', { lineItems: { row: [row({ title: 'Porto', tax: 19 })] } }, 'Items row 1: an item row needs total (item 0)'],
		['a JSON row with a field MOCO does not know', { itemsInput: 'json', itemsJson: '[{"title": "Porto", "total": 5, "tax": 19, "amount": 5}]' }, 'Items row 1: has the field "amount", which MOCO does not know; a row takes title, total, vat_code_id, tax, tax_included, category_id, ksk_relevant (item 0)'],
		['a VAT code that is not an ID', { itemsInput: 'json', itemsJson: '[{"title": "Porto", "total": 5, "vat_code_id": "VSt19"}]' }, 'Items row 1: vat_code_id must be an ID (a positive whole number), not "VSt19" (item 0)'],
		['a currency that is not a code', { currency: 'Euro' }, 'Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)'],
		['a due date before the date', { additionalFields: { dueDate: '2026-01-01' } }, 'Due Date (2026-01-01) must not be before the Date (2026-01-05) (item 0)'],
		['no date (n8n refuses the run)', { date: '' }, /^The 'MOCO' node has issues:\n- Parameter "Date" is required\.$/],
	])('%s: named, nothing sent', async (_case, change, message) => {
		const result = await run('create', { ...REQUIRED, ...change });

		if (typeof message === 'string') expect(result.error?.message).toBe(message);
		else expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('MOCO’s refusal of an item (a VAT code it does not know) in its words', async () => {
		const result = await run('create', { ...REQUIRED, lineItems: { row: [row({ title: 'Porto', total: 5, vat_code_id: 999 })] } });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): items[0] vat_code must exist', httpCode: '422' });
	});
});
