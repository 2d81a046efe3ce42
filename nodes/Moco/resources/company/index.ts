import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../shared/pipeline';
import { company } from './fields';

export const companyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['company'] } },
		options: [
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a company',
				description: 'Hide a company from lists and pickers; its records stay',
				routing: routes.action(company, 'PUT', '/archive'),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a company',
				description: 'Add a customer, supplier or organization',
				routing: routes.create(company),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a company',
				description: 'Delete a company that has no projects, invoices or offers',
				routing: routes.delete(company),
			},
			{ name: 'Get', value: 'get', action: 'Get a company', description: 'Retrieve one company', routing: routes.get(company) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many companies',
				description: 'Retrieve companies, filtered and sorted by MOCO',
				routing: routes.getAll(company),
			},
			{
				name: 'Unarchive',
				value: 'unarchive',
				action: 'Unarchive a company',
				description: 'Make an archived company active again',
				routing: routes.action(company, 'PUT', '/unarchive'),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a company',
				description: 'Change the fields you set on a company; everything else stays as it is',
				routing: routes.update(company),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(company, {
		onRecord: ['archive', 'delete', 'get', 'unarchive', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['archive', 'create', 'get', 'getAll', 'unarchive', 'update'],
		verbs: { delete: 'delete. MOCO only deletes a company without projects, invoices or offers' },
	}),
];
