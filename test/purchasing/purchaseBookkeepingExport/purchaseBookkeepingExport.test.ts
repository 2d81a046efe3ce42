import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { P, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runNew('purchaseBookkeepingExport');
const E = SEED_IDS.purchaseBookkeepingExports;
const newest = () => sim().records('purchase_bookkeeping_exports').at(-1)!.id;

describe('Purchase Bookkeeping Export > Create', () => {
	test('chosen purchases, a comment, direct submission, archiving: the IDs as a list of numbers; MOCO’s 201 record out', async () => {
		const result = await run('create', {
			additionalFields: { purchaseIds: `${P.bahn}`, comment: 'Januar 2026', withDirectOnlineSubmission: true, archiveAfterExport: true },
		});

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/purchases/bookkeeping_exports',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { purchase_ids: [P.bahn], comment: 'Januar 2026', with_direct_online_submission: true, archive_after_export: true },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/bookkeeping_exports/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ from: '2026-01-03', to: '2026-01-03', purchase_ids: [P.bahn], comment: 'Januar 2026', status: 'created' });
	});

	test('nothing chosen: the body is {} and MOCO exports every approved purchase not booked yet', async () => {
		const result = await run('create', {});

		expect(sim().requests[0].body).toBe('{}');
		expect(bodies(sim())).toEqual([{}]);
		expect(result.items[0].json.purchase_ids).toEqual([P.bahn]);
	});

	test('a purchase ID that is not one: named, nothing sent', async () => {
		const result = await run('create', { additionalFields: { purchaseIds: `${P.bahn}, E2601-001` } });

		expect(result.error?.message).toBe('Purchase IDs must be positive whole numbers separated by commas; "E2601-001" is not one (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('a pending purchase in the export: MOCO’s refusal in its words', async () => {
		const result = await run('create', { additionalFields: { purchaseIds: String(P.druck) } });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): purchase_ids contains purchases that do not exist or are not approved', httpCode: '422' });
	});
});

describe('Purchase Bookkeeping Export > Get, Get Many', () => {
	test('Get from the list', async () => {
		const result = await run('get', { purchaseBookkeepingExportId: pick.list(E.dezember) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/purchases/bookkeeping_exports/${E.dezember}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/bookkeeping_exports/${E.dezember}`)]);
	});

	test('Get Many: every page, no filter (MOCO takes none here)', async () => {
		for (const id of [P.bahn, P.software]) await run('create', { additionalFields: { purchaseIds: String(id) } });
		sim().clearRequests();

		const result = await run('getAll', { returnAll: true });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases/bookkeeping_exports', 'GET /api/v1/purchases/bookkeeping_exports?page=2']);
		expect(result.items.map((item) => item.json.purchase_ids)).toEqual([[P.software], [P.bahn], [P.software]]);
	});

	test('From list: the period, how many purchases, the status', async () => {
		const { results } = await listSearch('searchPurchaseBookkeepingExports');

		expect(results).toEqual([{ name: '2025-12-15 to 2025-12-15, 1 purchase (created)', value: String(E.dezember) }]);
	});
});

describeRefusals('purchaseBookkeepingExport', sim, [
	{ operation: 'create', method: 'POST', parameters: { additionalFields: { comment: 'x' } } },
	{ operation: 'get', method: 'GET', parameters: { purchaseBookkeepingExportId: pick.id(E.dezember) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
], VERSION);
