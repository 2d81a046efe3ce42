import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const C = SEED_IDS.catalogServices;
const service = runOn('catalogService');
const item = runOn('catalogServiceItem');
const runService = (operation: string, parameters = {}) => service(operation, parameters, { typeVersion: VERSION });
const runItem = (operation: string, parameters = {}) => item(operation, parameters, { typeVersion: VERSION });
const wartung = { catalogServiceId: pick.id(C.wartung) };

describe('Catalog Service', () => {
	test('Create: the exact request, MOCO’s service out', async () => {
		const result = await runService('create', { title: 'Hosting-Paket' });

		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/account/catalog_services', authorization: 'Token token=test-key', contentType: 'application/json', json: { title: 'Hosting-Paket' } },
		]);
		const id = sim().records('catalog_services').at(-1)!.id;
		expect(result.items.map((entry) => entry.json)).toEqual([mocoGet(sim(), `/account/catalog_services/${id}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Hosting-Paket', items: [] });
	});

	test('Get by title: the service with its items', async () => {
		const result = await runService('get', { catalogServiceId: pick.by('title', 'website-wartung') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/catalog_services', `GET /api/v1/account/catalog_services/${C.wartung}`]);
		expect((result.items[0].json.items as Array<{ id: number }>).map((row) => row.id)).toEqual([C.wartungTitel, C.wartungUpdates]);
	});

	test('Get Many, Update (the title only), Delete', async () => {
		const list = await runService('getAll', { returnAll: true });
		const renamed = await runService('update', { catalogServiceId: pick.id(C.workshop), updateFields: { title: 'Workshop (halbtags)' } });
		const deleted = await runService('delete', { catalogServiceId: pick.id(C.workshop) });

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/catalog_services', `PUT /api/v1/account/catalog_services/${C.workshop}`, `DELETE /api/v1/account/catalog_services/${C.workshop}`]);
		expect(list.items.map((entry) => entry.json.title)).toEqual(['Website-Wartung', 'Workshop']);
		expect(bodies(sim())).toEqual([{ title: 'Workshop (halbtags)' }, undefined]);
		expect(renamed.items[0].json).toMatchObject({ id: C.workshop, title: 'Workshop (halbtags)' });
		expect(deleted.items.map((entry) => entry.json)).toEqual([{ deleted: true }]);
	});

	test('an empty title: refused, nothing sent', async () => {
		const result = await runService('create', { title: '={{ "" }}' });

		expect(result.error?.message).toBe('Title is required to create a catalog service (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Catalog Service Item', () => {
	test('Create in a service picked by title: the exact request, MOCO’s item out', async () => {
		const result = await runItem('create', { catalogServiceId: pick.by('title', 'Workshop'), type: 'item', additionalFields: { title: 'Moderation', quantity: 4, unit: 'h', unitPrice: 150 } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/account/catalog_services', `POST /api/v1/account/catalog_services/${C.workshop}/items`]);
		expect(bodies(sim())).toEqual([{ type: 'item', title: 'Moderation', quantity: 4, unit: 'h', unit_price: 150 }]);
		const id = sim().records('catalog_service_items').at(-1)!.id;
		expect(result.items.map((entry) => entry.json)).toEqual([mocoGet(sim(), `/account/catalog_services/${C.workshop}/items/${id}`)]);
		expect(result.items[0].json).toMatchObject({ type: 'item', net_total: 600 });
	});

	test('Get, Update only what is set, Delete', async () => {
		const got = await runItem('get', { ...wartung, catalogServiceItemId: pick.id(C.wartungUpdates) });
		const updated = await runItem('update', { ...wartung, catalogServiceItemId: pick.id(C.wartungUpdates), updateFields: { quantity: 6 } });
		const deleted = await runItem('delete', { ...wartung, catalogServiceItemId: pick.id(C.wartungTitel) });

		const path = `/api/v1/account/catalog_services/${C.wartung}/items`;
		expect(requestLines(sim())).toEqual([`GET ${path}/${C.wartungUpdates}`, `PUT ${path}/${C.wartungUpdates}`, `DELETE ${path}/${C.wartungTitel}`]);
		expect(got.items[0].json).toMatchObject({ id: C.wartungUpdates, title: 'Updates und Backups', net_total: 440 });
		expect(bodies(sim())).toEqual([{ quantity: 6 }, undefined]);
		expect(updated.items[0].json).toMatchObject({ quantity: 6, unit_price: 110, net_total: 660 });
		expect(deleted.items.map((entry) => entry.json)).toEqual([{ deleted: true }]);
	});

	test('an item of another service: MOCO’s 404 in its words', async () => {
		const result = await runItem('get', { catalogServiceId: pick.id(C.workshop), catalogServiceItemId: pick.id(C.wartungUpdates) });

		expect(result.error).toMatchObject({ httpCode: '404' });
	});

	test.each([
		[{ type: 'Zeile' }, 'Type must be one of item, title, description, subtotal, page-break, separator, not "Zeile" (item 0)'],
		[{ additionalFields: { quantity: 'vier' } }, 'Quantity must be a number, not "vier" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await runItem('create', { ...wartung, type: 'item', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('From list: the items of the service chosen', async () => {
		const found = await listSearch('searchCatalogServiceItems', 'backup', undefined, undefined, { resource: 'catalogServiceItem', operation: 'get', catalogServiceId: pick.id(C.wartung) });

		expect(found.results).toEqual([{ name: 'Updates und Backups, 440', value: String(C.wartungUpdates) }]);
		expect(requestLines(sim())).toEqual([`GET /api/v1/account/catalog_services/${C.wartung}`]);
	});
});

describeRefusals(
	'catalogService',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { title: 'Hosting' } },
		{ operation: 'update', method: 'PUT', parameters: { catalogServiceId: pick.id(C.wartung), updateFields: { title: 'Wartung' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { catalogServiceId: pick.id(C.wartung) } },
	],
	VERSION,
);

describeRefusals(
	'catalogServiceItem',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { ...wartung, type: 'title', additionalFields: { title: 'Extras' } } },
		{ operation: 'update', method: 'PUT', parameters: { ...wartung, catalogServiceItemId: pick.id(C.wartungUpdates), updateFields: { unit: 'Std.' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { ...wartung, catalogServiceItemId: pick.id(C.wartungUpdates) } },
	],
	VERSION,
);
