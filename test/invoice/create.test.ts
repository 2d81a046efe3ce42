import { mocoGet, pick, useSimulator } from '../harness';
import { bodies } from '../company/fixtures';
import { calls } from '../user/fixtures';
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
