import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runExport = runOn('invoiceBookkeepingExport');
const I = SEED_IDS.invoices;
const E = SEED_IDS.invoiceBookkeepingExports;
const newest = () => sim().records('invoice_bookkeeping_exports').at(-1)!.id;

describe('Invoice Bookkeeping Export > Create', () => {
	test('chosen invoices, a comment, direct submission: the IDs go as a list of numbers; MOCO’s 201 record out', async () => {
		const result = await runExport('create', {
			additionalFields: { invoiceIds: `${I.relaunch}, ${I.nordwind}`, comment: 'Januar 2026', withDirectOnlineSubmission: true },
		});

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/invoices/bookkeeping_exports',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { invoice_ids: [I.relaunch, I.nordwind], comment: 'Januar 2026', with_direct_online_submission: true },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/bookkeeping_exports/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ from: '2025-12-31', to: '2026-01-05', invoice_ids: [I.relaunch, I.nordwind], comment: 'Januar 2026' });
	});

	test('nothing chosen: an empty body, MOCO exports what is not booked yet', async () => {
		const result = await runExport('create', {});

		expect(bodies(sim())).toEqual([{}]);
		expect(result.items[0].json.invoice_ids).toEqual([I.relaunch, I.nordwind]);
	});

	test('invoice IDs from an expression as a list', async () => {
		await runExport('create', { additionalFields: { invoiceIds: '={{ $json.ids }}' } }, { items: [{ ids: [I.relaunch, String(I.nordwind)] }] });

		expect(bodies(sim())).toEqual([{ invoice_ids: [I.relaunch, I.nordwind] }]);
	});

	test('an invoice ID that is not one: named, nothing sent', async () => {
		const result = await runExport('create', { additionalFields: { invoiceIds: `${I.relaunch}, R2601-001` } });

		expect(result.error?.message).toBe('Invoice IDs must be positive whole numbers separated by commas; "R2601-001" is not one (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('a draft in the export: MOCO’s refusal in its words', async () => {
		const result = await runExport('create', { additionalFields: { invoiceIds: String(I.entwurf) } });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): invoice_ids contains invoices that do not exist or cannot be exported', httpCode: '422' });
	});
});

describe('Invoice Bookkeeping Export > Get, Get Many', () => {
	test('Get from the list', async () => {
		const result = await runExport('get', { invoiceBookkeepingExportId: pick.list(E.dezember) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/invoices/bookkeeping_exports/${E.dezember}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/bookkeeping_exports/${E.dezember}`)]);
	});

	test('Get Many: Updated After (the one filter MOCO takes here) on every page', async () => {
		for (const id of [I.relaunch, I.nordwind]) await runExport('create', { additionalFields: { invoiceIds: String(id) } });
		sim().clearRequests();

		const result = await runExport('getAll', { returnAll: true, filters: { updatedAfter: '2024-01-01T00:00:00Z' } });

		const query = { updated_after: '2024-01-01T00:00:00Z' };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.invoice_ids)).toEqual([[I.retainer], [I.relaunch], [I.nordwind]]);
	});

	test('From list: the period, how many invoices, the status', async () => {
		const { results } = await listSearch('searchInvoiceBookkeepingExports');

		expect(results).toEqual([{ name: '2025-12-31 to 2025-12-31, 1 invoice (created)', value: String(E.dezember) }]);
	});
});

describeRefusals('invoiceBookkeepingExport', sim, [
	{ operation: 'create', method: 'POST', parameters: { additionalFields: { comment: 'x' } } },
	{ operation: 'get', method: 'GET', parameters: { invoiceBookkeepingExportId: pick.id(E.dezember) } },
	{ operation: 'getAll', method: 'GET', parameters: {} },
]);
