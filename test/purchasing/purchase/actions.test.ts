import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { P, runNew } from './fixtures';

const sim = useSimulator();
const run = runNew('purchase');
const byId = (id: number) => ({ purchaseId: pick.id(id) });
const PR = SEED_IDS.projects;

describe('Purchase > Get, Update, Delete', () => {
	test('Get: MOCO’s record with its items, approved shown as MOCO shows it', async () => {
		const result = await run('get', { ...byId(P.software), simplify: false });

		expect(requestLines(sim())).toEqual([`GET /api/v1/purchases/${P.software}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/${P.software}`)]);
		expect(result.items[0].json).toMatchObject({ status: 'approved', gross_total: 535.5, items: [{ title: 'Figma Organization (10 Plätze)', category: { name: 'Software & Lizenzen' } }] });
	});

	test('Update sends only what was set; the items stay as they are', async () => {
		const result = await run('update', { ...byId(P.druck), updateFields: { dueDate: '2026-01-30', paymentMethod: 'direct_debit' } });

		expect(requestSummary(sim().requests[0])).toMatchObject({ method: 'PUT', url: `/api/v1/purchases/${P.druck}`, json: { due_date: '2026-01-30', payment_method: 'direct_debit' } });
		expect(result.items[0].json).toMatchObject({ due_date: '2026-01-30', payment_method: 'direct_debit', net_total: 1150 });
	});

	test('Update offers no rows: MOCO ignores items on update (its description says so), so none are sent, not even from imported JSON', async () => {
		const result = await run('update', { ...byId(P.druck), updateFields: { title: 'Flyer' }, itemsInput: 'json', itemsJson: '[{"title": "Porto", "total": 5, "tax": 19}]' });

		expect(bodies(sim())).toEqual([{ title: 'Flyer' }]);
		expect(result.items[0].json).toMatchObject({ title: 'Flyer', net_total: 1150 });
	});

	test('Update offers no document field (Store Document replaces it)', async () => {
		const result = await run('update', { ...byId(P.druck), updateFields: { documentBinaryField: 'data' } });

		expect(result.error?.message).toMatch(/^Update has nothing to change/);
		expect(sim().requests).toEqual([]);
	});

	test('Delete of a pending purchase outputs {deleted: true}', async () => {
		const result = await run('delete', byId(P.druck));

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/purchases/${P.druck}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('Delete of an approved purchase: MOCO’s refusal in its words', async () => {
		const result = await run('delete', byId(P.bahn));

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): Only pending purchases without payments can be deleted.', httpCode: '422' });
	});

	test('a bad ID sends nothing', async () => {
		const result = await run('get', { purchaseId: pick.id('E2601-001') });

		expect(result.error?.message).toBe("The 'MOCO' node has issues:\n- Purchase ID must be a positive whole number, like 6600001");
		expect(sim().requests).toEqual([]);
	});
});

describe('Purchase > Update Status', () => {
	test('Approve: PATCH with the status; MOCO answers without a body, the item says what was set', async () => {
		const result = await run('updateStatus', { ...byId(P.druck), status: 'approved' });

		expect(requestSummary(sim().requests[0])).toMatchObject({ method: 'PATCH', url: `/api/v1/purchases/${P.druck}/update_status`, json: { status: 'approved' } });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([{ id: P.druck, status: 'approved' }]);
		expect(mocoGet(sim(), `/purchases/${P.druck}`).status).toBe('approved');
	});

	test('a status MOCO does not know: named, nothing sent', async () => {
		const result = await run('updateStatus', { ...byId(P.druck), status: 'paid' });

		expect(result.error?.message).toMatch(/^Status must be one of approved, pending/);
		expect(sim().requests).toEqual([]);
	});
});

describe('Purchase > Assign to Project', () => {
	test('the project by name, the item and the options: one POST in MOCO’s names; MOCO’s purchase out', async () => {
		const result = await run('assignToProject', {
			...byId(P.druck),
			projectId: pick.id(PR.messe),
			additionalFields: { itemId: 7700001, billable: true, budgetRelevant: true, surcharge: 10, notifyProjectLeader: true },
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`POST /api/v1/purchases/${P.druck}/assign_to_project`]);
		expect(bodies(sim())).toEqual([{ project_id: PR.messe, item_id: 7700001, billable: true, budget_relevant: true, surcharge: 10, notify_project_leader: true }]);
		expect((result.items[0].json.items as Array<{ expense: unknown }>)[0].expense).toMatchObject({ project: { id: PR.messe } });
	});

	test('a purchase of two items without Item ID: MOCO’s refusal in its words', async () => {
		const result = await run('assignToProject', { ...byId(P.druck), projectId: pick.id(PR.messe) });

		expect(result.error).toMatchObject({ message: "MOCO could not save the data (422): item_id can't be blank", httpCode: '422' });
	});
});

describe('Purchase > Store Document', () => {
	test('the input file as a multipart form: one part "file" with its exact bytes, name and type; nothing else', async () => {
		const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff, 0x80, 0x0d, 0x0a]);

		const result = await run('storeDocument', { ...byId(P.druck), binaryPropertyName: 'invoice' }, { files: [{ invoice: { data: bytes, fileName: 'Rechnung Ährenfeld.pdf', mimeType: 'application/pdf' } }] });

		expect(result.error).toBeUndefined();
		const [request] = sim().requests;
		expect([request.method, request.url]).toEqual(['PATCH', `/api/v1/purchases/${P.druck}/store_document`]);
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.headers.authorization).toBe('Token token=test-key');
		expect(request.form).toEqual({ file: { filename: 'Rechnung Ährenfeld.pdf', contentType: 'application/pdf', data: bytes } });
		expect(result.items[0].json).toMatchObject({ id: P.druck, file_url: 'https://acme.mocoapp.com/purchases/6600001/document/Rechnung%20%C3%84hrenfeld.pdf' });
	});

	test('no file in the named field: the field and the item named, nothing sent; Continue On Fail keeps the others', async () => {
		const pdf = { data: Buffer.from('%PDF-1.4\n'), fileName: 'a.pdf', mimeType: 'application/pdf' };

		const result = await run('storeDocument', { ...byId(P.druck), binaryPropertyName: 'data' }, { items: [{}, {}], files: [{ other: pdf }, { data: pdf }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error ?? 'stored')).toEqual(['Input Binary Field names "data", but item 0 has no file there (it has "other") (item 0)', 'stored']);
		expect(sim().requests).toHaveLength(1);
	});
});

describeRefusals('purchase', sim, [
	{ operation: 'get', method: 'GET', parameters: byId(P.druck) },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	{ operation: 'update', method: 'PUT', parameters: { ...byId(P.druck), updateFields: { title: 'x' } } },
	{ operation: 'delete', method: 'DELETE', parameters: byId(P.druck) },
	{ operation: 'updateStatus', method: 'PATCH', parameters: { ...byId(P.druck), status: 'approved' } },
	{ operation: 'assignToProject', method: 'POST', parameters: { ...byId(P.druck), projectId: pick.id(PR.messe), additionalFields: { itemId: 7700001 } } },
], VERSION);
