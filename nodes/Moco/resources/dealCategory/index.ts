import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../shared/pipeline';
import { dealCategory } from './fields';

export const dealCategoryDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dealCategory'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a deal category',
				description: 'Add a stage to the deal pipeline',
				routing: routes.create(dealCategory),
			},
			{ name: 'Delete', value: 'delete', action: 'Delete a deal category', description: 'Delete a deal pipeline stage', routing: routes.delete(dealCategory) },
			{ name: 'Get', value: 'get', action: 'Get a deal category', description: 'Retrieve one deal pipeline stage', routing: routes.get(dealCategory) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many deal categories',
				description: 'Retrieve the stages of the deal pipeline',
				routing: routes.getAll(dealCategory),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a deal category',
				description: 'Rename a deal pipeline stage or change its probability',
				routing: routes.update(dealCategory),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(dealCategory, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
