import type { INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { catalogServiceItemRecord, catalogServiceRecord } from './record';

export const catalogService: ResourceSpec = {
	value: 'catalogService',
	record: catalogServiceRecord,
	fields: [{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Website-Wartung', description: 'The service’s title in the catalogue' }],
	filters: GLOBAL_FILTERS,
};

const amount = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'number', description });
const flag = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'boolean', description });

/** A row as an invoice's: a title, a text, an item priced by quantity × unit price or a net total, a subtotal. */
export const catalogServiceItem: ResourceSpec = {
	value: 'catalogServiceItem',
	record: catalogServiceItemRecord,
	fields: [
		{
			name: 'type',
			displayName: 'Type',
			api: 'type',
			kind: 'enum',
			required: true,
			options: [
				{ name: 'Item', value: 'item' },
				{ name: 'Title', value: 'title' },
				{ name: 'Description', value: 'description' },
				{ name: 'Subtotal', value: 'subtotal' },
				{ name: 'Page Break', value: 'page-break' },
				{ name: 'Separator', value: 'separator' },
			],
			description: 'The kind of row',
		},
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', placeholder: 'e.g. Wartung', description: 'The heading or the name of the service' },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText', description: 'Text below an item, or a row of text' },
		amount('quantity', 'Quantity', 'quantity', 'How many units, e.g. hours'),
		{ name: 'unit', displayName: 'Unit', api: 'unit', kind: 'text', placeholder: 'e.g. h', description: 'The unit, e.g. h or Stk.' },
		amount('unitPrice', 'Unit Price', 'unit_price', 'The price of one unit'),
		amount('unitCost', 'Unit Cost', 'unit_cost', 'What one unit costs the agency'),
		amount('netTotal', 'Net Total', 'net_total', 'The row’s net amount, for a lump sum without quantity and unit price'),
		flag('optional', 'Optional', 'optional', 'Whether the item is optional: shown, but not in the total'),
		flag('part', 'Part', 'part', 'Whether the item is part of a group of items'),
		flag('additional', 'Additional Service', 'additional', 'Whether the item is an additional service (expense)'),
		{
			name: 'subtotalType',
			displayName: 'Subtotal Type',
			api: 'subtotal_type',
			kind: 'enum',
			options: [
				{ name: 'Subtotal', value: 'sub_total' },
				{ name: 'Part Total', value: 'part_total' },
			],
			description: 'Which kind of sum a subtotal row prints',
		},
	],
};

export const catalogServiceDescription: INodeProperties[] = [
	operationList(catalogService, {
		create: { action: 'Create a catalog service', description: 'Add a service to the catalogue; add its rows with Catalog Service Item' },
		delete: { action: 'Delete a catalog service', description: 'Delete a service and its rows from the catalogue' },
		get: { action: 'Get a catalog service', description: 'Retrieve one service with its rows' },
		getAll: { action: 'Get many catalog services', description: 'Retrieve the catalogue’s services with their rows' },
		update: { action: 'Rename a catalog service', description: 'Change a service’s title (its rows through Catalog Service Item)' },
	}),
	...resourceProperties(catalogService, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];

export const catalogServiceItemDescription: INodeProperties[] = [
	operationList(
		catalogServiceItem,
		{
			create: { action: 'Add an item to a catalog service', description: 'Add a row to a service of the catalogue' },
			delete: { action: 'Delete a catalog service item', description: 'Delete a row of a catalog service' },
			get: { action: 'Get a catalog service item', description: 'Retrieve one row of a catalog service' },
			update: { action: 'Update a catalog service item', description: 'Change the fields you set on a row; everything else stays as it is' },
		},
		[],
		'create',
	),
	...resourceProperties(catalogServiceItem, { onParent: ['create'], onRecord: ['delete', 'get', 'update'], create: true, update: true }),
];
