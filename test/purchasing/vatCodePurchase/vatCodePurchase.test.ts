import { listSearch, mocoGet, pick, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { describeRefusals } from '../../customers/company/fixtures';
import { V, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runNew('vatCodePurchase');

describe('VAT Code (Purchases)', () => {
	test('Get: one code in MOCO’s shape', async () => {
		const result = await run('get', { purchaseVATCodeId: pick.list(V.reverseCharge) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/vat_code_purchases/${V.reverseCharge}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/vat_code_purchases/${V.reverseCharge}`)]);
		expect(result.items[0].json).toEqual({ id: V.reverseCharge, tax: 19, description: 'Innergemeinschaftlicher Erwerb 19 % (Reverse Charge)', reverse_charge: true, intra_eu: true, active: true, code: 'IGE19' });
	});

	test('Get Many: every filter as MOCO’s true/false on every page, off meaning “only the others”', async () => {
		const active = await run('getAll', { returnAll: true, filters: { active: true } });
		sim().clearRequests();
		const domestic = await run('getAll', { returnAll: true, filters: { intraEu: false, reverseCharge: false, ids: `${V.standard},${V.reduced},${V.old16}` } });

		const query = { intra_eu: 'false', reverse_charge: 'false', ids: `${V.standard},${V.reduced},${V.old16}` };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(active.items.map((item) => item.json.code)).toEqual(['VSt19', 'VSt7', 'IGE19']);
		expect(domestic.items.map((item) => item.json.code)).toEqual(['VSt19', 'VSt7', 'VSt16']);
	});

	test('Limit 1: one page, one item', async () => {
		const result = await run('getAll', { returnAll: false, limit: 1 });

		expect(requestLines(sim())).toEqual(['GET /api/v1/vat_code_purchases']);
		expect(result.items).toHaveLength(1);
	});

	test('From list: code, description and rate, the inactive one marked, read whole and sorted', async () => {
		const { results } = await listSearch('searchPurchaseVatCodes', '16');

		expect(results).toEqual([{ name: 'VSt16 – Vorsteuer 16 % (2020) (16 %), inactive', value: String(V.old16) }]);
	});
});

describeRefusals('vatCodePurchase', sim, [
	{ operation: 'get', method: 'GET', parameters: { purchaseVATCodeId: pick.id(V.standard) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
], VERSION);
