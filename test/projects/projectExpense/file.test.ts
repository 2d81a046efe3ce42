import { pick, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const run = runOn('projectExpense', VERSION);
const P = SEED_IDS.projects;
const E = SEED_IDS.projectExpenses;
// Bytes no text encoding survives: a JPEG's start and a zero byte.
const RECEIPT = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const receipt = { beleg: { data: RECEIPT, fileName: 'Taxi 2026-01-20.jpg', mimeType: 'image/jpeg' } };
const required = { projectId: pick.id(P.relaunch), date: '2026-01-20', title: 'Taxi zum Kunden', quantity: 1, unit: 'Fahrt', unitPrice: 48, unitCost: 48 };
const hosting = { projectId: pick.id(P.relaunch), projectExpenseId: pick.id(E.hosting) };

describe('Project Expense: the receipt from an input item’s file', () => {
	test('Create: the named binary field goes along as MOCO’s file {filename, base64}, its exact bytes', async () => {
		const result = await run('create', { ...required, fileBinaryField: 'beleg' }, { files: [receipt] });

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([
			{ date: '2026-01-20', title: 'Taxi zum Kunden', quantity: 1, unit: 'Fahrt', unit_price: 48, unit_cost: 48, file: { filename: 'Taxi 2026-01-20.jpg', base64: RECEIPT.toString('base64') } },
		]);
		const file = bodies(sim())[0].file as { base64: string };
		expect(Buffer.from(file.base64, 'base64').equals(RECEIPT)).toBe(true);
		expect(result.items[0].json.file_url).toMatch(/\/file\/Taxi%202026-01-20\.jpg$/);
		expect(result.items[0].json).not.toHaveProperty('file');
	});

	test('Update: a file alone is a change; only the file is sent', async () => {
		const result = await run('update', { ...hosting, fileBinaryField: 'beleg' }, { files: [receipt] });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`PUT /api/v1/projects/${P.relaunch}/expenses/${E.hosting}`]);
		expect(bodies(sim())).toEqual([{ file: { filename: 'Taxi 2026-01-20.jpg', base64: RECEIPT.toString('base64') } }]);
	});

	test('left empty (the default): nothing about a file is sent on Create or Update, even when the item has one', async () => {
		await run('create', required, { files: [receipt] });
		await run('update', { ...hosting, updateFields: { title: 'Hosting Januar (XS)' } }, { files: [receipt] });

		expect(bodies(sim())).toEqual([
			{ date: '2026-01-20', title: 'Taxi zum Kunden', quantity: 1, unit: 'Fahrt', unit_price: 48, unit_cost: 48 },
			{ title: 'Hosting Januar (XS)' },
		]);
	});

	test.each([
		['create', required],
		['update', { ...hosting, updateFields: { title: 'x' } }],
	])('%s: a binary field the item does not have: the field and the item named, nothing sent', async (operation, parameters) => {
		const result = await run(operation, { ...parameters, fileBinaryField: 'beleg' }, { items: [{}, {}], files: [receipt, { data: receipt.beleg }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error)).toEqual([undefined, 'File From Binary Field names "beleg", but item 1 has no file there (it has "data") (item 1)']);
		expect(sim().requests).toHaveLength(1);
	});

	test('no item has the file: nothing sent', async () => {
		const result = await run('update', { ...hosting, fileBinaryField: 'beleg' });

		expect(result.error?.message).toBe('File From Binary Field names "beleg", but item 0 has no file there (it has no file at all) (item 0)');
		expect(sim().requests).toEqual([]);
	});
});
