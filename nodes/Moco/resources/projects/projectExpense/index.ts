import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { filterProperties } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { optionalFileField, withOptionalFile } from '../../../shared/optionalFile';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { pickedRecordId } from '../../../shared/resolve';
import { bulkProperties, idsAsArray, idsOf, oneItemPerRecord, sendRows, type BulkRows } from '../../../shared/rows';
import { projectRecord } from '../project/record';
import { allProjectExpenses, checkPeriod, disregardFields, expenseFile, projectExpense } from './fields';
import { param } from '../../../shared/scope';

/** Create Many: MOCO's bulk rows take the expense's own fields and custom fields, but no user. */
const expenseRows: BulkRows = {
	noun: 'expense',
	name: 'expenses',
	property: 'bulk_data',
	requiredFor: 'add expenses',
	// A row editor shows every switch: one left off where MOCO's default is off is not sent.
	fields: projectExpense.fields
		.filter((row) => row.name !== 'userId')
		.map((row) => (row.kind === 'boolean' && row.default === undefined ? { ...row, omitFalse: true } : row)),
	example: { date: '2026-01-05', title: 'Hosting Januar', quantity: 1, unit: 'Monat', unit_price: 180, unit_cost: 120 },
	check(fields, label) {
		checkPeriod.call(this, fields, true, label);
	},
};

/** MOCO answers 204: the item says which expenses of which project were marked. */
async function markedBilled(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { project_id: await pickedRecordId.call(this, projectRecord), expense_ids: idsOf(param.call(this, 'expenseIds', '')), billed: true } }];
}

const bulk = routes.collection(projectExpense, 'POST', `${projectExpense.record.path}/bulk`, {}, [oneItemPerRecord]);
const disregard = routes.collection(projectExpense, 'POST', `${projectExpense.record.path}/disregard`, { fields: disregardFields }, [markedBilled]);
const after = (routing: INodePropertyOptions['routing'], preSend: PreSendAction) => ({ ...routing, send: { preSend: [...(routing?.send?.preSend ?? []), preSend] } });

const operations = operationList(
	projectExpense,
	{
		create: { action: 'Add an expense to a project', description: 'Add an additional service (e.g. a freelancer’s cost or hosting) to a project, optionally with its receipt from the input item' },
		delete: { action: 'Delete a project expense', description: 'Delete an expense that is not billed' },
		get: { action: 'Get a project expense', description: 'Retrieve one expense of a project' },
		getAll: { action: 'Get many expenses of a project', description: 'Retrieve the expenses of one project' },
		update: { action: 'Update a project expense', description: 'Change the fields you set on an expense; everything else stays as it is' },
	},
	[
		{
			name: 'Create Many',
			value: 'createMany',
			action: 'Add many expenses to a project',
			description: 'Add many expenses to one project in one request, e.g. the rows of a spreadsheet gathered by an Aggregate node',
			// The rows are checked before the project is looked up: a bad row costs no request.
			routing: { ...bulk, send: { preSend: [sendRows(expenseRows), ...(bulk.send?.preSend ?? [])] } },
		},
		{
			name: 'Get Many Across Projects',
			value: 'getAllAcross',
			action: 'Get many expenses across projects',
			description: 'Retrieve the expenses of every project you can see, e.g. those of a month or not billed yet',
			routing: routes.getAll(allProjectExpenses, '/projects/expenses'),
		},
		{
			name: 'Mark as Already Billed',
			value: 'disregard',
			action: 'Mark project expenses as already billed',
			description: 'Mark expenses of a project as billed without invoicing them (e.g. included in a fixed price)',
			routing: after(disregard, idsAsArray('expense_ids')),
		},
	],
);

export const projectExpenseDescription: INodeProperties[] = [
	{ ...operations, options: withOptionalFile(operations.options as INodePropertyOptions[], ['create', 'update'], expenseFile) },
	...resourceProperties(projectExpense, {
		onParent: ['create', 'createMany', 'disregard', 'getAll'],
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		moreLists: ['getAllAcross'],
	}),
	...filterProperties('projectExpense', allProjectExpenses.filters ?? [], 'getAllAcross'),
	...operationFields('projectExpense', 'disregard', disregardFields),
	...bulkProperties('projectExpense', 'createMany', expenseRows),
	optionalFileField(expenseFile, { resource: ['projectExpense'], operation: ['create', 'update'] }),
];
