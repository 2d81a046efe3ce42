import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../shared/pipeline';
import { deal } from './fields';

export const dealDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deal'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a deal', description: 'Add a deal (lead) to the pipeline', routing: routes.create(deal) },
			{ name: 'Delete', value: 'delete', action: 'Delete a deal', description: 'Delete a deal', routing: routes.delete(deal) },
			{ name: 'Get', value: 'get', action: 'Get a deal', description: 'Retrieve one deal', routing: routes.get(deal) },
			{ name: 'Get Many', value: 'getAll', action: 'Get many deals', description: 'Retrieve deals, filtered by MOCO', routing: routes.getAll(deal) },
			{
				name: 'Update',
				value: 'update',
				action: 'Update a deal',
				description: 'Change the fields you set on a deal (for example mark it won); everything else stays as it is',
				routing: routes.update(deal),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(deal, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
];
