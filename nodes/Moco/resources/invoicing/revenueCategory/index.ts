import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { revenueCategoryRecord } from './record';

/** Revenue categories: what task hours and project expenses are booked to in the accounting export. */
export const revenueCategory: ResourceSpec = {
	value: 'revenueCategory',
	record: revenueCategoryRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Entwicklung' },
		{ name: 'revenueAccount', displayName: 'Revenue Account', api: 'revenue_account', kind: 'integer', min: 1, description: 'The account number revenue is booked to, e.g. 8400' },
		{ name: 'costCategory', displayName: 'Cost Category', api: 'cost_category', kind: 'text', placeholder: 'e.g. KST-10', description: 'The cost category (Kostenstelle) identifier for the export' },
		{
			name: 'assignmentKind',
			displayName: 'Used For',
			api: 'assignment_kind',
			kind: 'enum',
			options: [
				{ name: 'Tasks and Expenses', value: 'tasks_and_expenses' },
				{ name: 'Only Tasks', value: 'only_tasks' },
				{ name: 'Only Expenses', value: 'only_expenses' },
			],
			description: 'What the category can be chosen for: project tasks, project expenses, or both',
		},
	],
	filters: [
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', description: 'Only categories whose name or revenue account contains this text' },
		{ name: 'revenueAccount', displayName: 'Revenue Account', api: 'revenue_account', kind: 'integer', min: 1, description: 'Only categories booked to this revenue account' },
		{ name: 'costCategory', displayName: 'Cost Category', api: 'cost_category', kind: 'text', description: 'Only categories with this cost category identifier' },
		...GLOBAL_FILTERS,
	],
};

export const revenueCategoryDescription: INodeProperties[] = [
	operationList(revenueCategory, {
		create: { action: 'Create a revenue category', description: 'Create a category that task hours and expenses are booked to' },
		delete: { action: 'Delete a revenue category', description: 'Delete a revenue category' },
		get: { action: 'Get a revenue category', description: 'Retrieve one revenue category' },
		getAll: { action: 'Get many revenue categories', description: 'Retrieve the revenue categories, filtered by name, account or cost category' },
		update: { action: 'Update a revenue category', description: 'Change a revenue category; only the fields set are sent' },
	}),
	...resourceProperties(revenueCategory, { onRecord: ['get', 'update', 'delete'], create: true, getAll: true, update: true }),
];
