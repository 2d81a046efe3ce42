import type { IBinaryData } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals } from '../../customers/company/fixtures';
import { runNew } from '../purchase/fixtures';

const sim = useSimulator();
const run = runNew('purchaseDraft');
const D = SEED_IDS.purchaseDrafts;
const newest = () => sim().records('purchase_drafts').at(-1)!.id;
const bytesOf = (binary: IBinaryData | undefined) => Buffer.from(binary?.data ?? '', 'base64');
const invoicePdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0xff, 0x0a]);

describe('Purchase Draft > Create', () => {
	test('from an email attachment: the title and the file as {filename, base64}, its exact bytes; MOCO’s record out', async () => {
		const result = await run(
			'create',
			{ title: '={{ $json.subject }}', binaryPropertyName: 'attachment_0' },
			{ items: [{ subject: 'Rechnung RE-2026-0901' }], files: [{ attachment_0: { data: invoicePdf, fileName: 'RE-2026-0901.pdf', mimeType: 'application/pdf' } }] },
		);

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests[0])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/purchases/drafts',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { title: 'Rechnung RE-2026-0901', file: { filename: 'RE-2026-0901.pdf', base64: invoicePdf.toString('base64') } },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/drafts/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Rechnung RE-2026-0901', file_url: `https://acme.mocoapp.com/api/v1/purchases/drafts/${newest()}/file` });
	});

	test('Input Binary Field left empty: a draft without a document', async () => {
		const result = await run('create', { title: 'Quittung Taxi', binaryPropertyName: '' });

		expect(sim().requests.map((request) => request.json)).toEqual([{ title: 'Quittung Taxi' }]);
		expect(result.items[0].json.file_url).toBeNull();
	});

	test('no file in the named field: the field and the item named, nothing sent', async () => {
		const result = await run('create', { title: 'Rechnung', binaryPropertyName: 'attachment_0' });

		expect(result.error?.message).toBe('Input Binary Field names "attachment_0", but item 0 has no file there (it has no file at all) (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Purchase Draft > Download PDF, Get, Get Many, Delete', () => {
	test('Download PDF: MOCO redirects to the file; its bytes come out unchanged under its name', async () => {
		const result = await run('downloadPdf', { purchaseDraftId: pick.list(D.email), binaryPropertyName: 'beleg' });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`GET /api/v1/purchases/drafts/${D.email}.pdf`, `GET /api/v1/purchases/drafts/${D.email}/file`]);
		const file = result.items[0].binary?.beleg;
		expect(bytesOf(file).equals((sim().find('purchase_drafts', D.email)!.document as { data: Buffer }).data)).toBe(true);
		expect(result.items[0].json).toEqual({ purchaseDraftId: D.email, document: 'purchase draft PDF', fileName: 'RE-2026-0042.pdf', mimeType: 'application/pdf', fileSize: bytesOf(file).length, binaryProperty: 'beleg' });
	});

	test('MOCO redirects to a file host of its own: the API key is not sent there, the bytes come out unchanged', async () => {
		const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xff, 0x00, 0xd3]);
		sim().injectFault({ path: `/purchases/drafts/${D.email}.pdf` }, { status: 302, headers: { location: `https://files.mocoapp.com/drafts/${D.email}.pdf?signature=abc` } });
		sim().injectFault({ path: `/drafts/${D.email}.pdf` }, { status: 200, body: pdf, headers: { 'content-type': 'application/pdf' } });

		const result = await run('downloadPdf', { purchaseDraftId: pick.id(D.email), binaryPropertyName: 'beleg' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [requestSummary(request).host, request.path, request.headers.authorization])).toEqual([
			['acme.mocoapp.com', `/api/v1/purchases/drafts/${D.email}.pdf`, 'Token token=test-key'],
			['files.mocoapp.com', `/drafts/${D.email}.pdf`, undefined],
		]);
		expect(bytesOf(result.items[0].binary?.beleg).equals(pdf)).toBe(true);
	});

	test('Download PDF of a draft without a document: MOCO’s 204 said in words', async () => {
		const result = await run('downloadPdf', { purchaseDraftId: pick.id(D.empty) });

		expect(result.error?.message).toBe('This purchase draft has no PDF document (item 0)');
	});

	test('a draft MOCO does not have: its 404 in MOCO’s words, no file', async () => {
		const result = await run('downloadPdf', { purchaseDraftId: pick.id(6619999) }, { items: [{}, {}], continueOnFail: true });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases/drafts/6619999.pdf', 'GET /api/v1/purchases/drafts/6619999.pdf']);
		expect(result.items.map((item) => [item.json.error, item.binary])).toEqual([
			['MOCO found no such record (404): Resource not found', undefined],
			['MOCO found no such record (404): Resource not found', undefined],
		]);
	});

	test.each([
		[401, { message: 'Unauthorized: invalid API key' }, 'MOCO rejected the API key (401): Unauthorized: invalid API key', 'Check the API key'],
		// Not in MOCO's description of this path (only 302 and 204), but its other documents answer so while rendering.
		[423, { message: 'Document is not ready yet' }, 'MOCO has not finished this document yet (423): Document is not ready yet', 'run this item again in a minute'],
	])('a %i is an error in MOCO’s words, never stored as the file', async (status, body, message, advice) => {
		sim().injectFault({ path: `/purchases/drafts/${D.email}.pdf` }, { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

		const result = await run('downloadPdf', { purchaseDraftId: pick.id(D.email) });

		expect(result.error).toMatchObject({ message, httpCode: String(status) });
		expect(result.error?.description).toContain(advice);
		expect(result.items).toEqual([]);
	});

	test('the file MOCO redirects to is gone (404): said in MOCO’s words, nothing stored; Continue On Fail keeps the other draft’s file', async () => {
		sim().injectFault({ path: `/purchases/drafts/${D.email}/file` }, { status: 404, body: JSON.stringify({ message: 'Resource not found' }), headers: { 'content-type': 'application/json' } });

		const result = await run('downloadPdf', { purchaseDraftId: pick.id(D.email) }, { items: [{}, {}], continueOnFail: true });

		expect(result.items.map((item) => item.json.error ?? item.json.fileName)).toEqual(['MOCO found no such record (404): Resource not found', 'RE-2026-0042.pdf']);
		expect(result.items[0].binary).toBeUndefined();
	});

	test('Get and Get Many: MOCO’s records; From list shows title and sender', async () => {
		const one = await run('get', { purchaseDraftId: pick.id(D.email) });
		const all = await run('getAll', { returnAll: true, filters: { ids: `${D.email},${D.empty}` } });
		const { results } = await listSearch('searchPurchaseDrafts');

		expect(one.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/drafts/${D.email}`)]);
		expect(all.items.map((item) => item.json.id)).toEqual([D.email, D.empty]);
		expect(results).toEqual([
			{ name: 'Rechnung 2026-0042 Ährenfeld (buchhaltung@aehrenfeld.example)', value: String(D.email) },
			{ name: 'Quittung Parkhaus', value: String(D.empty) },
		]);
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await run('delete', { purchaseDraftId: pick.id(D.empty) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/purchases/drafts/${D.empty}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});
});

describeRefusals('purchaseDraft', sim, [
	{ operation: 'create', method: 'POST', parameters: { title: 'x', binaryPropertyName: '' } },
	{ operation: 'get', method: 'GET', parameters: { purchaseDraftId: pick.id(D.email) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'delete', method: 'DELETE', parameters: { purchaseDraftId: pick.id(D.email) } },
], VERSION);
