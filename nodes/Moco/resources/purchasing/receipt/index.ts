import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { lineItemProperties } from '../../../shared/lineItemForm';
import { operationList } from '../../../shared/operations';
import { optionalFileField, withOptionalFile } from '../../../shared/optionalFile';
import { resourceProperties } from '../../../shared/pipeline';
import { receipt, receiptAttachment, receiptItems } from './fields';

export { receiptRecord } from './record';

const operations = operationList(receipt, {
	create: { action: 'Create a receipt', description: 'Record a receipt paid out of pocket with its VAT splits, optionally with its photo or PDF from the input item' },
	delete: { action: 'Delete a receipt', description: 'Delete a receipt that is in no refund request' },
	get: { action: 'Get a receipt', description: 'Retrieve one receipt with its VAT splits, project and user' },
	getAll: { action: 'Get many receipts', description: 'Retrieve receipts, e.g. a user’s pending ones or those of a project or month' },
	update: { action: 'Update a receipt', description: 'Change the fields you set on a receipt, its rows (all of them) or its file; everything else stays as it is' },
});

const show = { resource: ['receipt'], operation: ['create'] };

export const receiptDescription: INodeProperties[] = [
	{ ...operations, options: withOptionalFile(operations.options as INodePropertyOptions[], ['create', 'update'], receiptAttachment) },
	...resourceProperties(receipt, { onRecord: ['delete', 'get', 'update'], create: true, getAll: true, update: true }),
	...lineItemProperties(receiptItems, show, ['update']),
	optionalFileField(receiptAttachment, { ...show, operation: ['create', 'update'] }),
];
