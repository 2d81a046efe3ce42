import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import type { MocoSimulator } from '../simulator';
import { VERSION, operationsOf, ownPicker, parentPicker, propertyOf, resources } from './description';
import { runNode } from './run';
import { byId, sample } from './sample';

export { byId, sample };

/**
 * Walking the node's description to check rules over every resource (test/invariants.test.ts,
 * test/shared/rows.test.ts): a value for any field, a run in the newest version, records to act on.
 */
export const run = (resource: string, operation: string, parameters: INodeParameters, continueOnFail = false) =>
	runNode({ parameters: { resource, operation, ...parameters }, typeVersion: VERSION, continueOnFail });

/** IDs that exist: a parent for nested resources, then records of the resource itself. */
export async function existing(sim: () => MocoSimulator, resource: string): Promise<{ parent: INodeParameters; ids: number[] }> {
	const parent: INodeParameters = {};
	const parentParam = parentPicker(resource);
	if (parentParam) {
		const owner = resources.find((candidate) => ownPicker(candidate) === parentParam) as string;
		const { ids } = await existing(sim, owner);
		parent[parentParam] = byId(ids[0]);
		// Records MOCO lists only inside their parent (a catalog service's items): the parent's Get shows them.
		if (!operationsOf(resource).includes('getAll')) {
			const got = await run(owner, 'get', { [parentParam]: byId(ids[0]) });
			sim().clearRequests();
			return { parent, ids: ((got.items[0]?.json.items ?? []) as Array<{ id: number }>).map((item) => item.id) };
		}
	}
	// Archived records too, where the list offers them: they are often the ones MOCO lets go.
	const archived = filtersOf(resource).some((filter) => filter.name === 'includeArchived') ? { filters: { includeArchived: true } } : {};
	const list = await run(resource, 'getAll', { ...parent, ...archived, returnAll: true, simplify: false });
	sim().clearRequests();
	return { parent, ids: list.items.map((item) => item.json.id as number) };
}

export const filtersOf = (resource: string) => (propertyOf(resource, 'getAll', 'filters')?.options ?? []) as INodeProperties[];

/**
 * Runs with these filters; a filter MOCO takes only together with another (From with To, Custom
 * Properties with Type) is refused alone in words that name the other, so that one is added.
 */
export async function withCompanions(sim: () => MocoSimulator, resource: string, parameters: INodeParameters, filters: Record<string, unknown>) {
	const first = await run(resource, 'getAll', { ...parameters, filters: filters as INodeParameters });
	if (!first.error || sim().requests.length > 0) return first;
	const named = filtersOf(resource).filter((filter) => !(filter.name in filters) && new RegExp(`\\b${filter.displayName}\\b`).test(first.error?.message ?? ''));
	if (named.length === 0) return first;
	return await run(resource, 'getAll', { ...parameters, filters: { ...filters, ...Object.fromEntries(named.map((filter) => [filter.name, sample(filter)])) } as INodeParameters });
}
