import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { pluralOf } from './locator';
import { routes, type ResourceSpec } from './pipeline';

export type StandardOperation = 'create' | 'delete' | 'get' | 'getAll' | 'update';

/** What an operation says about itself: `action` reads as an AI tool's name ("Create an absence"). */
export interface OperationWords {
	action: string;
	description: string;
}

const article = (noun: string) => (/^[aeio]/i.test(noun) ? 'an' : 'a');

const NAMES: Record<StandardOperation, string> = { create: 'Create', delete: 'Delete', get: 'Get', getAll: 'Get Many', update: 'Update' };

function routingOf(spec: ResourceSpec, operation: StandardOperation): INodePropertyOptions['routing'] {
	return operation === 'getAll' ? routes.getAll(spec) : routes[operation](spec);
}

/**
 * The standard operations of a resource on the pipeline, each with its routing and an action that
 * reads well as an AI tool's name ("Create a deal", "Get many deal categories"). Only the
 * descriptions differ between resources; an operation left out is not offered.
 */
export function standardOperations(spec: ResourceSpec, descriptions: Partial<Record<StandardOperation, string>>): INodePropertyOptions[] {
	const { noun } = spec.record;
	const actions: Record<StandardOperation, string> = {
		create: `Create ${article(noun)} ${noun}`,
		delete: `Delete ${article(noun)} ${noun}`,
		get: `Get ${article(noun)} ${noun}`,
		getAll: `Get many ${pluralOf(noun)}`,
		update: `Update ${article(noun)} ${noun}`,
	};
	return (Object.keys(descriptions) as StandardOperation[]).map((operation) => ({
		name: NAMES[operation],
		value: operation,
		action: actions[operation],
		description: descriptions[operation],
		routing: routingOf(spec, operation),
	}));
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

/** The same, with each standard operation's own words and the resource's own operations. */
export function operationList(
	spec: ResourceSpec,
	words: Partial<Record<StandardOperation, OperationWords>>,
	extra: INodePropertyOptions[] = [],
	defaultOperation = 'getAll',
): INodeProperties {
	const standard = (Object.entries(words) as Array<[StandardOperation, OperationWords]>).map(([value, { action, description }]) => ({
		name: NAMES[value],
		value,
		action,
		description,
		routing: routingOf(spec, value),
	}));
	return operationProperty(spec.value, [...standard, ...extra], defaultOperation);
}
