import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, pick, runOn } from '../company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runCategory = runOn('dealCategory');
const K = SEED_IDS.dealCategories;

describe('Deal Category', () => {
	test('Create: name and probability, the exact request, MOCO’s record', async () => {
		const result = await runCategory('create', { name: 'Auftrag in Sicht', probability: 90 });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/deal_categories',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { name: 'Auftrag in Sicht', probability: 90 },
			},
		]);
		const id = sim().records('deal_categories').at(-1)!.id as number;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/deal_categories/${id}`)]);
	});

	test.each([
		[101, 'Probability must be a whole number from 0 to 100, not 101 (item 0)'],
		[-1, 'Probability must be a whole number from 0 to 100, not -1 (item 0)'],
		[12.5, 'Probability must be a whole number from 0 to 100, not 12.5 (item 0)'],
	])('probability %d is refused before any request', async (probability, message) => {
		const result = await runCategory('create', { name: 'X', probability });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('probability 0 is a value, not "not set"', async () => {
		await runCategory('create', { name: 'Verloren', probability: 0 });
		await runCategory('update', { dealCategoryId: pick('id', K.kontakt), updateFields: { probability: 0 } });

		expect(bodies(sim())).toEqual([{ name: 'Verloren', probability: 0 }, { probability: 0 }]);
	});

	test('Update by name sends only the field set', async () => {
		const result = await runCategory('update', { dealCategoryId: pick('name', 'Angebot'), updateFields: { name: 'Angebot verschickt' } });

		expect(calls(sim())).toEqual(['GET /api/v1/deal_categories', 'GET /api/v1/deal_categories?page=2', `PUT /api/v1/deal_categories/${K.angebot}`]);
		expect(bodies(sim())).toEqual([{ name: 'Angebot verschickt' }]);
		expect(result.items[0].json).toEqual({ ...mocoGet(sim(), `/deal_categories/${K.angebot}`) });
	});

	test('Get and Get Many (Return All over two pages, IDs on every page)', async () => {
		const one = await runCategory('get', { dealCategoryId: pick('list', K.verhandlung) });
		const all = await runCategory('getAll', { returnAll: true, filters: { ids: `${K.kontakt},${K.angebot},${K.verhandlung}` } });

		expect(one.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/deal_categories/${K.verhandlung}`)]);
		expect(all.items.map((item) => item.json.name)).toEqual(['Erstkontakt', 'Angebot', 'Verhandlung']);
		const ids = `${K.kontakt}%2C${K.angebot}%2C${K.verhandlung}`;
		expect(calls(sim())).toEqual([
			`GET /api/v1/deal_categories/${K.verhandlung}`,
			`GET /api/v1/deal_categories?ids=${ids}`,
			`GET /api/v1/deal_categories?ids=${ids}&page=2`,
		]);
	});

	test('Delete outputs {deleted: true}; a category deals use is refused in MOCO’s words', async () => {
		const unused = await runCategory('create', { name: 'Leer', probability: 5 });
		const deleted = await runCategory('delete', { dealCategoryId: pick('id', unused.items[0].json.id as number) });
		const inUse = await runCategory('delete', { dealCategoryId: pick('id', K.angebot) });

		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(inUse.error?.message).toBe('MOCO could not save the data (422): The category cannot be deleted because deals are assigned to it.');
	});

	test('From list: the whole (short) list, titled with the probability', async () => {
		const { listSearch } = await import('../../harness');
		const result = await listSearch('searchDealCategories', 'ang');

		expect(result.results).toEqual([{ name: 'Angebot (50 %)', value: String(K.angebot) }]);
	});
});

describeRefusals('dealCategory', sim, [
	{ operation: 'create', method: 'POST', parameters: { name: 'X', probability: 5 } },
	{ operation: 'update', method: 'PUT', parameters: { dealCategoryId: pick('id', K.kontakt), updateFields: { name: 'Y' } } },
	{ operation: 'get', method: 'GET', parameters: { dealCategoryId: pick('id', K.kontakt) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(K.kontakt) } } },
]);
