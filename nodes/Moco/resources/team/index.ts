import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput } from '../../shared/hooks';
import { checkLimit, collectPages } from '../../shared/lists';
import { checkTeamId, prepareTeamBody, refuseTeamWithUsers, resolveTeamId } from '../../shared/teams';
import { teamCreateDescription } from './create';
import { teamDeleteDescription } from './delete';
import { teamGetDescription } from './get';
import { teamGetAllDescription } from './getAll';
import { teamUpdateDescription } from './update';

export const teamDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a team',
				description: 'Add a new team',
				routing: {
					request: { method: 'POST', url: '/units' },
					send: { preSend: [prepareTeamBody] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a team',
				description: 'Delete a team that has no users',
				routing: {
					request: { method: 'DELETE', url: '/units/:teamId' },
					send: { preSend: [resolveTeamId, refuseTeamWithUsers] },
					output: { postReceive: [deletedOutput] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a team',
				description: 'Retrieve one team with its users',
				routing: {
					request: { method: 'GET', url: '/units/:teamId' },
					send: { preSend: [resolveTeamId] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many teams',
				description: 'Retrieve teams with their users',
				routing: {
					request: { method: 'GET', url: '/units' },
					send: { preSend: [checkLimit] },
					output: { postReceive: [collectPages] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a team',
				description: 'Rename a team',
				routing: {
					request: { method: 'PUT', url: '/units/:teamId' },
					send: { preSend: [checkTeamId, prepareTeamBody, resolveTeamId] },
				},
			},
		],
		default: 'getAll',
	},
	...teamCreateDescription,
	...teamGetDescription,
	...teamGetAllDescription,
	...teamUpdateDescription,
	...teamDeleteDescription,
];
