import { mocoGet, pick, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator();
const V = SEED_IDS.vatCodeSales;
const run = (operation: string, parameters = {}) => runNode({ parameters: { resource: 'vatCodeSale', operation, ...parameters } });

describe('VAT Code (Sales)', () => {
	test('Get: one code in MOCO’s shape', async () => {
		const result = await run('get', { salesVATCodeId: pick.list(V.reverseCharge) });

		expect(calls(sim())).toEqual([`GET /api/v1/vat_code_sales/${V.reverseCharge}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/vat_code_sales/${V.reverseCharge}`)]);
		expect(result.items[0].json).toMatchObject({ tax: 0, reverse_charge: true, intra_eu: true, code: 'EU0' });
	});

	test('Get Many: each filter of the description as MOCO’s true/false, off meaning “only the others”', async () => {
		const active = await run('getAll', { returnAll: true, filters: { active: true } });
		const domestic = await run('getAll', { returnAll: true, filters: { intraEu: false, reverseCharge: false, ids: `${V.standard},${V.old16}` } });

		expect(calls(sim())).toEqual([
			'GET /api/v1/vat_code_sales?active=true',
			`GET /api/v1/vat_code_sales?intra_eu=false&reverse_charge=false&ids=${V.standard}%2C${V.old16}`,
		]);
		expect(active.items.map((item) => item.json.code)).toEqual(['USt19', 'USt7', 'EU0']);
		expect(domestic.items.map((item) => item.json.code)).toEqual(['USt19', 'USt16']);
	});

	test('an unknown code: MOCO’s 404 in MOCO’s words', async () => {
		const result = await run('get', { salesVATCodeId: pick.id(999) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});
});
