import { mocoGet, pick, useSimulator } from '../../harness';
import { bodies } from '../../customers/company/fixtures';
import { calls } from '../../staff/user/fixtures';
import { C, REQUIRED, V, runInvoice } from './fixtures';

const sim = useSimulator();
const newest = () => sim().records('invoices').at(-1)!;

describe('Invoice > Create', () => {
	test('the required fields and two rows from the row editor: one POST with exactly these fields, the rows in MOCO’s names', async () => {
		const result = await runInvoice('create', { ...REQUIRED, simplify: false });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['POST /api/v1/invoices']);
		expect(bodies(sim())).toEqual([
			{
				customer_id: C.hafenlicht,
				recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
				date: '2026-01-31',
				due_date: '2026-03-02',
				title: 'Website-Relaunch – Januar 2026',
				currency: 'EUR',
				items: [
					{ type: 'title', title: 'Leistungen Januar' },
					{ type: 'item', title: 'Entwicklung', description: 'Navigation, Suche', quantity: 12.5, unit: 'h', unit_price: 110 },
				],
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ identifier: 'R2601-002', net_total: 1375, status: 'created' });
	});

	test('every optional field goes in MOCO’s name and type; the VAT code picked from the list', async () => {
		const result = await runInvoice('create', {
			...REQUIRED,
			vatCodeId: pick.list(V.reduced),
			additionalFields: {
				status: 'draft',
				category: 'final',
				projectId: pick.by('identifier', 'P-2024-001'),
				contactId: pick.id(1230001),
				internalContactId: pick.by('email', 'zoe.angstrom@acme.example'),
				offerId: 4711,
				identifier: 'R-EIGEN-1',
				servicePeriodFrom: '2026-01-01T00:00:00',
				servicePeriodTo: '2026-01-31',
				salutation: 'Hallo {recipient},',
				footer: 'Danke! {identifier}',
				changeAddress: 'customer',
				discount: 5,
				cashDiscount: 2,
				cashDiscountDays: 10,
				printDetailColumns: true,
				letterPaperId: 3,
				withoutLetterPaper: false,
				tags: ['Web', 'Januar'],
				customProperties: { property: [{ name: 'PO-Nummer', value: 'HL-2026-01' }] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', 'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', 'POST /api/v1/invoices']);
		const body = bodies(sim())[0];
		expect(body).toEqual({
			customer_id: C.hafenlicht,
			recipient_address: REQUIRED.recipientAddress,
			date: '2026-01-31',
			due_date: '2026-03-02',
			title: REQUIRED.title,
			currency: 'EUR',
			vat_code_id: V.reduced,
			status: 'draft',
			category: 'final',
			project_id: 944500001,
			contact_id: 1230001,
			internal_contact_id: 933590159,
			offer_id: 4711,
			identifier: 'R-EIGEN-1',
			service_period_from: '2026-01-01',
			service_period_to: '2026-01-31',
			salutation: 'Hallo {recipient},',
			footer: 'Danke! {identifier}',
			change_address: 'customer',
			discount: 5,
			cash_discount: 2,
			cash_discount_days: 10,
			print_detail_columns: true,
			letter_paper_id: 3,
			without_letter_paper: false,
			tags: ['Web', 'Januar'],
			custom_properties: { 'PO-Nummer': 'HL-2026-01' },
			items: expect.any(Array),
		});
		expect(result.items[0].json).toMatchObject({ status: 'draft', identifier: 'R-EIGEN-1' });
	});
});

describe('Invoice > Create: checks before sending, and MOCO’s refusals', () => {
	test.each([
		['one end of the service period', { additionalFields: { servicePeriodFrom: '2026-01-01' } }, 'Service Period To is needed as well: MOCO takes a service period with both ends or none (item 0)'],
		['a service period ending before it starts', { additionalFields: { servicePeriodFrom: '2026-01-31', servicePeriodTo: '2026-01-01' } }, 'Service Period To (2026-01-01) must not be before Service Period From (2026-01-31) (item 0)'],
		['a due date before the date', { dueDate: '2026-01-30' }, 'Due Date (2026-01-30) must not be before the Date (2026-01-31) (item 0)'],
		['a VAT code and the deprecated tax', { vatCodeId: pick.id(V.standard), additionalFields: { tax: 19 } }, 'Tax (Deprecated) cannot be given together with VAT Code: MOCO would ignore it. Leave Tax empty (item 0)'],
		['a currency that is no code', { currency: 'Euro' }, 'Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)'],
		['a discount on a partial invoice', { additionalFields: { category: 'partial', discount: 10 } }, 'Discount cannot be given on a partial invoice (MOCO takes no discount there) (item 0)'],
		['no title (from an expression)', { title: '={{ "" }}' }, 'Title is required to create an invoice (item 0)'],
		['a customer ID that is none', { customerId: pick.id('={{ "Hafenlicht" }}') }, 'Customer ID must be a positive whole number, not "Hafenlicht" (item 0)'],
	])('%s: refused in words, nothing sent', async (_name, parameters, message) => {
		const result = await runInvoice('create', { ...REQUIRED, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('the customer by name, a lower-case currency, the deprecated tax alone: sent as MOCO takes them', async () => {
		const result = await runInvoice('create', { ...REQUIRED, customerId: pick.by('name', 'Nordwind Café AG'), currency: 'chf', additionalFields: { tax: 7.7 } });

		expect(calls(sim())).toEqual(['GET /api/v1/companies?term=Nordwind%20Caf%C3%A9%20AG', 'POST /api/v1/invoices']);
		expect(bodies(sim())[0]).toMatchObject({ customer_id: C.nordwind, currency: 'CHF', tax: 7.7 });
		expect(result.items[0].json).toMatchObject({ currency: 'CHF' });
	});

	test('MOCO’s 422 (an inactive VAT code) reaches the user; with Continue On Fail the other items are created', async () => {
		const result = await runInvoice(
			'create',
			{ ...REQUIRED, vatCodeId: pick.id('={{ $json.vat }}') },
			{ items: [{ vat: V.standard }, { vat: V.old16 }, { vat: V.reduced }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.status)).toEqual(['created', 'MOCO could not save the data (422): vat_code is inactive', 'created']);
		expect(calls(sim())).toEqual(['POST /api/v1/invoices', 'POST /api/v1/invoices', 'POST /api/v1/invoices']);
	});

	test('Simplify (the default) keeps the invoice’s number, status, dates and totals', async () => {
		const result = await runInvoice('create', REQUIRED);

		expect(Object.keys(result.items[0].json)).toEqual(['id', 'identifier', 'title', 'status', 'customer_id', 'project_id', 'date', 'due_date', 'currency', 'net_total', 'gross_total']);
	});
});
