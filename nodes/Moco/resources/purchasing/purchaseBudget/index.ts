import type { INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes, type ResourceSpec } from '../../../shared/pipeline';
import { additionalProperties } from '../../../shared/fieldTable';
import { purchaseBudgetRecord } from './record';

const year = (description: string): FieldRow => ({ name: 'year', displayName: 'Year', api: 'year', kind: 'integer', min: 2000, max: 2100, placeholder: 'e.g. 2026', description });

/** Purchase budgets: a title, a cost category, and a target amount per year. */
export const purchaseBudget: ResourceSpec = {
	value: 'purchaseBudget',
	record: purchaseBudgetRecord,
	fields: [
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Marketing' },
		{ name: 'costCategory', displayName: 'Cost Category', api: 'cost_category', kind: 'text', placeholder: 'e.g. KST-40', description: 'The cost category (Kostenstelle) identifier' },
		{ name: 'active', displayName: 'Active', api: 'active', kind: 'boolean', default: true, description: 'Whether purchases can still be booked against the budget' },
	],
	// MOCO's list takes no IDs or Updated After here, only the year its figures are for.
	filters: [year('The year whose target, planned and spent amounts the budgets show; empty: this year')],
};

const targetFields: FieldRow[] = [{ name: 'targetAmount', displayName: 'Target Amount', api: 'target_amount', kind: 'number', required: true, min: 0, description: 'The budget’s target for the year, in the account’s currency' }];
const targetOptions: FieldRow[] = [year('The year the target is for; empty: this year')];

export const purchaseBudgetDescription: INodeProperties[] = [
	operationList(
		purchaseBudget,
		{
			create: { action: 'Create a purchase budget', description: 'Create a budget purchases and planned purchases count against' },
			delete: { action: 'Delete a purchase budget', description: 'Delete a budget without planned purchases' },
			getAll: { action: 'Get many purchase budgets', description: 'Retrieve the budgets with their target, planned, spent and remaining amounts for a year' },
			update: { action: 'Update a purchase budget', description: 'Change a budget’s title, cost category or state; only the fields set are sent' },
		},
		[
			{
				name: 'Set Yearly Target',
				value: 'setTarget',
				action: 'Set the yearly target of a purchase budget',
				description: 'Set how much a budget may spend in a year',
				routing: routes.action(purchaseBudget, 'PUT', '/target', { fields: targetFields, options: targetOptions }),
			},
		],
	),
	...resourceProperties(purchaseBudget, { onRecord: ['delete', 'setTarget', 'update'], create: true, getAll: true, update: true }),
	...operationFields('purchaseBudget', 'setTarget', targetFields),
	...additionalProperties('purchaseBudget', 'setTarget', targetOptions),
];
