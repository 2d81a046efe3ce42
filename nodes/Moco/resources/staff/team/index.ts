import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../../shared/pipeline';
import { refuseTeamWithUsers } from './delete';
import { team } from './fields';

export const teamDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['team'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a team', description: 'Add a new team', routing: routes.create(team) },
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a team',
				description: 'Delete a team that has no users',
				routing: { ...routes.delete(team), send: { preSend: [...(routes.delete(team).send?.preSend ?? []), refuseTeamWithUsers] } },
			},
			{ name: 'Get', value: 'get', action: 'Get a team', description: 'Retrieve one team with its users', routing: routes.get(team) },
			{ name: 'Get Many', value: 'getAll', action: 'Get many teams', description: 'Retrieve teams with their users', routing: routes.getAll(team) },
			{
				name: 'Update',
				value: 'update',
				action: 'Update a team',
				description: 'Rename a team or change its custom fields (people change teams through User > Update)',
				routing: routes.update(team),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(team, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
	}),
];
