import { pick, useSimulator } from '../../harness';
import { bodies } from '../../customers/company/fixtures';
import { REQUIRED, runInvoice } from './fixtures';

const sim = useSimulator();

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
