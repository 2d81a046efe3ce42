import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { revenueCategoryField } from '../../invoicing/revenueCategory/record';

/** A task every new project can start with; accounts have few, so the list is read whole. */
export const taskTemplateRecord: RecordType = {
	noun: 'task template',
	label: 'Task Template',
	path: '/account/task_templates',
	key: nameKey('Konzeption'),
	title: (template: IDataObject) => String(template.name),
	searchListMethod: 'searchTaskTemplates',
	exampleId: '6601',
};

export const taskTemplate: ResourceSpec = {
	value: 'taskTemplate',
	record: taskTemplateRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Konzeption', description: 'The task’s name' },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText' },
		{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', description: 'Whether hours on the task are billable' },
		{ name: 'projectDefault', displayName: 'Project Default', api: 'project_default', kind: 'boolean', description: 'Whether new projects get this task' },
		{ name: 'index', displayName: 'Position', api: 'index', kind: 'integer', min: 0, description: 'Where the task is listed among the templates, from 0' },
		revenueCategoryField,
	],
	filters: GLOBAL_FILTERS,
};

export const taskTemplateDescription: INodeProperties[] = [
	operationList(taskTemplate, {
		create: { action: 'Create a task template', description: 'Add a task new projects can start with' },
		delete: { action: 'Delete a task template', description: 'Delete a task template; projects keep their tasks' },
		get: { action: 'Get a task template', description: 'Retrieve one task template' },
		getAll: { action: 'Get many task templates', description: 'Retrieve the account’s task templates' },
		update: { action: 'Update a task template', description: 'Change the fields you set on a task template; everything else stays as it is' },
	}),
	...resourceProperties(taskTemplate, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
