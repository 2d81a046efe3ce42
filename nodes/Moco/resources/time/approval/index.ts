import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { approval, denyNote } from './fields';

export const approvalDescription: INodeProperties[] = [
	operationList(
		approval,
		{
			create: { action: 'Create an approval', description: 'Ask one or two users to approve an invoice or a purchase' },
			delete: { action: 'Delete an approval', description: 'Withdraw an approval request' },
			get: { action: 'Get an approval', description: 'Retrieve one approval, with its invoice or purchase' },
			getAll: { action: 'Get many approvals', description: 'Retrieve approvals, e.g. those waiting for one user' },
		},
		[
			{
				name: 'Approve',
				value: 'approve',
				action: 'Approve an approval',
				description: 'Approve the invoice or purchase (as one of its approvers)',
				routing: routes.action(approval, 'POST', '/approve'),
			},
			{
				name: 'Deny',
				value: 'deny',
				action: 'Deny an approval',
				description: 'Deny the invoice or purchase (as one of its approvers), with a reason',
				routing: routes.action(approval, 'POST', '/deny', { fields: [denyNote] }),
			},
		],
	),
	...resourceProperties(approval, { onRecord: ['approve', 'delete', 'deny', 'get'], create: true, getAll: true }),
	...operationFields('approval', 'deny', [denyNote]),
];
