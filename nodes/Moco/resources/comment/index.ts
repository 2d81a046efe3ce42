import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../shared/pipeline';
import { comment } from './fields';

export const commentDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['comment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a comment',
				description: 'Add a note to a MOCO record (a company, contact, deal, project...)',
				routing: routes.create(comment),
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a comment', description: 'Delete a comment a person wrote', routing: routes.delete(comment) },
			{ name: 'Get', value: 'get', action: 'Get a comment', description: 'Retrieve one comment', routing: routes.get(comment) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many comments',
				description: 'Retrieve comments, for example those on one record',
				routing: routes.getAll(comment),
			},
			{ name: 'Update', value: 'update', action: 'Update a comment', description: 'Change a comment’s text', routing: routes.update(comment) },
		],
		default: 'create',
	},
	...resourceProperties(comment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
