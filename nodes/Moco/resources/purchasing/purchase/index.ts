import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties, INodePropertyOptions, PostReceiveAction, PreSendAction } from 'n8n-workflow';

import { additionalProperties, type FieldRow } from '../../../shared/fieldTable';
import { asForm, fileField, readInputFile } from '../../../shared/files';
import { lineItemProperties } from '../../../shared/lineItemForm';
import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { pickedRecordId } from '../../../shared/resolve';
import { answeredWithoutBody } from '../../../shared/retry';
import { projectRecord } from '../../projects/project/record';
import { purchase } from './fields';
import { purchaseItems } from './items';
import { purchaseRecord } from './record';
import { param } from '../../../shared/scope';

const statusField: FieldRow = {
	name: 'status',
	displayName: 'Status',
	api: 'status',
	kind: 'enum',
	required: true,
	options: [
		{ name: 'Approved', value: 'approved', description: 'Checked and booked: out of the inbox (MOCO stores it as archived)' },
		{ name: 'Pending', value: 'pending', description: 'Back into the purchase inbox' },
	],
	default: 'approved',
	description: 'The purchase’s new status',
};

const assignFields: FieldRow[] = [{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, required: true, description: 'The project the item becomes an expense of' }];
const assignOptions: FieldRow[] = [
	{ name: 'itemId', displayName: 'Item ID', api: 'item_id', kind: 'integer', min: 1, description: 'The purchase item to assign (see the purchase’s items); may stay empty when the purchase has one item' },
	{ name: 'expenseId', displayName: 'Expense ID', api: 'expense_id', kind: 'integer', min: 1, description: 'An existing expense of the project to attach the item to, instead of a new one' },
	{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', description: 'Whether the expense is billed to the customer' },
	{ name: 'budgetRelevant', displayName: 'Budget Relevant', api: 'budget_relevant', kind: 'boolean', description: 'Whether the expense counts against the project budget' },
	{ name: 'surcharge', displayName: 'Surcharge', api: 'surcharge', kind: 'number', min: 0, description: 'A surcharge in percent on the expense when billed' },
	{ name: 'notifyProjectLeader', displayName: 'Notify Project Leader', api: 'notify_project_leader', kind: 'boolean', description: 'Whether MOCO tells the project leader' },
];

/** MOCO answers these actions with the purchase, or with nothing: then the item says what was done. */
function recordOr(summary: (context: IExecuteSingleFunctions) => IDataObject | Promise<IDataObject>): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (items.length > 0 && items[0].json && items[0].json.id !== undefined) return items;
		return [{ json: await summary(this) }];
	};
}

const picked = (context: IExecuteSingleFunctions) => pickedRecordId.call(context, purchaseRecord);
const statusSet = recordOr(async (context) => ({ id: await picked(context), status: param.call(context, 'status', '') as string }));
const assigned = recordOr(async (context) => ({ id: await picked(context), assigned: true }));
const stored = recordOr(async (context) => ({ id: await picked(context), documentStored: true }));

/** The item's file goes as MOCO takes it here: a multipart form with one part, `file`. */
async function documentForm(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	return asForm(requestOptions, {}, { ...(await readInputFile.call(this)), field: 'file' });
}

type Routing = NonNullable<INodePropertyOptions['routing']>;
const bodyless = (routing: Routing, ...more: PreSendAction[]): Routing => ({
	...routing,
	send: { preSend: [...(routing.send?.preSend ?? []), ...more, answeredWithoutBody] },
});
const action = (name: string, value: string, words: string, description: string, routing: INodePropertyOptions['routing']): INodePropertyOptions => ({ name, value, action: words, description, routing });
const show = (...operation: string[]) => ({ resource: ['purchase'], operation });

export const purchaseDescription: INodeProperties[] = [
	operationList(
		purchase,
		{
			create: { action: 'Create a purchase', description: 'Book a supplier’s invoice with its items, optionally with its document from the input item' },
			delete: { action: 'Delete a purchase', description: 'Delete a pending purchase without payments' },
			get: { action: 'Get a purchase', description: 'Retrieve one purchase with its items and payments' },
			getAll: { action: 'Get many purchases', description: 'Retrieve purchases, filtered and sorted by MOCO' },
			update: { action: 'Update a purchase', description: 'Change a purchase’s details; only the fields set are sent (items stay as they are)' },
		},
		[
			action('Assign to Project', 'assignToProject', 'Assign a purchase item to a project', 'Make one item of a purchase an expense of a project', bodyless(routes.action(purchase, 'POST', '/assign_to_project', { fields: assignFields, options: assignOptions }, [assigned]))),
			action('Store Document', 'storeDocument', 'Store the document of a purchase', 'Add or replace the purchase’s document with the file of the input item (not for EU e-invoices)', bodyless(routes.action(purchase, 'PATCH', '/store_document', {}, [stored]), documentForm)),
			action('Update Status', 'updateStatus', 'Update the status of a purchase', 'Approve a purchase, or move it back to the inbox', bodyless(routes.action(purchase, 'PATCH', '/update_status', { fields: [statusField] }, [statusSet]))),
		],
	),
	...resourceProperties(purchase, {
		onRecord: ['assignToProject', 'delete', 'get', 'storeDocument', 'update', 'updateStatus'],
		create: true,
		getAll: true,
		update: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
	...lineItemProperties(purchaseItems, show('create')),
	...operationFields('purchase', 'updateStatus', [statusField]),
	...operationFields('purchase', 'assignToProject', assignFields),
	...additionalProperties('purchase', 'assignToProject', assignOptions),
	fileField('in', show('storeDocument')),
];
