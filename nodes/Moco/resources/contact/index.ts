import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../shared/pipeline';
import { contact } from './fields';

export const contactDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['contact'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a contact', description: 'Add a contact person', routing: routes.create(contact) },
			{ name: 'Delete', value: 'delete', action: 'Delete a contact', description: 'Delete a contact person', routing: routes.delete(contact) },
			{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Retrieve one contact person', routing: routes.get(contact) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many contacts',
				description: 'Retrieve contact persons, for example the one calling from a phone number',
				routing: routes.getAll(contact),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a contact',
				description: 'Change the fields you set on a contact; everything else stays as it is',
				routing: routes.update(contact),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(contact, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
];
