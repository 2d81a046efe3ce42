import type { INodeProperties } from 'n8n-workflow';

import { checkUserId, prepareUserBody, resolveUserId } from '../../shared/hooks';
import { userUpdateDescription } from './update';

const showOnlyForUsers = { resource: ['user'] };

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForUsers },
		options: [
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Change the fields you set on a user; everything else stays as it is',
				routing: {
					request: { method: 'PUT', url: '/users/:userId' },
					// Check everything first; only then look anything up in MOCO.
					send: { preSend: [checkUserId, prepareUserBody, resolveUserId] },
				},
			},
		],
		default: 'update',
	},
	...userUpdateDescription,
];
