import type { INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { checkLimit, collectPages, returnAllAndLimit } from '../../../shared/lists';
import { operationFields, prepare, resourceProperties, routes } from '../../../shared/pipeline';
import { projectGroupRecord } from '../projectGroup/record';
import { project } from './fields';

/** The group Assign to Project Group puts the project in. */
const groupField: FieldRow = {
	name: 'projectGroupId',
	displayName: 'Project Group',
	api: 'project_group_id',
	kind: 'reference',
	record: projectGroupRecord,
	required: true,
	description: 'The project group to put the project in: from the list, by ID or by name',
};

/** GET /projects/assigned takes one filter, `active`; "all" sends none. */
const assignedFilter: FieldRow = {
	name: 'active',
	displayName: 'Status',
	api: 'active',
	kind: 'enum',
	options: [
		{ name: 'All', value: '' },
		{ name: 'Active Only', value: 'true' },
		{ name: 'Archived Only', value: 'false' },
	],
	description: 'Which of your projects MOCO returns',
};

export const projectDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['project'] } },
		options: [
			{
				name: 'Assign to Project Group',
				value: 'assignProjectGroup',
				action: 'Assign a project to a project group',
				description: 'Put a project in a project group (it leaves the group it was in)',
				routing: routes.action(project, 'PUT', '/assign_project_group', { fields: [groupField] }),
			},
			{
				name: 'Archive',
				value: 'archive',
				action: 'Archive a project',
				description: 'Close a project: it leaves the active lists and takes no more time entries',
				routing: routes.action(project, 'PUT', '/archive'),
			},
			{ name: 'Create', value: 'create', action: 'Create a project', description: 'Add a new project for a customer', routing: routes.create(project) },
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a project',
				description: 'Delete a project without time entries, invoices, offers or expenses; archive the others instead',
				routing: routes.delete(project),
			},
			{ name: 'Get', value: 'get', action: 'Get a project', description: 'Retrieve one project', routing: routes.get(project) },
			{
				name: 'Get Assigned to Me',
				value: 'getAssigned',
				action: 'Get the projects assigned to me',
				description: "Retrieve the projects the API key's user is staffed on, with their tasks",
				// A list like Get Many: one item per project, Return All / Limit, every page filtered alike.
				routing: {
					request: { method: 'GET', url: `${project.record.path}/assigned` },
					send: { preSend: [prepare(project, { fields: [assignedFilter], into: 'qs' }), checkLimit] },
					output: { postReceive: [collectPages] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many projects',
				description: 'Retrieve projects, filtered and sorted by MOCO',
				routing: routes.getAll(project),
			},
			{
				name: 'Get Report',
				value: 'getReport',
				action: 'Get a project report',
				description: 'Retrieve budget, hours, costs and invoiced totals of a project',
				routing: routes.action(project, 'GET', '/report', {}, []),
			},
			{
				name: 'Remove From Project Group',
				value: 'unassignProjectGroup',
				action: 'Remove a project from its project group',
				description: 'Take a project out of its project group',
				routing: routes.action(project, 'PUT', '/unassign_project_group'),
			},
			{
				name: 'Share Report',
				value: 'share',
				action: 'Share the report of a project',
				description: "Turn on the project's public customer report; the output has its address (the URL field) to send to the customer",
				routing: routes.action(project, 'PUT', '/share', {}, []),
			},
			{
				name: 'Stop Sharing Report',
				value: 'disableShare',
				action: 'Stop sharing the report of a project',
				description: "Turn off the project's public customer report: its address stops working",
				routing: routes.action(project, 'PUT', '/disable_share', {}, []),
			},
			{
				name: 'Unarchive',
				value: 'unarchive',
				action: 'Unarchive a project',
				description: 'Reactivate an archived project',
				routing: routes.action(project, 'PUT', '/unarchive'),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a project',
				description: 'Change the fields you set on a project; everything else stays as it is',
				routing: routes.update(project),
			},
		],
		default: 'get',
	},
	...resourceProperties(project, {
		onRecord: ['archive', 'assignProjectGroup', 'delete', 'disableShare', 'get', 'getReport', 'share', 'unarchive', 'unassignProjectGroup', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['archive', 'assignProjectGroup', 'create', 'get', 'getAll', 'unarchive', 'unassignProjectGroup', 'update'],
	}),
	...returnAllAndLimit({ resource: ['project'], operation: ['getAssigned'] }),
	...operationFields('project', 'getAssigned', [assignedFilter]),
	...operationFields('project', 'assignProjectGroup', [groupField]),
];
