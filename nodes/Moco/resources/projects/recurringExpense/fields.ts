import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { projectRecord } from '../project/record';
import { expenseRows } from '../projectExpense/fields';

/** A recurring additional service of a project: picked within the project chosen first. */
export const recurringExpenseRecord: RecordType = {
	noun: 'recurring expense',
	label: 'Recurring Expense',
	path: '/projects/:projectId/recurring_expenses',
	title: (recurring: IDataObject) => [String(recurring.title ?? ''), String(recurring.period ?? ''), recurring.recur_next_date ? `next ${String(recurring.recur_next_date)}` : ''].filter(Boolean).join(', '),
	searchListMethod: 'searchRecurringExpenses',
	exampleId: '5880001',
	parent: { param: 'projectId', record: projectRecord },
};

const PERIODS = [
	{ name: 'Weekly', value: 'weekly' },
	{ name: 'Every Two Weeks', value: 'biweekly' },
	{ name: 'Monthly', value: 'monthly' },
	{ name: 'Quarterly', value: 'quarterly' },
	{ name: 'Every Six Months', value: 'biannual' },
	{ name: 'Yearly', value: 'annual' },
	{ name: 'Every Two Years', value: 'annual2' },
	{ name: 'Every Three Years', value: 'annual3' },
];

/** The end, where given, is not before the start. */
function checkRecurring(this: IExecuteSingleFunctions, { fields }: CheckedValues): void {
	const [start, finish] = [fields.start_date, fields.finish_date];
	if (typeof start === 'string' && typeof finish === 'string' && finish < start) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Finish Date', `(${finish}) must not be before the Start Date (${start})`);
	}
}

/** A recurring additional service (`/projects/{id}/recurring_expenses`): MOCO books it as an expense every period. */
export const recurringExpense: ResourceSpec = {
	value: 'recurringExpense',
	record: recurringExpenseRecord,
	fields: [
		// MOCO fixes the start and the period at creation.
		{ name: 'startDate', displayName: 'Start Date', api: 'start_date', kind: 'date', required: true, update: false, description: 'The first day MOCO books the service, sent as YYYY-MM-DD' },
		{ name: 'period', displayName: 'Period', api: 'period', kind: 'enum', options: PERIODS, default: 'monthly', required: true, update: false, description: 'How often MOCO books the service' },
		...expenseRows,
		{ name: 'finishDate', displayName: 'Finish Date', api: 'finish_date', kind: 'date', description: 'The last day MOCO books the service; empty: no end' },
		{
			name: 'servicePeriodDirection',
			displayName: 'Service Period',
			api: 'service_period_direction',
			kind: 'enum',
			options: [
				{ name: 'None', value: 'none', description: 'The expenses carry no service period' },
				{ name: 'Forward', value: 'forward', description: 'The period starting on the booking day (billing in advance)' },
				{ name: 'Backward', value: 'backward', description: 'The period ending before the booking day (billing in arrears)' },
			],
			description: 'Which period each booked expense covers (MOCO’s default: None)',
		},
	],
	// MOCO's own list takes no filters but the global ones and Sort By.
	filters: [GLOBAL_FILTERS[1]],
	sortBy: ['Title', 'Start Date', 'Finish Date', 'Recur Next Date', 'Created At'].map((name) => ({ name, value: name.toLowerCase().replace(/ /g, '_') })),
	check: checkRecurring,
};

/** Recurring expenses of every project (`/recurring_expenses`), also narrowed to one project. */
export const allRecurringExpenses: ResourceSpec = {
	...recurringExpense,
	filters: [
		{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'Only the recurring expenses of this project' },
		...GLOBAL_FILTERS,
	],
};
