import type { IDataObject } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { userRecord } from '../../staff/user/fields';

const TARGET_TYPES = [
	{ name: 'Invoice', value: 'invoice' },
	{ name: 'Purchase', value: 'purchase' },
];

/** An approval of an invoice or a purchase: no name, so it is picked from the list or by ID. */
export const approvalRecord: RecordType = {
	noun: 'approval',
	label: 'Approval',
	path: '/approvals',
	title: (approval: IDataObject) => {
		const target = (approval.target ?? {}) as IDataObject;
		return `${String(approval.target_type)} ${String(target.title || target.id || '')}: ${String(approval.status)}`.replace(/ +:/, ':');
	},
	searchListMethod: 'searchApprovals',
	exampleId: '480811249',
};

/** Deny's reason, sent as MOCO's `note`. */
export const denyNote: FieldRow = {
	name: 'denyNote',
	displayName: 'Reason',
	api: 'note',
	kind: 'text',
	placeholder: 'e.g. Budget exceeded',
	description: 'Why it is denied; MOCO shows it as the deny note',
};

/** An approval MOCO asks one or two users for before an invoice is sent or a purchase paid. */
export const approval: ResourceSpec = {
	value: 'approval',
	record: approvalRecord,
	fields: [
		{ name: 'targetType', displayName: 'Target Type', api: 'target_type', kind: 'enum', required: true, options: TARGET_TYPES, default: 'purchase', description: 'What is to be approved' },
		{ name: 'targetId', displayName: 'Target ID', api: 'target_id', kind: 'integer', required: true, min: 1, placeholder: 'e.g. 1234567', description: 'The ID of the invoice or purchase' },
		{ name: 'approverId', displayName: 'Approver', api: 'approver_id', kind: 'reference', record: userRecord, required: true, description: 'The user asked to approve' },
		{ name: 'approver2Id', displayName: 'Second Approver', api: 'approver2_id', kind: 'reference', record: userRecord, description: 'Another user who may approve instead' },
		{ name: 'note', displayName: 'Note', api: 'note', kind: 'text', placeholder: 'e.g. Please review', description: 'A note for the approvers' },
	],
	filters: [
		{ name: 'type', displayName: 'Target Type', api: 'type', kind: 'enum', options: TARGET_TYPES, description: 'Only approvals of invoices, or only of purchases' },
		{
			name: 'approvalStatus',
			displayName: 'Status',
			api: 'approval_status',
			kind: 'enum',
			options: [
				{ name: 'Pending', value: 'pending' },
				{ name: 'Approved', value: 'approved' },
				{ name: 'Denied', value: 'denied' },
			],
			description: 'Only approvals in this state',
		},
		{ name: 'approverUserId', displayName: 'Approver', api: 'approver_user_id', kind: 'reference', record: userRecord, description: 'Only approvals this user is asked for' },
		{ name: 'creatorUserId', displayName: 'Requested By', api: 'creator_user_id', kind: 'reference', record: userRecord, description: 'Only approvals this user asked for' },
		...GLOBAL_FILTERS,
	],
};
