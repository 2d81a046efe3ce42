import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { K, V, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 1 });
const run = runNew('receipt');
const R = SEED_IDS.receipts;
const U = SEED_IDS.users;
const P = SEED_IDS.projects;
// Bytes no text encoding survives: a JPEG's start and a zero byte.
const PHOTO = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);
const files = { files: [{ beleg: { data: PHOTO, fileName: 'Hotel Köln.jpg', mimeType: 'image/jpeg' } }] };
const newest = () => sim().records('receipts').at(-1)!.id;
const rows = (...given: object[]) => ({ itemsInput: 'json', itemsJson: JSON.stringify(given) });

describe('Receipt', () => {
	test('Create with every field, two VAT splits from the row editor and the photo: exactly what MOCO takes, MOCO’s record out', async () => {
		const result = await run(
			'create',
			{
				date: '2026-01-20',
				title: 'Hotel Köln',
				itemsInput: 'form',
				lineItems: { row: [{ gross_total: 107, vat_code_id: String(V.reduced), purchase_category_id: String(K.reisekosten) }, { gross_total: 23.8, vat_code_id: V.standard, purchase_category_id: '' }] },
				attachmentBinaryField: 'beleg',
				additionalFields: { projectId: pick.id(P.relaunch), billable: true, currency: 'eur', info: 'Workshop vor Ort' },
			},
			files,
		);

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests.at(-1)!)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/receipts',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				date: '2026-01-20',
				title: 'Hotel Köln',
				project_id: P.relaunch,
				billable: true,
				currency: 'EUR',
				info: 'Workshop vor Ort',
				items: [
					{ gross_total: 107, vat_code_id: V.reduced, purchase_category_id: K.reisekosten },
					{ gross_total: 23.8, vat_code_id: V.standard },
				],
				attachment: { filename: 'Hotel Köln.jpg', base64: PHOTO.toString('base64') },
			},
		});
		expect(requestLines(sim())).toEqual(['POST /api/v1/receipts']);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/receipts/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ gross_total: 130.8, pending: true, project: { id: P.relaunch }, user: { id: U.juergen, firstname: 'Jürgen' } });
		expect(result.items[0].json.attachment_url).toMatch(/\/Hotel%20K%C3%B6ln\.jpg$/);
	});

	test('Create with only what MOCO needs, rows as JSON: no file, no other field', async () => {
		const result = await run('create', { date: '2026-01-21', title: 'Parkhaus', ...rows({ gross_total: 12, vat_code_id: V.standard }) }, files);

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([{ date: '2026-01-21', title: 'Parkhaus', items: [{ gross_total: 12, vat_code_id: V.standard }] }]);
	});

	test('Get: MOCO’s record, picked from the list', async () => {
		const result = await run('get', { receiptId: pick.list(R.hotel) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/receipts/${R.hotel}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/receipts/${R.hotel}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Hotel Berlin mit Frühstück', pending: false, gross_total: 139, refund_request: { id: 6650001 } });
	});

	test('Get Many, Return All: every page asked with the filters, every receipt out', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { from: '2025-12-01', to: '2026-01-31', purchaseCategoryId: pick.id(K.reisekosten), updatedAfter: '2024-01-01T00:00:00Z' },
		});

		const query = `from=2025-12-01&to=2026-01-31&purchase_category_id=${K.reisekosten}&updated_after=2024-01-01T00%3A00%3A00Z`;
		expect(requestLines(sim())).toEqual([`GET /api/v1/receipts?${query}`, `GET /api/v1/receipts?${query}&page=2`]);
		expect(result.items.map((item) => item.json.id)).toEqual([R.taxi, R.hotel]);
	});

	test.each([
		[{ userId: pick.id(U.zoe), projectId: pick.id(P.relaunch), submitted: false }, `user_id=${U.zoe}&project_id=${P.relaunch}&submitted=false`, [R.taxi]],
		[{ submitted: true, refundRequestId: '6650001, 6650002', ids: `${R.hotel}` }, `submitted=true&refund_request_id=6650001%2C6650002&ids=${R.hotel}`, [R.hotel]],
	])('Get Many filters %j go as MOCO’s query', async (filters, query, found) => {
		const result = await run('getAll', { returnAll: true, filters });

		expect(requestLines(sim())).toEqual([`GET /api/v1/receipts?${query}`]);
		expect(result.items.map((item) => item.json.id)).toEqual(found);
	});

	test('Get Many: From after To is refused before any request', async () => {
		const result = await run('getAll', { returnAll: true, filters: { from: '2026-02-01', to: '2026-01-01' } });

		expect(result.error?.message).toBe('From (2026-02-01) must not be after To (2026-01-01) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update sends only the field set; MOCO’s record out', async () => {
		const result = await run('update', { receiptId: pick.id(R.taxi), updateFields: { title: 'Taxi zum Kunden (Rückfahrt)', billable: false } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/receipts/${R.taxi}`]);
		expect(bodies(sim())).toEqual([{ title: 'Taxi zum Kunden (Rückfahrt)', billable: false }]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/receipts/${R.taxi}`)]);
		expect(result.items[0].json).toMatchObject({ items: [{ gross_total: 48.5 }], gross_total: 48.5 });
	});

	test('Update with only rows is a change: all rows are sent and replace MOCO’s', async () => {
		const result = await run('update', { receiptId: pick.id(R.hotel), ...rows({ gross_total: 99, vat_code_id: V.reduced, purchase_category_id: K.reisekosten }) });

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([{ items: [{ gross_total: 99, vat_code_id: V.reduced, purchase_category_id: K.reisekosten }] }]);
		expect(result.items[0].json).toMatchObject({ gross_total: 99, items: [{ gross_total: 99, vat: { id: V.reduced } }] });
	});

	test('Update keeps the rows (the default): none are sent', async () => {
		await run('update', { receiptId: pick.id(R.hotel), updateFields: { info: 'Zwei Nächte' } });

		expect(bodies(sim())).toEqual([{ info: 'Zwei Nächte' }]);
		expect(sim().find('receipts', R.hotel)!.items).toHaveLength(2);
	});

	test('Delete outputs {deleted: true}; a receipt in a refund request is refused in MOCO’s words', async () => {
		const deleted = await run('delete', { receiptId: pick.id(R.taxi) });
		const refused = await run('delete', { receiptId: pick.id(R.hotel) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/receipts/${R.taxi}`, `DELETE /api/v1/receipts/${R.hotel}`]);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(refused.error).toMatchObject({ message: 'MOCO could not save the data (422): A refund request has been created for this receipt: it cannot be deleted.', httpCode: '422' });
		expect(sim().find('receipts', R.hotel)).toBeDefined();
	});

	test('MOCO’s 404 for an unknown receipt and its 422 for an unknown VAT code, in MOCO’s words', async () => {
		const missing = await run('get', { receiptId: pick.id(6649999) });
		const unknown = await run('create', { date: '2026-01-21', title: 'Parkhaus', ...rows({ gross_total: 12, vat_code_id: 999 }) });

		expect(missing.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
		expect(unknown.error).toMatchObject({ message: 'MOCO could not save the data (422): items[0] vat_code must exist', httpCode: '422' });
	});

	test('From list: date, title and amount, one page at a time', async () => {
		const { results } = await listSearch('searchReceipts');

		expect(results).toEqual([{ name: '2026-01-08 – Taxi zum Kunden (48.5 EUR)', value: String(R.taxi) }]);
	});
});

describeRefusals('receipt', sim, [
	{ operation: 'create', method: 'POST', parameters: { date: '2026-01-21', title: 'x', ...rows({ gross_total: 1, vat_code_id: V.standard }) } },
	{ operation: 'get', method: 'GET', parameters: { receiptId: pick.id(R.taxi) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { receiptId: pick.id(R.taxi), updateFields: { title: 'y' } } },
	{ operation: 'delete', method: 'DELETE', parameters: { receiptId: pick.id(R.taxi) } },
], VERSION);
