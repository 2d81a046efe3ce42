import { listSearch, mocoGet, pick, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { describeRefusals } from '../../customers/company/fixtures';
import { K, runNew } from '../purchase/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runNew('purchaseCategory');

describe('Purchase Category', () => {
	test('Get from the list: MOCO’s record', async () => {
		const result = await run('get', { purchaseCategoryId: pick.list(K.software) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/purchases/categories/${K.software}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/purchases/categories/${K.software}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Software & Lizenzen', credit_account: '4964', active: true });
	});

	test('Get by name: the whole list read once, the category matched ignoring case', async () => {
		const result = await run('get', { purchaseCategoryId: pick.by('name', 'reisekosten') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/purchases/categories', 'GET /api/v1/purchases/categories?page=2', `GET /api/v1/purchases/categories/${K.reisekosten}`]);
		expect(result.items[0].json.name).toBe('Reisekosten');
	});

	test('Get by a name no category has: said in plain words', async () => {
		const result = await run('get', { purchaseCategoryId: pick.by('name', 'Porto') });

		expect(result.error?.message).toBe('Purchase Category Name: no purchase category is named "Porto". MOCO has 4 purchase categories, none with a similar name. (item 0)');
		expect(sim().requests.every((request) => request.method === 'GET' && request.path === '/api/v1/purchases/categories')).toBe(true);
	});

	test('Get Many: IDs and Updated After on every page', async () => {
		const result = await run('getAll', { returnAll: true, filters: { ids: `${K.fremdleistungen}, ${K.software}, ${K.alt}`, updatedAfter: '2024-01-01T00:00:00Z' } });

		const query = { ids: `${K.fremdleistungen},${K.software},${K.alt}`, updated_after: '2024-01-01T00:00:00Z' };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.name)).toEqual(['Fremdleistungen', 'Software & Lizenzen', 'Bürobedarf (alt)']);
	});

	test('From list: names with their credit accounts, the inactive one marked', async () => {
		const { results } = await listSearch('searchPurchaseCategories');

		expect(results).toEqual([
			{ name: 'Bürobedarf (alt), inactive', value: String(K.alt) },
			{ name: 'Fremdleistungen (3100)', value: String(K.fremdleistungen) },
			{ name: 'Reisekosten (4660)', value: String(K.reisekosten) },
			{ name: 'Software & Lizenzen (4964)', value: String(K.software) },
		]);
	});
});

describeRefusals('purchaseCategory', sim, [
	{ operation: 'get', method: 'GET', parameters: { purchaseCategoryId: pick.id(K.software) } },
	{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
], VERSION);
