import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../../shared/operations';
import { resourceProperties, routes } from '../../../shared/pipeline';
import { company } from './fields';

export const companyDescription: INodeProperties[] = [
	operationProperty(
		'company',
		[
			...standardOperations(company, {
				create: 'Add a customer, supplier or organization',
				delete: 'Delete a company that has no projects, invoices or offers',
				get: 'Retrieve one company',
				getAll: 'Retrieve companies, filtered and sorted by MOCO',
				update: 'Change the fields you set on a company; everything else stays as it is',
			}),
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a company',
				description: 'Hide a company from lists and pickers; its records stay',
				routing: routes.action(company, 'PUT', '/archive'),
			},
			{
				name: 'Unarchive',
				value: 'unarchive',
				action: 'Unarchive a company',
				description: 'Make an archived company active again',
				routing: routes.action(company, 'PUT', '/unarchive'),
			},
		],
		'getAll',
	),
	...resourceProperties(company, {
		onRecord: ['archive', 'delete', 'get', 'unarchive', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['archive', 'create', 'get', 'getAll', 'unarchive', 'update'],
	}),
];
