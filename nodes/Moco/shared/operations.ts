import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { routes, type ResourceSpec } from './pipeline';

/** What an operation says about itself: `action` reads as an AI tool's name ("Create an absence"). */
export interface OperationWords {
	action: string;
	description: string;
}

type Standard = 'create' | 'delete' | 'get' | 'getAll' | 'update';

const STANDARD: Record<Standard, { name: string; routing: (spec: ResourceSpec) => INodePropertyOptions['routing'] }> = {
	create: { name: 'Create', routing: routes.create },
	delete: { name: 'Delete', routing: routes.delete },
	get: { name: 'Get', routing: routes.get },
	getAll: { name: 'Get Many', routing: (spec) => routes.getAll(spec) },
	update: { name: 'Update', routing: routes.update },
};

/** A resource's Operation parameter: its standard operations routed by the pipeline, plus its own. */
export function operationList(
	spec: ResourceSpec,
	words: Partial<Record<Standard, OperationWords>>,
	extra: INodePropertyOptions[] = [],
	defaultOperation = 'getAll',
): INodeProperties {
	const standard = (Object.entries(words) as Array<[Standard, OperationWords]>).map(([value, { action, description }]) => ({
		name: STANDARD[value].name,
		value,
		action,
		description,
		routing: STANDARD[value].routing(spec),
	}));
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [spec.value] } },
		options: [...standard, ...extra].sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
}
