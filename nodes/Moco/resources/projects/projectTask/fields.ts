import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { taskRecord } from '../task/record';

/** A project's task ("Leistung"), always within the project picked first. */
export const projectTask: ResourceSpec = {
	value: 'projectTask',
	record: taskRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Design', description: 'The name of the task, unique within its project' },
		{ name: 'active', displayName: 'Active', api: 'active', kind: 'boolean', default: true, description: 'Whether time can be tracked on the task' },
		{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', default: true, description: 'Whether time tracked on the task is billable' },
		{ name: 'budget', displayName: 'Budget', api: 'budget', kind: 'number', min: 0, description: "The task's budget, in the project currency" },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText' },
		{
			name: 'hourlyRate',
			displayName: 'Hourly Rate',
			api: 'hourly_rate',
			kind: 'number',
			min: 0,
			description: "The task's hourly rate, used when the project's Billing Variant is Task",
		},
	],
	// MOCO documents no filters of its own here; the global ones apply to every list.
	filters: GLOBAL_FILTERS,
};
