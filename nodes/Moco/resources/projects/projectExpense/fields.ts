import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import type { OptionalFile } from '../../../shared/optionalFile';
import { fromNotAfterTo } from '../../../shared/fieldChecks';
import { asBase64 } from '../../../shared/files';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { userRow } from '../../time/planningEntry/period';
import { projectExpenseRecord } from './record';
import { revenueCategoryField } from '../../invoicing/revenueCategory/record';

const money = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'number', required: true, description });

/** What an expense and a recurring expense share: the service, its amounts and how MOCO counts it. */
export const expenseRows: FieldRow[] = [
	{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Hosting XS', description: 'The name of the service' },
	{ name: 'quantity', displayName: 'Quantity', api: 'quantity', kind: 'number', required: true, description: 'How many units, e.g. 3 (months)' },
	{ name: 'unit', displayName: 'Unit', api: 'unit', kind: 'text', required: true, placeholder: 'e.g. Monat', description: 'The unit of the quantity' },
	money('unitPrice', 'Unit Price', 'unit_price', 'The selling price of one unit, in the project’s currency'),
	money('unitCost', 'Unit Cost', 'unit_cost', 'Your own cost of one unit (e.g. the freelancer’s rate), in the project’s currency'),
	{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText' },
	{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', default: true, description: 'Whether the service is billed to the customer (MOCO’s default: yes)' },
	{ name: 'budgetRelevant', displayName: 'Budget Relevant', api: 'budget_relevant', kind: 'boolean', description: 'Whether the service counts against the project budget (MOCO’s default: no)' },
	{
		name: 'purchaseAssignmentLocked',
		displayName: 'Purchase Assignment Locked',
		api: 'purchase_assignment_locked',
		kind: 'boolean',
		description: 'Whether purchases can no longer be assigned to the service',
	},
	userRow('Who is responsible for the service; an active user. Empty: you (the API key’s user).'),
	revenueCategoryField,
	{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Expense', description: 'Values of the custom fields your MOCO account defines for expenses' },
];

const day = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'date', description });

/** A service period has both ends or none (a Create, a bulk row), the end not before the start. */
export function checkPeriod(this: IExecuteSingleFunctions, fields: IDataObject, bothEnds: boolean, label = (field: string) => field): void {
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), label(field), problem);
	const [from, to] = [fields.service_period_from, fields.service_period_to];
	if (bothEnds && (from === undefined) !== (to === undefined)) {
		throw fail(from === undefined ? 'Service Period From' : 'Service Period To', 'is needed as well: MOCO takes a service period with both ends or none');
	}
	if (from !== undefined && to !== undefined && String(to) < String(from)) throw fail('Service Period To', `(${String(to)}) must not be before Service Period From (${String(from)})`);
}

function checkExpense(this: IExecuteSingleFunctions, { fields }: CheckedValues, operation: string): void {
	checkPeriod.call(this, fields, operation === 'create');
	fromNotAfterTo.call(this, fields);
}

const flag = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'boolean', description });

/** The filters of a project's expense list; the list across projects adds its own. */
const listFilters: FieldRow[] = [
	flag('billable', 'Billable', 'billable', 'On: only billable expenses; off: only those not billable'),
	flag('billed', 'Billed', 'billed', 'On: only billed expenses; off: only those not billed yet'),
	flag('budgetRelevant', 'Budget Relevant', 'budget_relevant', 'On: only expenses counted against the budget; off: only the others'),
	userRow('Only the expenses of this user'),
	{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Expense', description: 'Only expenses whose custom fields have these values' },
	GLOBAL_FILTERS[1],
];

/** The expense's receipt (or any document): MOCO takes it as `file: {filename, base64}` on Create and Update. */
export const expenseFile: OptionalFile = {
	param: 'fileBinaryField',
	displayName: 'File From Binary Field',
	description: 'The binary field of the input item holding the expense’s receipt or another document, e.g. "data". Empty: no file is sent (on Update the current one stays).',
	put: (body, file) => {
		body.file = asBase64(file);
	},
};

/** An additional service (expense) of a project (`/projects/{id}/expenses`). */
export const projectExpense: ResourceSpec = {
	value: 'projectExpense',
	record: projectExpenseRecord,
	fields: [
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day of the expense, sent as YYYY-MM-DD' },
		...expenseRows,
		day('servicePeriodFrom', 'Service Period From', 'service_period_from', 'The first day of the service period; give the last day too'),
		day('servicePeriodTo', 'Service Period To', 'service_period_to', 'The last day of the service period; give the first day too'),
		day('plannedPurchaseDate', 'Planned Purchase Date', 'planned_purchase_date', 'When the service is to be bought (where planned purchases are on)'),
		{ name: 'costTotalPlanned', displayName: 'Planned Cost Total', api: 'cost_total_planned', kind: 'number', min: 0, description: 'The planned total of your own cost' },
	],
	filters: listFilters,
	check: checkExpense,
	// A file alone is a change worth an Update.
	file: expenseFile,
};

/** Expenses across all projects (`/projects/expenses`): the list's own filters beside the project list's. */
export const allProjectExpenses: ResourceSpec = {
	...projectExpense,
	filters: [
		day('from', 'From', 'from', 'Only expenses on or after this day'),
		day('to', 'To', 'to', 'Only expenses on or before this day'),
		...listFilters.slice(0, 4),
		{ name: 'tags', displayName: 'Project Tags', api: 'tags', kind: 'tags', description: 'Only expenses of projects with at least one of these tags' },
		...listFilters.slice(4),
		GLOBAL_FILTERS[0],
	],
};

/** Mark as Already Billed: which expenses, and why. */
export const disregardFields: FieldRow[] = [
	{
		name: 'expenseIds',
		displayName: 'Expense IDs',
		api: 'expense_ids',
		kind: 'ids',
		required: true,
		placeholder: 'e.g. 47700001, 47700002',
		description: 'The project’s expenses to mark, IDs separated by commas',
	},
	{ name: 'reason', displayName: 'Reason', api: 'reason', kind: 'text', required: true, placeholder: 'e.g. Included in the fixed price', description: 'Why they are not billed' },
];
