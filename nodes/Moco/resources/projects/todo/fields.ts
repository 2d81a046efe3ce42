import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { userRecord } from '../../staff/user/fields';

/** A user's to-do on a MOCO record (read-only in MOCO's API), picked from the list or by ID. */
export const todoRecord: RecordType = {
	noun: 'todo',
	label: 'To-do',
	path: '/todos',
	term: true,
	title: (todo: IDataObject) => `${String(todo.title)} (${String(todo.todoable_type)}: ${String(todo.todoable_description ?? '')})`,
	inactive: (todo: IDataObject) => (todo.completed === true ? 'completed' : undefined),
	searchListMethod: 'searchTodos',
	exampleId: '456789',
};

export const todo: ResourceSpec = {
	value: 'todo',
	record: todoRecord,
	fields: [],
	filters: [
		{ name: 'assignedToUserId', displayName: 'Assigned To', api: 'assigned_to_user_id', kind: 'reference', record: userRecord, description: 'Only to-dos assigned to this user' },
		{ name: 'createdByUserId', displayName: 'Created By', api: 'created_by_user_id', kind: 'reference', record: userRecord, description: 'Only to-dos this user created' },
		{ name: 'responsibleUserId', displayName: 'Responsible', api: 'responsible_user_id', kind: 'reference', record: userRecord, description: 'Only to-dos this user is responsible for' },
		{ name: 'completed', displayName: 'Completed', api: 'completed', kind: 'boolean', description: 'On: only completed to-dos; off: only open ones' },
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', description: 'Only to-dos whose title contains this text' },
		// MOCO's list of to-dos takes no Updated After (its OpenAPI description lists none).
		...GLOBAL_FILTERS.filter((row) => row.api !== 'updated_after'),
	],
};
