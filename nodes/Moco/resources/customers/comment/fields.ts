import type { IDataObject } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import type { OptionalFile } from '../../../shared/optionalFile';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { userRecord } from '../../staff/user/fields';
import { commentRecord } from './record';

/** The records MOCO takes comments on, as its POST /comments lists them. */
const COMMENTABLE_TYPES = [
	['Company', 'Company'],
	['Contact', 'Contact'],
	['Deal', 'Deal'],
	['Delivery Note', 'DeliveryNote'],
	['Expense', 'Expense'],
	['Invoice', 'Invoice'],
	['Invoice Bookkeeping Export', 'InvoiceBookkeepingExport'],
	['Invoice Deletion', 'InvoiceDeletion'],
	['Invoice Reminder', 'InvoiceReminder'],
	['Offer', 'Offer'],
	['Offer Confirmation', 'OfferConfirmation'],
	['Project', 'Project'],
	['Project Group', 'ProjectGroup'],
	['Purchase', 'Purchase'],
	['Purchase Bookkeeping Export', 'PurchaseBookkeepingExport'],
	['Purchase Draft', 'PurchaseDraft'],
	['Receipt', 'Receipt'],
	['Receipt Refund Request', 'ReceiptRefundRequest'],
	['Recurring Expense', 'RecurringExpense'],
	['Team', 'Unit'],
	['User', 'User'],
	['User Holiday Request', 'UserHolidayRequest'],
].map(([name, value]) => ({ name, value }));

/** MOCO's bulk request takes at most this many records. */
const MAX_BULK_IDS = 100;

const text: FieldRow = {
	name: 'text',
	displayName: 'Text',
	api: 'text',
	kind: 'longText',
	required: true,
	description: 'Plain text or simple HTML (MOCO keeps div, strong, em, u, pre, ul, ol, li and br)',
};

const commentable: FieldRow[] = [
	{
		name: 'commentableType',
		displayName: 'Record Type',
		api: 'commentable_type',
		kind: 'enum',
		options: COMMENTABLE_TYPES,
		default: 'Company',
		description: 'The kind of MOCO record the comment is on',
	},
	{ name: 'commentableId', displayName: 'Record ID', api: 'commentable_id', kind: 'integer', min: 1, placeholder: 'e.g. 760250001', description: 'The ID of that record' },
];

/** A comment's attachment: MOCO takes its name and its bytes as base64, beside the text. */
const attachment: OptionalFile = {
	param: 'attachmentBinaryField',
	displayName: 'Attachment From Binary Field',
	description: 'The binary field of the input item holding a file to attach, e.g. "data". Empty: no file is attached.',
	put: (body, file) => {
		body.attachment_filename = file.fileName;
		body.attachment_content = file.data.toString('base64');
	},
};

export const comment: ResourceSpec = {
	value: 'comment',
	record: commentRecord,
	file: attachment,
	fields: [
		...commentable.map((row): FieldRow => ({ ...row, required: true, update: false })),
		text,
	],
	filters: [
		...commentable.map((row): FieldRow => ({ ...row, description: `Only comments on this ${row.name === 'commentableId' ? 'record' : 'kind of record'}` })),
		{ name: 'userId', displayName: 'Author', api: 'user_id', kind: 'reference', record: userRecord, description: 'Only comments written by this user' },
		{ name: 'manual', displayName: 'Written by a Person', api: 'manual', kind: 'boolean', description: 'Whether to return only comments people wrote (true) or only those MOCO generated (false)' },
		...GLOBAL_FILTERS,
	],
	check({ fields }) {
		const ids = typeof fields.commentable_ids === 'string' ? fields.commentable_ids.split(',') : [];
		if (ids.length > MAX_BULK_IDS) {
			throw invalidInput(this.getNode(), this.getItemIndex(), 'Record IDs', `has ${ids.length} IDs; MOCO takes at most ${MAX_BULK_IDS} in one request: split them over several items`);
		}
	},
	// MOCO takes the bulk request's IDs as a list of numbers.
	shape: (fields: IDataObject) =>
		typeof fields.commentable_ids === 'string' ? { ...fields, commentable_ids: fields.commentable_ids.split(',').map(Number) } : fields,
};

/** Create Many: one text on many records of one type (`/comments/bulk`). */
export const bulkCommentFields: FieldRow[] = [
	{ ...commentable[0], required: true },
	{
		name: 'commentableIds',
		displayName: 'Record IDs',
		api: 'commentable_ids',
		kind: 'ids',
		required: true,
		placeholder: 'e.g. 760250001, 760250002',
		description: `The records to put the comment on, IDs separated by commas (up to ${MAX_BULK_IDS})`,
	},
	text,
];
