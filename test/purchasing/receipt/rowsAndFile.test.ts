import { listSearch, pick, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { runOn } from '../../customers/company/fixtures';
import { K, V } from '../purchase/fixtures';

const sim = useSimulator();
const run = runOn('receipt', VERSION);
const R = SEED_IDS.receipts;
const PHOTO = { data: Buffer.from([0xff, 0xd8, 0x00, 0xff, 0xd9]), fileName: 'Taxi.jpg', mimeType: 'image/jpeg' };
const split = { gross_total: 10, vat_code_id: V.standard };
const required = (...rows: object[]) => ({ date: '2026-01-20', title: 'Taxi', itemsInput: 'json', itemsJson: JSON.stringify(rows) });

describe('Receipt: rows checked before anything is sent', () => {
	test.each([
		['a row without its VAT code', [split, { gross_total: 5 }], 'Items row 2: an item row needs vat_code_id (item 0)'],
		['a row without its amount', [{ vat_code_id: V.standard }], 'Items row 1: an item row needs gross_total (item 0)'],
		['an amount that is not a number', [split, split, { ...split, gross_total: 'zehn' }], 'Items row 3: gross_total must be a number, not "zehn" (item 0)'],
		['a field rows do not take', [{ ...split, title: 'Taxi' }], 'Items row 1: has the field "title", which MOCO does not know; a row takes gross_total, vat_code_id, purchase_category_id (item 0)'],
		['four rows (MOCO takes one to three)', [split, split, split, split], 'Items has 4 rows; MOCO takes at most 3 on a receipt (item 0)'],
		['two purchase categories', [{ ...split, purchase_category_id: K.reisekosten }, { ...split, purchase_category_id: K.software }], `Items row 2: purchase_category_id ${K.software} differs from ${K.reisekosten}: MOCO takes one purchase category for every row of a receipt (item 0)`],
		['no row', [], 'Items need at least one row: MOCO keeps no receipt without rows (item 0)'],
	])('Create with %s: named, nothing sent', async (_case, rows, message) => {
		const result = await run('create', required(...rows));

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('Update with an empty row editor: refused, with the way to keep the rows', async () => {
		const result = await run('update', { receiptId: pick.id(R.taxi), itemsInput: 'form', lineItems: {} });

		expect(result.error?.message).toBe('Items need at least one row: MOCO keeps no receipt without rows (to leave them as they are, choose Keep As They Are) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test.each([
		['create', required(split)],
		['update', { receiptId: pick.id(R.taxi), updateFields: { title: 'x' } }],
	])('%s: a binary field the item does not have: the field and the item named, nothing sent for it', async (operation, parameters) => {
		const result = await run(operation, { ...parameters, attachmentBinaryField: 'beleg' }, { items: [{}, {}], files: [{ beleg: PHOTO }, { data: PHOTO }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error)).toEqual([undefined, 'Attachment From Binary Field names "beleg", but item 1 has no file there (it has "data") (item 1)']);
		expect(sim().requests).toHaveLength(1);
	});

	test('From list marks a submitted receipt', async () => {
		const { results } = await listSearch('searchReceipts');

		expect(results).toEqual([
			{ name: '2026-01-08 – Taxi zum Kunden (48.5 EUR)', value: String(R.taxi) },
			{ name: '2025-12-10 – Hotel Berlin mit Frühstück (139 EUR), submitted', value: String(R.hotel) },
		]);
	});
});
