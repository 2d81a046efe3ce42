import type { IDataObject } from 'n8n-workflow';

import type { LineItemSpec } from '../../../shared/lineItems';

/** An item is priced by quantity × unit price, or by a net total alone (a lump sum). */
const priced = (row: IDataObject) =>
	('quantity' in row && 'unit_price' in row) || 'net_total' in row ? undefined : 'an item row needs quantity and unit_price, or a net_total';

/** The rows of an invoice, as POST /invoices takes them (`items`). */
export const invoiceLines: LineItemSpec = {
	document: 'invoice',
	types: [
		{ value: 'title', name: 'Title', fields: ['title'], required: ['title'] },
		{ value: 'description', name: 'Description', fields: ['description'], required: ['description'] },
		{
			value: 'item',
			name: 'Item',
			fields: ['title', 'description', 'quantity', 'unit', 'unit_price', 'net_total', 'optional', 'additional', 'revenue_category_id', 'activity_ids', 'expense_ids'],
			required: ['title'],
			rule: priced,
		},
		{ value: 'subtotal', name: 'Subtotal', fields: ['subtotal_type'] },
		{ value: 'page-break', name: 'Page Break', fields: [] },
		{ value: 'separator', name: 'Separator', fields: [] },
	],
	fields: [
		{ api: 'title', displayName: 'Title', kind: 'text', description: 'The heading or the name of the service' },
		{ api: 'description', displayName: 'Description', kind: 'longText', description: 'Text below an item, or a row of text' },
		{ api: 'quantity', displayName: 'Quantity', kind: 'number', description: 'How many units, e.g. hours' },
		{ api: 'unit', displayName: 'Unit', kind: 'text', description: 'The unit, e.g. h or Stk.' },
		{ api: 'unit_price', displayName: 'Unit Price', kind: 'number', description: 'The price of one unit, in the invoice currency' },
		{ api: 'net_total', displayName: 'Net Total', kind: 'number', description: 'The row’s net amount, for a lump sum without quantity and unit price' },
		{ api: 'optional', displayName: 'Optional', kind: 'boolean', description: 'Whether the item is optional: shown, but not in the total' },
		{ api: 'additional', displayName: 'Additional Service', kind: 'boolean', description: 'Whether the item is an additional service (expense)' },
		{ api: 'revenue_category_id', displayName: 'Revenue Category ID', kind: 'integer', description: 'The revenue category (Erlöskategorie) the amount is booked to' },
		{ api: 'activity_ids', displayName: 'Activity IDs', kind: 'ids', description: 'Time entries this item bills, IDs separated by commas: MOCO marks them billed' },
		{ api: 'expense_ids', displayName: 'Expense IDs', kind: 'ids', description: 'Additional services (expenses) this item bills, IDs separated by commas' },
		{
			api: 'subtotal_type',
			displayName: 'Subtotal Type',
			kind: 'enum',
			options: [
				{ name: 'Subtotal', value: 'sub_total' },
				{ name: 'Part Total', value: 'part_total' },
			],
			description: 'Which kind of sum MOCO prints',
		},
	],
	example: [
		{ type: 'title', title: 'Leistungen Januar' },
		{ type: 'item', title: 'Entwicklung', quantity: 12.5, unit: 'h', unit_price: 110 },
		{ type: 'subtotal' },
	],
};
