import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import { fromNotAfterTo } from '../../../shared/fieldChecks';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { projectRecord } from '../../projects/project/record';
import { taskRecord } from '../../projects/task/record';
import { userRecord } from '../../staff/user/fields';
import { activityRecord } from './record';

/** MOCO's `remote_service` values: the tools its browser extension links time entries to. */
const REMOTE_SERVICES: Array<[string, string]> = [
	['Asana', 'asana'],
	['Basecamp', 'basecamp'],
	['Basecamp 2', 'basecamp2'],
	['Basecamp 3', 'basecamp3'],
	['GitHub', 'github'],
	['Jira', 'jira'],
	['Mite', 'mite'],
	['Toggl', 'toggl'],
	['Trello', 'trello'],
	['Wunderlist', 'wunderlist'],
	['YouTrack', 'youtrack'],
];

const HOURS = 'Hours as you type them: 1.5, 1,5 or 1:30 (one and a half hours). Sent to MOCO as seconds (5400).';

// Project comes before Task: a task given by name is looked up in the project resolved first.
const project: FieldRow = { name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord };
const task: FieldRow = { name: 'taskId', displayName: 'Task', api: 'task_id', kind: 'reference', record: taskRecord };

/** Acting as another user: only the Create request carries MOCO's impersonation header. */
export const onBehalfOf: FieldRow = {
	name: 'onBehalfOf',
	displayName: 'On Behalf Of',
	api: 'impersonate_user_id',
	kind: 'reference',
	record: userRecord,
	header: 'X-IMPERSONATE-USER-ID',
	update: false,
	description: 'The user the time entry is for. Empty: the user the API key belongs to. Needs the Staff permission in MOCO.',
};

/** Tasks are listed per project: one picked by name needs the project in the same item. */
function taskNeedsProject(this: IExecuteSingleFunctions, values: CheckedValues): void {
	const byName = values.references.find((reference) => reference.row.name === task.name);
	const projectGiven = project.api in values.fields || values.references.some((reference) => reference.row.name === project.name);
	if (byName && !projectGiven) {
		throw invalidInput(
			this.getNode(),
			this.getItemIndex(),
			byName.label,
			'needs the project it belongs to: set Project as well, or choose the task By ID',
		);
	}
}

const named = (value: unknown) => (value && typeof value === 'object' ? (value as IDataObject) : {});

/** A time entry ("Zeiteintrag"): the hours one user worked on one task of a project on one day. */
export const activity: ResourceSpec = {
	value: 'activity',
	record: activityRecord,
	fields: [
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day the time was worked, sent as YYYY-MM-DD' },
		{ ...project, required: true, description: 'The project the time was worked on' },
		{ ...task, required: true, description: 'The task of that project (listed once a project is chosen)' },
		{ name: 'duration', displayName: 'Duration', api: 'seconds', kind: 'duration', top: true, description: `${HOURS} Empty on Create: 0, e.g. to start the timer on it.` },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText', top: true, description: 'What was done' },
		{
			name: 'billable',
			displayName: 'Billable',
			api: 'billable',
			kind: 'boolean',
			description: 'Whether the time can be billed to the customer. Not set on Create: as the project and task say.',
		},
		{ name: 'tag', displayName: 'Tag', api: 'tag', kind: 'text', placeholder: 'e.g. RMT-123', description: 'Any one tag, e.g. a ticket number' },
		{
			name: 'remoteService',
			displayName: 'Remote Service',
			api: 'remote_service',
			kind: 'enum',
			options: REMOTE_SERVICES.map(([name, value]) => ({ name, value })),
			description: 'The tool the ticket this time was spent on lives in',
		},
		{ name: 'remoteId', displayName: 'Remote ID', api: 'remote_id', kind: 'text', placeholder: 'e.g. PRJ-2342', description: 'The ticket’s ID in that tool' },
		{ name: 'remoteUrl', displayName: 'Remote URL', api: 'remote_url', kind: 'text', placeholder: 'e.g. https://example.atlassian.net/browse/PRJ-2342', description: 'The ticket’s address' },
		onBehalfOf,
	],
	filters: [
		{ name: 'from', displayName: 'From', api: 'from', kind: 'date', description: 'Only time entries on or after this day' },
		{ name: 'to', displayName: 'To', api: 'to', kind: 'date', description: 'Only time entries on or before this day' },
		{ name: 'userId', displayName: 'User', api: 'user_id', kind: 'reference', record: userRecord, description: 'Only the time entries of this user' },
		{ ...project, description: 'Only time entries on this project' },
		{ ...task, description: 'Only time entries on this task (a task given by name needs Project too)' },
		{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only time entries for this customer' },
		{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', description: 'On: only billable time entries; off: only non-billable ones' },
		{ name: 'billed', displayName: 'Billed', api: 'billed', kind: 'boolean', description: 'On: only billed time entries; off: only those not billed yet' },
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', description: 'Only time entries whose description, tag or remote ID contains this text' },
		...GLOBAL_FILTERS,
	],
	sortBy: [
		{ name: 'Date', value: 'date' },
		{ name: 'ID', value: 'id' },
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	check(values) {
		taskNeedsProject.call(this, values);
		fromNotAfterTo.call(this, values.fields);
	},
	simplify: {
		description:
			'only ID, date, hours, seconds, description, billable, billed, timer start, project ID and name, task ID and name, customer name, user ID and name',
		pick: (record: IDataObject) => {
			const user = named(record.user);
			return {
				id: record.id,
				date: record.date,
				hours: record.hours,
				seconds: record.seconds,
				description: record.description,
				billable: record.billable,
				billed: record.billed,
				timer_started_at: record.timer_started_at ?? null,
				project_id: named(record.project).id ?? null,
				project_name: named(record.project).name ?? null,
				task_id: named(record.task).id ?? null,
				task_name: named(record.task).name ?? null,
				customer_name: named(record.customer).name ?? null,
				user_id: user.id ?? null,
				user_name: user.id === undefined ? null : `${String(user.firstname ?? '')} ${String(user.lastname ?? '')}`.trim(),
			};
		},
	},
};

/** Set Billable Time: the billable seconds alone, worked time unchanged. */
export const billableTime: FieldRow = {
	name: 'billableTime',
	displayName: 'Billable Time',
	api: 'seconds',
	kind: 'duration',
	required: true,
	description: `The time to bill, whatever was worked. ${HOURS} Only project leaders may change it.`,
};

/** Mark as Already Billed (MOCO's "disregard"): which entries, of which customer, and why. */
export const disregardFields: FieldRow[] = [
	{
		name: 'activityIds',
		displayName: 'Activity IDs',
		api: 'activity_ids',
		kind: 'ids',
		required: true,
		placeholder: 'e.g. 982200004, 982200005',
		description: 'The time entries to mark, IDs separated by commas. They must all belong to the company (and project) below.',
	},
	{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, required: true, description: 'The customer the time entries belong to' },
	{ name: 'reason', displayName: 'Reason', api: 'reason', kind: 'text', required: true, placeholder: 'e.g. Courtesy service as agreed', description: 'Why they are not billed' },
	{ ...project, description: 'The project the time entries belong to (optional)' },
];
