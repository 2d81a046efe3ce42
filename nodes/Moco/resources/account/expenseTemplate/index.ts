import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { revenueCategoryField } from '../../invoicing/revenueCategory/record';

/** An expense (a licence, hosting) that projects can add with its price; known by its title. */
export const expenseTemplateRecord: RecordType = {
	noun: 'expense template',
	label: 'Expense Template',
	path: '/account/expense_templates',
	key: { mode: 'title', title: 'Title', field: 'title', placeholder: 'e.g. Hosting', caseInsensitive: true },
	title: (template: IDataObject) => `${String(template.title)} (${String(template.unit_price)} ${String(template.currency ?? '')})`.replace(' )', ')'),
	searchListMethod: 'searchExpenseTemplates',
	exampleId: '7701',
};

export const expenseTemplate: ResourceSpec = {
	value: 'expenseTemplate',
	record: expenseTemplateRecord,
	fields: [
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Hosting', description: 'The expense’s title' },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText' },
		{ name: 'unit', displayName: 'Unit', api: 'unit', kind: 'text', placeholder: 'e.g. Monat', description: 'The unit it is counted in' },
		{ name: 'unitPrice', displayName: 'Unit Price', api: 'unit_price', kind: 'number', description: 'The price per unit charged to the customer, in the account’s currency' },
		{ name: 'unitCost', displayName: 'Unit Cost', api: 'unit_cost', kind: 'number', description: 'What one unit costs the agency, in the account’s currency' },
		revenueCategoryField,
	],
	filters: GLOBAL_FILTERS,
};

export const expenseTemplateDescription: INodeProperties[] = [
	operationList(expenseTemplate, {
		create: { action: 'Create an expense template', description: 'Add an expense projects can add with its price and cost' },
		delete: { action: 'Delete an expense template', description: 'Delete an expense template; expenses already added stay' },
		get: { action: 'Get an expense template', description: 'Retrieve one expense template' },
		getAll: { action: 'Get many expense templates', description: 'Retrieve the account’s expense templates' },
		update: { action: 'Update an expense template', description: 'Change the fields you set on an expense template; everything else stays as it is' },
	}),
	...resourceProperties(expenseTemplate, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
