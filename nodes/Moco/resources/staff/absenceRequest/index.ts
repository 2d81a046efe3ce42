import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { deletedOutput, operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { absenceRequest, withdrawComment } from './fields';

export const absenceRequestDescription: INodeProperties[] = [
	operationList(
		absenceRequest,
		{
			create: { action: 'Create an absence request', description: 'Ask for days off (vacation, sickness, other) for the API key’s user' },
			get: { action: 'Get an absence request', description: 'Retrieve one absence request with its days' },
			getAll: { action: 'Get many absence requests', description: 'Retrieve the absence requests you may see, e.g. those waiting for one approver' },
		},
		[
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an absence request',
				description: 'Withdraw an absence request, with a comment MOCO requires',
				routing: routes.action(absenceRequest, 'DELETE', '', { fields: [withdrawComment], into: 'qs' }, [deletedOutput]),
			},
		],
	),
	...resourceProperties(absenceRequest, { onRecord: ['delete', 'get'], create: true, getAll: true }),
	...operationFields('absenceRequest', 'delete', [withdrawComment]),
];
