import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { SYMBOLS } from '../../staff/absence/fields';
import { dealRecord } from '../../customers/deal/record';
import { projectRecord } from '../../projects/project/record';
import { taskRecord } from '../../projects/task/record';
import { checkPeriod, periodFilters, personName, userRow } from './period';

const idOf = (value: unknown) => ((value ?? null) as IDataObject | null)?.id ?? null;
const named = (value: unknown) => String(((value ?? {}) as IDataObject).name ?? '');

/** A planned stretch of days for a user on a project or a deal; picked from the list or by ID. */
export const planningEntryRecord: RecordType = {
	noun: 'planning entry',
	label: 'Planning Entry',
	path: '/planning_entries',
	title: (entry: IDataObject) => {
		const what = entry.title ? String(entry.title) : named(entry.project) || named(entry.deal);
		return `${String(entry.starts_on)}–${String(entry.ends_on)}, ${String(entry.hours_per_day)} h/day, ${what}, ${personName(entry.user)}`;
	},
	searchListMethod: 'searchPlanningEntries',
	exampleId: '4839',
};

/** A planning entry belongs to a project or to a deal, never both; a task only within its project. */
function checkProjectOrDeal(this: IExecuteSingleFunctions, values: CheckedValues, operation: string): void {
	const given = (api: string) => api in values.fields || values.references.some((reference) => reference.row.api === api);
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const project = given('project_id');
	const deal = given('deal_id');
	if (project && deal) throw fail('Project', 'and Deal exclude each other: a planning entry belongs to a project or to a deal, choose one');
	if (operation === 'create' && !project && !deal) {
		throw fail('Project', 'or Deal is required to create a planning entry: choose exactly one of them');
	}
	if (given('task_id') && !project) throw fail('Task', 'needs its Project in the same item: a task is picked within its project');
}

export const planningEntry: ResourceSpec = {
	value: 'planningEntry',
	record: planningEntryRecord,
	fields: [
		{ name: 'startsOn', displayName: 'Starts On', api: 'starts_on', kind: 'date', required: true, description: 'The first planned day, sent as YYYY-MM-DD' },
		{ name: 'endsOn', displayName: 'Ends On', api: 'ends_on', kind: 'date', required: true, description: 'The last planned day, sent as YYYY-MM-DD' },
		{ name: 'hoursPerDay', displayName: 'Hours per Day', api: 'hours_per_day', kind: 'number', min: 0, max: 24, default: 8, required: true },
		{
			name: 'projectId',
			displayName: 'Project',
			api: 'project_id',
			kind: 'reference',
			record: projectRecord,
			description: 'The project planned (either a project or a deal)',
		},
		{ name: 'taskId', displayName: 'Task', api: 'task_id', kind: 'reference', record: taskRecord, description: 'The project’s task planned (needs Project)' },
		{ name: 'dealId', displayName: 'Deal', api: 'deal_id', kind: 'reference', record: dealRecord, description: 'The deal planned (either a project or a deal)' },
		userRow('Who is planned. Empty on Create: the user the API key belongs to.'),
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text' },
		{ name: 'comment', displayName: 'Comment', api: 'comment', kind: 'longText' },
		{ name: 'symbol', displayName: 'Symbol', api: 'symbol', kind: 'enum', options: SYMBOLS.slice(0, 10), default: 1, description: 'The symbol MOCO shows in the plan' },
		{ name: 'tentative', displayName: 'Tentative', api: 'tentative', kind: 'boolean', description: 'Whether the entry is tentative rather than a firm booking' },
	],
	filters: [
		...periodFilters('planning entries overlapping the days'),
		userRow('Only planning entries of this user'),
		{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'Only planning entries of this project' },
		{ name: 'dealId', displayName: 'Deal', api: 'deal_id', kind: 'reference', record: dealRecord, description: 'Only planning entries of this deal' },
		...GLOBAL_FILTERS,
	],
	check(values, operation) {
		if (operation === 'getAll') checkPeriod.call(this, values, 'both', 'MOCO takes a period as From and To together');
		else checkProjectOrDeal.call(this, values, operation);
	},
	// MOCO's list takes the period as one `period=from:to`.
	shape(fields, { operation }) {
		if (operation !== 'getAll' || fields.from === undefined) return fields;
		const { from, to, ...rest } = fields;
		return { period: `${String(from)}:${String(to)}`, ...rest };
	},
	simplify: {
		description: 'only ID, title, days, hours per day, tentative, comment and the IDs of user, project, task and deal',
		pick: (entry: IDataObject) => ({
			id: entry.id,
			title: entry.title,
			starts_on: entry.starts_on,
			ends_on: entry.ends_on,
			hours_per_day: entry.hours_per_day,
			tentative: entry.tentative,
			comment: entry.comment,
			user_id: idOf(entry.user),
			project_id: idOf(entry.project),
			task_id: idOf(entry.task),
			deal_id: idOf(entry.deal),
		}),
	},
};
