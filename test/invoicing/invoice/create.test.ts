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

describe('Invoice > Create: rows', () => {
	const formRow = (fields: Record<string, unknown>) => ({
		type: 'item', title: '', description: '', quantity: 0, unit: '', unit_price: 0, net_total: 0, optional: false, additional: false,
		revenue_category_id: 0, activity_ids: '', expense_ids: '', subtotal_type: '', ...fields,
	});
	const itemsOf = () => (bodies(sim())[0] as { items: unknown[] }).items;

	test('every row type of the description from the row editor, each with only its own fields', async () => {
		const fine = await runInvoice('create', {
			...REQUIRED,
			lineItems: {
				row: [
					formRow({ type: 'title', title: 'Leistungen' }),
					formRow({ type: 'description', description: 'Nach Aufwand, siehe Stundennachweis' }),
					formRow({ title: 'Entwicklung', quantity: 2, unit: 'h', unit_price: 110, activity_ids: '982200004, 982200005', revenue_category_id: 7 }),
					formRow({ title: 'Hosting', net_total: 49, optional: true, additional: true, expense_ids: '47110001' }),
					formRow({ title: 'Kulanz', quantity: 1, unit: 'Stk.' }),
					formRow({ type: 'subtotal', subtotal_type: 'part_total' }),
					formRow({ type: 'page-break' }),
					formRow({ type: 'separator' }),
				],
			},
		});

		expect(fine.error).toBeUndefined();
		expect(itemsOf()).toEqual([
			{ type: 'title', title: 'Leistungen' },
			{ type: 'description', description: 'Nach Aufwand, siehe Stundennachweis' },
			{ type: 'item', title: 'Entwicklung', quantity: 2, unit: 'h', unit_price: 110, activity_ids: [982200004, 982200005], revenue_category_id: 7 },
			{ type: 'item', title: 'Hosting', net_total: 49, optional: true, additional: true, expense_ids: [47110001] },
			{ type: 'item', title: 'Kulanz', quantity: 1, unit: 'Stk.', unit_price: 0 },
			{ type: 'subtotal', subtotal_type: 'part_total' },
			{ type: 'page-break' },
			{ type: 'separator' },
		]);
		expect(sim().find('activities', 982200004)).toMatchObject({ billed: true, invoice_id: fine.items[0].json.id });
	});

	test('a row billing a time entry already billed: MOCO’s 422 in MOCO’s words', async () => {
		const result = await runInvoice('create', { ...REQUIRED, itemsInput: 'json', itemsJson: '[{"type": "item", "title": "A", "net_total": 1, "activity_ids": [982200001]}]' });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): items.activity_ids contains an activity that is already billed (982200001)', httpCode: '422' });
		expect(bodies(sim())[0].items).toEqual([{ type: 'item', title: 'A', net_total: 1, activity_ids: [982200001] }]);
	});

	test('Items (JSON) from an earlier node: numbers given as text become numbers, empty cells are left out', async () => {
		const rows = [
			{ type: 'title', title: 'Januar', description: '' },
			{ type: 'item', title: 'Design', quantity: '10', unit: 'h', unit_price: '120.50', optional: false, activity_ids: null },
			{ type: 'item', title: 'Pauschale', net_total: 300 },
			{ type: 'subtotal' },
		];
		const result = await runInvoice('create', { ...REQUIRED, itemsInput: 'json', itemsJson: '={{ JSON.stringify($json.rows) }}' }, { items: [{ rows }] });

		expect(result.error).toBeUndefined();
		expect(itemsOf()).toEqual([
			{ type: 'title', title: 'Januar' },
			{ type: 'item', title: 'Design', quantity: 10, unit: 'h', unit_price: 120.5, optional: false },
			{ type: 'item', title: 'Pauschale', net_total: 300 },
			{ type: 'subtotal' },
		]);
		expect(result.items[0].json).toMatchObject({ net_total: 1505 });
	});

	test('Items (JSON) as an array from an expression, and one row given as an object', async () => {
		await runInvoice('create', { ...REQUIRED, itemsInput: 'json', itemsJson: '={{ $json.rows }}' }, { items: [{ rows: [{ type: 'item', title: 'A', net_total: 1 }] }, { rows: { type: 'item', title: 'B', net_total: 2 } }] });

		expect(bodies(sim()).map((body) => body.items)).toEqual([[{ type: 'item', title: 'A', net_total: 1 }], [{ type: 'item', title: 'B', net_total: 2 }]]);
	});

	test.each([
		['a number that is not one', [{ type: 'item', title: 'Design', quantity: 'zehn', unit_price: 120 }], 'Items row 1: quantity must be a number, not "zehn" (item 0)'],
		['an unknown type', [{ type: 'item', title: 'A', net_total: 1 }, { type: 'banner' }], 'Items row 2: type must be one of title, description, item, subtotal, page-break, separator, not "banner" (item 0)'],
		['a field its type does not take', [{ type: 'title', title: 'Januar', quantity: 3 }], 'Items row 1: a title row takes only title, not quantity (item 0)'],
		['a field of no row', [{ type: 'item', title: 'A', qty: 3, unit_price: 1 }], 'Items row 1: has the field "qty", which MOCO does not know; a row takes type, title, description, quantity, unit, unit_price, net_total, optional, additional, revenue_category_id, activity_ids, expense_ids, subtotal_type (item 0)'],
		['a page break with a title', [{ type: 'page-break', title: 'Seite 2' }], 'Items row 1: a page-break row takes no fields but its type, not title (item 0)'],
		['an item without a title', [{ type: 'item', quantity: 1, unit_price: 5 }], 'Items row 1: an item row needs title (item 0)'],
		['an item without a price', [{ type: 'item', title: 'A', quantity: 1 }], 'Items row 1: an item row needs quantity and unit_price, or a net_total (item 0)'],
		['a flag that is not one', [{ type: 'item', title: 'A', net_total: 1, optional: 'ja' }], 'Items row 1: optional must be true or false, not "ja" (item 0)'],
		['IDs that are not IDs', [{ type: 'item', title: 'A', net_total: 1, activity_ids: 'x1' }], 'Items row 1: activity_ids must be positive whole numbers separated by commas; "x1" is not one (item 0)'],
		['an unknown subtotal type', [{ type: 'subtotal', subtotal_type: 'total' }], 'Items row 1: subtotal_type must be one of sub_total, part_total, not "total" (item 0)'],
		['a row that is not an object', [7], 'Items row 1: must be an object like {"type":"title","title":"Leistungen Januar"}, not 7 (item 0)'],
		['no rows', [], 'Items need at least one row: MOCO keeps no invoice without rows (item 0)'],
	])('%s: the row is named, nothing is sent', async (_name, rows, message) => {
		const result = await runInvoice('create', { ...REQUIRED, itemsInput: 'json', itemsJson: JSON.stringify(rows) });

		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toBe('Item 0: nothing was sent to MOCO for this item.');
		expect(sim().requests).toEqual([]);
	});

	test('text that is not JSON names the box; the row editor without rows asks for one', async () => {
		const broken = await runInvoice('create', { ...REQUIRED, itemsInput: 'json', itemsJson: '[{"type": "item",' });
		const empty = await runInvoice('create', { ...REQUIRED, lineItems: {} });

		expect(broken.error?.message).toMatch(/^Items \(JSON\) is not valid JSON: .+ Give an array of rows like \[\{"type":"title","title":"Leistungen Januar"\}\] \(item 0\)$/);
		expect(empty.error?.message).toBe('Items need at least one row: MOCO keeps no invoice without rows (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('a bad row is found before a customer given by name is looked up', async () => {
		const result = await runInvoice('create', { ...REQUIRED, customerId: pick.by('name', 'Hafenlicht Reederei GmbH'), itemsInput: 'json', itemsJson: '[{"type": "item"}]' });

		expect(result.error?.message).toBe('Items row 1: an item row needs title (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Continue On Fail: the item with a bad row fails alone', async () => {
		const result = await runInvoice(
			'create',
			{ ...REQUIRED, itemsInput: 'json', itemsJson: '={{ JSON.stringify($json.rows) }}' },
			{ items: [{ rows: [{ type: 'item', title: 'A', net_total: 100 }] }, { rows: [{ type: 'item', title: 'B', net_total: 'viel' }] }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.title)).toEqual([REQUIRED.title, 'Items row 1: net_total must be a number, not "viel" (item 1)']);
		expect(bodies(sim())).toHaveLength(1);
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
