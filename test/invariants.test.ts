import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { useSimulator } from './harness';
import { operationsOf, ownPicker, propertiesOf, propertyOf, resources } from './harness/description';
import { byId, existing as existingIn, filtersOf, run, sample, withCompanions as withCompanionsIn } from './harness/walk';

/**
 * Rules every resource keeps, checked by walking the node's description (version 1.1), so a
 * resource is covered the day it is added:
 * - each Update field set alone produces a body with exactly that field; an empty update sends nothing;
 * - every Get Many filter reaches every page; Return All over 3 pages is 3 requests, Limit 5 is 1;
 * - a bad ID (`abc`, `5/../x`) sends nothing;
 * - every Delete outputs `{deleted: true}`;
 * - a field shown alike on several operations or in both versions is one property (n8n-core resolves a
 *   parameter's expressions once per same-named property, for every item, before any request).
 */
const sim = useSimulator();
const existing = (resource: string) => existingIn(sim, resource);
const withCompanions = (resource: string, parameters: INodeParameters, filters: Record<string, unknown>) => withCompanionsIn(sim, resource, parameters, filters);

/** MOCO answers the first two pages with `records` records and a next link, then the simulator answers. */
function threePages(path: string, records: number) {
	const rows = Array.from({ length: records }, (_, index) => ({ id: 1000 + index, name: `Row ${index}` }));
	for (const page of [1, 2]) {
		sim().injectFault(
			{ method: 'GET', path },
			{ status: 200, body: JSON.stringify(rows), headers: { 'content-type': 'application/json', link: `<https://acme.mocoapp.com/api/v1${path}?page=${page + 1}>; rel="next"` } },
		);
	}
}

const listPath = (url: string) => url.replace(/\?.*$/, '');

describe.each(resources)('%s', (resource) => {
	const operations = operationsOf(resource);

	if (operations.includes('update')) {
		const updateFields = propertyOf(resource, 'update', 'updateFields');
		const fields = (updateFields?.options ?? []) as INodeProperties[];

		test('has its fields in Update Fields', () => {
			expect(fields.length).toBeGreaterThan(0);
		});

		test.each(fields.map((field) => [field.displayName, field] as const))('Update with only %s sends a body with exactly that field', async (_name, field) => {
			const { parent, ids } = await existing(resource);

			const result = await run(resource, 'update', { ...parent, [ownPicker(resource) as string]: byId(ids[0]), updateFields: { [field.name]: sample(field) } as INodeParameters });

			const put = sim().requests.filter((request) => request.method === 'PUT' || request.method === 'PATCH');
			// A field MOCO takes only with another (a task within its project) is refused in plain words naming it, with nothing sent.
			if (put.length === 0 && result.error?.message.startsWith(`${field.displayName} `)) {
				expect(sim().requests).toEqual([]);
				return;
			}
			expect(put).toHaveLength(1);
			expect(Object.keys(put[0].json as object)).toHaveLength(1);
		});

		test('an empty update sends nothing', async () => {
			const { parent, ids } = await existing(resource);

			const result = await run(resource, 'update', { ...parent, [ownPicker(resource) as string]: byId(ids[0]), updateFields: {} });

			expect(result.error?.message).toMatch(/^Update has nothing to change/);
			expect(sim().requests).toEqual([]);
		});
	}

	if (operations.includes('getAll')) {
		test('Return All over 3 pages is 3 requests; Limit 5 is 1', async () => {
			const { parent } = await existing(resource);
			const all = await run(resource, 'getAll', { ...parent, returnAll: true });
			const path = listPath(sim().requests[0].path.replace('/api/v1', ''));
			sim().clearRequests();
			expect(all.error).toBeUndefined();

			threePages(path, 6);
			await run(resource, 'getAll', { ...parent, returnAll: true });
			expect(sim().requests.map((request) => request.query.page)).toEqual([undefined, '2', '3']);

			sim().clearRequests();
			threePages(path, 6);
			const limited = await run(resource, 'getAll', { ...parent, returnAll: false, limit: 5 });
			expect(sim().requests).toHaveLength(1);
			expect(limited.items).toHaveLength(5);
		});

		const filters = filtersOf(resource);
		const plain = filters.filter((filter) => filter.name !== 'sortDirection');
		if (plain.length > 0) test.each(plain.map((filter) => [filter.displayName, filter] as const))('the %s filter reaches every page', async (_name, filter) => {
			const { parent } = await existing(resource);
			await run(resource, 'getAll', { ...parent, returnAll: true });
			const path = listPath(sim().requests[0].path.replace('/api/v1', ''));
			const unfiltered = sim().requests[0].query;
			sim().clearRequests();

			threePages(path, 3);
			await withCompanions(resource, { ...parent, returnAll: true }, { [filter.name]: sample(filter) });

			const pages = sim().requests.filter((request) => listPath(request.path) === `/api/v1${path}`);
			expect(pages).toHaveLength(3);
			const added = Object.keys(pages[0].query).filter((name) => !(name in unfiltered) && name !== 'page');
			expect(added.length).toBeGreaterThan(0);
			for (const page of pages) {
				for (const name of added) expect(page.query[name]).toBe(pages[0].query[name]);
				expect(page.url.split(/[?&]/).filter((part) => part.startsWith(`${encodeURIComponent(added[0])}=`))).toHaveLength(1);
			}
		});
	}

	const onRecord = operations.filter((operation) => ownPicker(resource) && propertyOf(resource, operation, ownPicker(resource) as string));
	// Reports act on no record: nothing to pick.
	if (onRecord.length > 0) test.each(onRecord.flatMap((operation) => [[operation, 'abc'] as const, [operation, '5/../x'] as const]))('%s with the ID %p sends nothing', async (operation, bad) => {
		const { parent } = await existing(resource);

		const result = await run(resource, operation, { ...parent, [ownPicker(resource) as string]: byId(bad), updateFields: { x: 1 } });

		expect(result.error?.message).toMatch(/ID must be a positive whole number/);
		expect(sim().requests).toEqual([]);
	});

	test('no two properties of one name are alike but for one operation list or version', () => {
		const seen: Array<{ shape: string; show: Record<string, unknown> }> = [];
		for (const { displayOptions, ...property } of propertiesOf(resource)) {
			const shape = JSON.stringify(property);
			const show = (displayOptions?.show ?? {}) as Record<string, unknown>;
			const differsInOne = (other: Record<string, unknown>) =>
				[...new Set([...Object.keys(show), ...Object.keys(other)])].filter((key) => JSON.stringify(show[key]) !== JSON.stringify(other[key])).length === 1;
			const twin = seen.find((earlier) => earlier.shape === shape && differsInOne(earlier.show));
			expect({ name: property.name, twinShownFor: twin?.show }).toEqual({ name: property.name, twinShownFor: undefined });
			seen.push({ shape, show });
		}
	});

	if (operations.includes('delete')) {
		test('Delete outputs {deleted: true}', async () => {
			const { parent, ids } = await existing(resource);
			// Some records MOCO keeps (billed hours, users in a team): the first it lets go will do.
			for (const id of ids.slice(0, 10)) {
				const result = await run(resource, 'delete', { ...parent, [ownPicker(resource) as string]: byId(id) }, true);
				if (result.items[0]?.json.error) continue;
				expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
				return;
			}
			throw new Error(`no ${resource} among the first records could be deleted`);
		});
	}
});
