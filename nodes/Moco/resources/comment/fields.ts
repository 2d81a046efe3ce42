import type { FieldRow } from '../../shared/fieldTable';
import type { ResourceSpec } from '../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../shared/pipeline';
import { userRecord } from '../user/fields';
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
	['Purchase', 'Purchase'],
	['Purchase Bookkeeping Export', 'PurchaseBookkeepingExport'],
	['Purchase Draft', 'PurchaseDraft'],
	['Receipt', 'Receipt'],
	['Receipt Refund Request', 'ReceiptRefundRequest'],
	['Recurring Expense', 'RecurringExpense'],
	['Team', 'Unit'],
	['User', 'User'],
].map(([name, value]) => ({ name, value }));

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

export const comment: ResourceSpec = {
	value: 'comment',
	record: commentRecord,
	fields: [
		...commentable.map((row): FieldRow => ({ ...row, required: true, update: false })),
		{
			name: 'text',
			displayName: 'Text',
			api: 'text',
			kind: 'longText',
			required: true,
			description: 'Plain text or simple HTML (MOCO keeps div, strong, em, u, pre, ul, ol, li and br)',
		},
	],
	filters: [
		...commentable.map((row): FieldRow => ({ ...row, description: `Only comments on this ${row.name === 'commentableId' ? 'record' : 'kind of record'}` })),
		{ name: 'userId', displayName: 'Author', api: 'user_id', kind: 'reference', record: userRecord, description: 'Only comments written by this user' },
		{ name: 'manual', displayName: 'Written by a Person', api: 'manual', kind: 'boolean', description: 'Whether to return only comments people wrote (true) or only those MOCO generated (false)' },
		...GLOBAL_FILTERS,
	],
};
