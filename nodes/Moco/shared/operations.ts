import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { routes, type ResourceSpec } from './pipeline';

export type StandardOperation = 'create' | 'delete' | 'get' | 'getAll' | 'update';

const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);

/**
 * The standard operations of a resource on the pipeline, each with its routing and an action that
 * reads well as an AI tool's name ("Create a deal", "Get many deal categories"). Only the
 * descriptions differ between resources; an operation left out is not offered.
 */
export function standardOperations(spec: ResourceSpec, descriptions: Partial<Record<StandardOperation, string>>): INodePropertyOptions[] {
	const { noun } = spec.record;
	const all: Record<StandardOperation, Omit<INodePropertyOptions, 'description'>> = {
		create: { name: 'Create', value: 'create', action: `Create a ${noun}`, routing: routes.create(spec) },
		delete: { name: 'Delete', value: 'delete', action: `Delete a ${noun}`, routing: routes.delete(spec) },
		get: { name: 'Get', value: 'get', action: `Get a ${noun}`, routing: routes.get(spec) },
		getAll: { name: 'Get Many', value: 'getAll', action: `Get many ${plural(noun)}`, routing: routes.getAll(spec) },
		update: { name: 'Update', value: 'update', action: `Update a ${noun}`, routing: routes.update(spec) },
	};
	return (Object.keys(descriptions) as StandardOperation[]).map((operation) => ({ ...all[operation], description: descriptions[operation] }));
}

/** A resource's Operation parameter: its options in alphabetical order, as n8n lists them. */
export function operationProperty(resource: string, options: INodePropertyOptions[], defaultOperation: string): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
}
