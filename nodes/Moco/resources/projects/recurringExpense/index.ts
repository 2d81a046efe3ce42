import type { INodeProperties } from 'n8n-workflow';

import { filterProperties } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { resourceProperties, routes, sortRows } from '../../../shared/pipeline';
import { allRecurringExpenses, recurringExpense } from './fields';

export const recurringExpenseDescription: INodeProperties[] = [
	operationList(
		recurringExpense,
		{
			create: { action: 'Create a recurring expense', description: 'Add a service MOCO books on a project every period, e.g. monthly hosting' },
			delete: { action: 'Delete a recurring expense', description: 'Stop a recurring service; the expenses already booked stay' },
			get: { action: 'Get a recurring expense', description: 'Retrieve one recurring service of a project' },
			getAll: { action: 'Get many recurring expenses of a project', description: 'Retrieve the recurring services of one project' },
			update: { action: 'Update a recurring expense', description: 'Change the fields you set (not the start or the period); everything else stays as it is' },
		},
		[
			{
				name: 'Get Many Across Projects',
				value: 'getAllAcross',
				action: 'Get many recurring expenses across projects',
				description: 'Retrieve the recurring services of every project',
				routing: routes.getAll(allRecurringExpenses, '/recurring_expenses'),
			},
			{
				name: 'Recur Now',
				value: 'recur',
				action: 'Book a recurring expense now',
				description: 'Book the next expense of a recurring service now instead of on its date; outputs the expense MOCO made',
				routing: routes.action(recurringExpense, 'POST', '/recur'),
			},
		],
	),
	...resourceProperties(recurringExpense, {
		onParent: ['create', 'getAll'],
		onRecord: ['delete', 'get', 'recur', 'update'],
		create: true,
		update: true,
		getAll: true,
		moreLists: ['getAllAcross'],
	}),
	...filterProperties('recurringExpense', [...(allRecurringExpenses.filters ?? []), ...sortRows(allRecurringExpenses)], 'getAllAcross'),
];
