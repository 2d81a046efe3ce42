import type { INodeProperties } from 'n8n-workflow';

import { createProperties, filterProperties, property, updateProperties, type FieldRow } from './fieldTable';
import { returnAllAndLimit } from './lists';
import { locatorField, paramOf as recordParam } from './locator';
import type { ResourceSpec } from './pipeline';

export interface PropertyPlan {
	/** Operations that act on one record (its picker is shown). */
	onRecord?: string[];
	/** Operations that act on the parent only (nested resources' Create and Get Many). */
	onParent?: string[];
	create?: boolean;
	update?: boolean;
	getAll?: boolean;
	/** More list operations sharing Get Many's Return All and Limit (one property each, not two). */
	moreLists?: string[];
	/** Operations that return a record Simplify may shorten. */
	simplify?: string[];
}

/** Get Many's Sort By and Sort Direction, where the resource has Sort By choices. */
export function sortRows(spec: ResourceSpec): FieldRow[] {
	if (!spec.sortBy) return [];
	return [
		{ name: 'sortBy', displayName: 'Sort By', api: 'sort_by', kind: 'enum', options: spec.sortBy, description: `The field MOCO sorts the ${spec.record.noun}s by` },
		{
			name: 'sortDirection',
			displayName: 'Sort Direction',
			api: 'sort_direction',
			kind: 'enum',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			description: 'Used together with Sort By',
		},
	];
}

/** Everything a resource shows, built from its table: pickers, forms, filters, Simplify. */
export function resourceProperties(spec: ResourceSpec, plan: PropertyPlan): INodeProperties[] {
	const resource = spec.value;
	const { record } = spec;
	const properties: INodeProperties[] = [];
	if (record.parent) {
		const parent = record.parent;
		properties.push(
			locatorField(parent.record, {
				name: parent.param,
				required: true,
				description: `The MOCO ${parent.record.noun} the ${record.noun} belongs to`,
				show: { resource: [resource], operation: [...(plan.onParent ?? []), ...(plan.onRecord ?? [])] },
			}),
		);
	}
	// One picker for every operation on a record, not one per operation: n8n resolves a
	// parameter's expression once per same-named property for each item, displayed or not.
	if (plan.onRecord?.length) {
		properties.push(
			locatorField(record, {
				name: recordParam(record),
				required: true,
				description: `The MOCO ${record.noun}`,
				show: { resource: [resource], operation: plan.onRecord },
			}),
		);
	}
	if (plan.create) properties.push(...createProperties(resource, spec.fields));
	if (plan.getAll) {
		const show = { resource: [resource], operation: ['getAll'] };
		const sort = sortRows(spec);
		properties.push(...returnAllAndLimit({ ...show, operation: ['getAll', ...(plan.moreLists ?? [])] }), ...filterProperties(resource, [...(spec.filters ?? []), ...sort]));
	}
	if (plan.update) properties.push(...updateProperties(resource, spec.fields));
	if (spec.simplify && plan.simplify?.length) {
		properties.push({
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description: `Whether to return ${spec.simplify.description} instead of the full MOCO record`,
			displayOptions: { show: { resource: [resource], operation: plan.simplify } },
		});
	}
	return properties;
}

/** Top-level parameters of one operation, from rows of a table (an action's own fields). */
export function operationFields(resource: string, operation: string, rows: FieldRow[]): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	return rows.map((row) => property(row, { show, required: row.required }));
}
