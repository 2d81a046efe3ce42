import { listSearch, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { runCompany } from './fixtures';

const sim = useSimulator({ pageSize: 2 });
const C = SEED_IDS.companies;

const ids = (result: Awaited<ReturnType<typeof runCompany>>) => result.items.map((item) => item.json.id);

describe('Company > Get Many', () => {
	test('Return All walks every page, simplified', async () => {
		const result = await runCompany('getAll', { returnAll: true });

		expect(calls(sim())).toEqual(['GET /api/v1/companies', 'GET /api/v1/companies?page=2']);
		expect(ids(result)).toEqual([C.hafenlicht, C.nordwind, C.druckerei, C.verband]);
		expect(Object.keys(result.items[0].json)).toEqual(['id', 'name', 'type', 'identifier', 'email', 'phone', 'website', 'user_id', 'tags', 'active']);
	});

	test('peer lesson 3 (filters dropped with Return All): every filter reaches every page', async () => {
		const r = await runCompany('getAll', { simplify: false, returnAll: true, filters: { includeArchived: true, tags: ['Stammkunde', 'Gastronomie', 'Druck'], term: 'r' } });

		expect(r.items.map((item) => item.json.id)).toEqual([C.hafenlicht, C.nordwind, C.druckerei]);

		expect(calls(sim())).toEqual([
			'GET /api/v1/companies?include_archived=true&tags=Stammkunde%2CGastronomie%2CDruck&term=r',
			'GET /api/v1/companies?include_archived=true&tags=Stammkunde%2CGastronomie%2CDruck&term=r&page=2',
		]);
	});

	test('the custom-property filter together with the type, on every page', async () => {
		const logistik = { customProperties: { property: [{ name: 'Branche', value: 'Logistik' }] } };
		for (const name of ['Logistik Süd', 'Logistik Ost']) await runCompany('create', { name, type: 'customer', currency: 'EUR', additionalFields: logistik });
		await runCompany('create', { name: 'Logistik Lieferant', type: 'supplier', additionalFields: logistik });
		sim().clearRequests();

		const result = await runCompany('getAll', {
			returnAll: true,
			filters: { type: 'customer', customProperties: { property: [{ name: 'Branche', value: 'Logistik' }] } },
		});

		expect(result.error).toBeUndefined();
		const query = { type: 'customer', 'custom_properties[Branche]': 'Logistik' };
		expect(sim().requests.map((r) => r.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.name)).toEqual(['Hafenlicht Reederei GmbH', 'Logistik Süd', 'Logistik Ost']);
	});

	test('the custom-property filter without the type is refused in plain words, nothing sent', async () => {
		const result = await runCompany('getAll', { filters: { customProperties: { property: [{ name: 'Branche', value: 'Logistik' }] } } });

		expect(result.error?.message).toBe(
			'Custom Properties needs Type as well: MOCO filters companies by custom fields only together with the company type (Customer, Supplier or Organization) (item 0)',
		);
		expect(sim().requests).toEqual([]);
	});

	test('identifier, IDs, updated after and sort', async () => {
		const result = await runCompany('getAll', {
			filters: { identifier: 'K-1002', ids: `${C.nordwind}, ${C.hafenlicht}`, updatedAfter: '2024-01-01T00:00:00Z', sortBy: 'name', sortDirection: 'desc' },
		});

		expect(sim().requests[0].query).toEqual({ identifier: 'K-1002', ids: `${C.nordwind},${C.hafenlicht}`, updated_after: '2024-01-01T00:00:00Z', sort_by: 'name desc' });
		expect(ids(result)).toEqual([C.nordwind]);
	});

	test('Limit 3 over four: two pages, never a third', async () => {
		const result = await runCompany('getAll', { limit: 3 });

		expect(ids(result)).toEqual([C.hafenlicht, C.nordwind, C.druckerei]);
		expect(calls(sim())).toHaveLength(2);
	});

	test('From list: MOCO’s term narrows the list', async () => {
		const result = await listSearch('searchCompanies', 'nord');

		expect(result.results.map((entry) => entry.value)).toEqual([String(C.nordwind)]);
		expect(calls(sim())).toEqual(['GET /api/v1/companies?term=nord']);
	});
});
