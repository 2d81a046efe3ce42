import { pick, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, runOn } from '../company/fixtures';

const sim = useSimulator();
const run = runOn('offer', VERSION);
const O = SEED_IDS.offers;
const messe = { offerId: pick.id(O.messe) };
// The sent offer's one row (seed): Standbau, 40 h at 95.
const STANDBAU = 88100004;
const rowsOf = (json: Record<string, unknown>) => (json.items as Array<Record<string, unknown>>).map(({ id, type, title, quantity, unit_price }) => ({ id, type, title, quantity, unit_price }));

describe('Offer > Update with rows', () => {
	test('rows as JSON beside a field: MOCO gets exactly those rows; a row with its ID stays that row', async () => {
		const rows = [
			{ type: 'title', title: 'Messestand' },
			{ id: STANDBAU, type: 'item', title: 'Standbau', quantity: 48, unit: 'h', unit_price: 95 },
			{ type: 'item', title: 'Transport', net_total: 650 },
		];
		const result = await run('update', { ...messe, updateFields: { title: 'Messestand 2026 (größer)' }, itemsInput: 'json', itemsJson: JSON.stringify(rows), simplify: false });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`PUT /api/v1/offers/${O.messe}`]);
		expect(bodies(sim())).toEqual([{ title: 'Messestand 2026 (größer)', items: rows }]);
		const [title, standbau, transport] = rowsOf(result.items[0].json);
		expect(standbau).toEqual({ id: STANDBAU, type: 'item', title: 'Standbau', quantity: 48, unit_price: 95 });
		expect([title.title, transport.title, transport.id === STANDBAU]).toEqual(['Messestand', 'Transport', false]);
		expect(result.items[0].json).toMatchObject({ net_total: 5210 });
	});

	test('rows from the row editor alone are a change: no other field needed; untouched row fields are not sent', async () => {
		const result = await run('update', {
			...messe,
			itemsInput: 'form',
			lineItems: { row: [{ type: 'item', id: STANDBAU, title: 'Standbau', quantity: 40, unit_price: 90, unit: 'h', description: '', optional: false, net_total: 0 }, { type: 'subtotal', subtotal_type: 'sub_total' }] },
		});

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([
			{ items: [{ type: 'item', id: STANDBAU, title: 'Standbau', quantity: 40, unit: 'h', unit_price: 90 }, { type: 'subtotal', subtotal_type: 'sub_total' }] },
		]);
	});

	test('Items Input left at Keep As They Are: no rows are sent, even with JSON in the (hidden) box; MOCO keeps its rows', async () => {
		const result = await run('update', { ...messe, updateFields: { discount: 2 }, itemsJson: JSON.stringify([{ type: 'title', title: 'x' }]), simplify: false });

		expect(bodies(sim())).toEqual([{ discount: 2 }]);
		expect(rowsOf(result.items[0].json)).toEqual([{ id: STANDBAU, type: 'item', title: 'Standbau', quantity: 40, unit_price: 95 }]);
	});

	test('neither a field nor rows: nothing to change, nothing sent', async () => {
		const result = await run('update', messe);

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test.each([
		[[], 'Items need at least one row: MOCO keeps no offer without rows (to leave them as they are, choose Keep As They Are) (item 0)'],
		[[{ type: 'title', title: 'A' }, { type: 'item', title: 'B' }], 'Items row 2: an item row needs quantity and unit_price, or a net_total (item 0)'],
		[[{ type: 'item', id: -3, title: 'B', net_total: 1 }], 'Items row 1: id must be a whole number of at least 0, not -3 (item 0)'],
		[[{ type: 'separator', title: 'B' }], 'Items row 1: a separator row takes only id, not title (item 0)'],
	])('a bad row %j: named by its number with the item, nothing sent', async (rows, message) => {
		const result = await run('update', { ...messe, updateFields: { title: 'x' }, itemsInput: 'json', itemsJson: JSON.stringify(rows) });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});
