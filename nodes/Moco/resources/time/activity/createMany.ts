import type { FieldRow } from '../../../shared/fieldTable';
import type { BulkRows } from '../../../shared/rows';
import { activity } from './fields';

const field = (name: string): FieldRow => activity.fields.find((row) => row.name === name) as FieldRow;

/**
 * Create Many: the rows of MOCO's `/activities/bulk` (`activities`). A row's task is given by ID:
 * tasks are named within their project, which a row editor's list cannot follow.
 */
export const activityRows: BulkRows = {
	noun: 'time entry',
	name: 'timeEntries',
	property: 'activities',
	requiredFor: 'create time entries',
	max: 100,
	fields: [
		field('date'),
		field('projectId'),
		{ name: 'taskId', displayName: 'Task ID', api: 'task_id', kind: 'integer', min: 1, required: true, description: 'The ID of the task of that project' },
		{ ...field('duration'), description: 'Hours as you type them: 1.5, 1,5 or 1:30. Sent to MOCO as seconds (5400).' },
		...['description', 'billable', 'tag', 'remoteService', 'remoteId', 'remoteUrl'].map(field),
	],
	// A JSON row gives hours, as people count them; MOCO's `seconds` would read as hours here.
	jsonNames: { duration: 'hours' },
	example: { date: '2026-01-05', project_identifier: 'P-2024-001', task_id: 658600001, hours: 1.5, description: 'Workshop' },
};
