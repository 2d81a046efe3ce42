import type { INodeProperties } from 'n8n-workflow';

import { resourceProperties, routes } from '../../../shared/pipeline';
import { confirmDeleteAll, deleteAllRouting } from './deleteAll';
import { projectTask } from './fields';

export const projectTaskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['projectTask'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a project task', description: 'Add a task to a project', routing: routes.create(projectTask) },
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a project task',
				description: 'Delete a task no hours are tracked on',
				routing: routes.delete(projectTask),
			},
			{
				name: 'Delete All',
				value: 'deleteAll',
				action: 'Delete all tasks of a project',
				description: 'Delete every task of a project no hours are tracked on (needs the confirmation toggle); the output names the tasks MOCO kept',
				routing: deleteAllRouting,
			},
			{ name: 'Get', value: 'get', action: 'Get a project task', description: 'Retrieve one task of a project', routing: routes.get(projectTask) },
			{ name: 'Get Many', value: 'getAll', action: 'Get many project tasks', description: 'Retrieve the tasks of a project', routing: routes.getAll(projectTask) },
			{
				name: 'Update',
				value: 'update',
				action: 'Update a project task',
				description: 'Change the fields you set on a task; everything else stays as it is',
				routing: routes.update(projectTask),
			},
		],
		default: 'getAll',
	},
	...resourceProperties(projectTask, {
		onParent: ['create', 'deleteAll', 'getAll'],
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
	}),
	confirmDeleteAll,
];
