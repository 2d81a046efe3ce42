import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import { noRecord } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { projectRecord } from '../../projects/project/record';

const reportRecord = noRecord('report', '/report');

/** The period most reports cover; MOCO picks one when it is left empty. */
export const PERIOD: FieldRow[] = [
	{ name: 'from', displayName: 'From', api: 'from', kind: 'date', description: 'The first day the report covers. Empty: MOCO’s default period.' },
	{ name: 'to', displayName: 'To', api: 'to', kind: 'date', description: 'The last day the report covers. Empty: MOCO’s default period.' },
];

const term: FieldRow = { name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', placeholder: 'e.g. Hafenlicht', description: 'Only rows whose description or customer contains this text' };
const kinds: FieldRow = {
	name: 'kinds',
	displayName: 'Kinds',
	api: 'kinds',
	kind: 'text',
	placeholder: 'e.g. invoice, expense',
	description: 'Only rows of these kinds (MOCO’s names, as in the report’s kind field), separated by commas',
};

export interface Report {
	/** The operation's value and MOCO's path below /report. */
	value: string;
	path: string;
	name: string;
	action: string;
	description: string;
	/** Whether From and To are offered. */
	period: boolean;
	spec: ResourceSpec;
}

function report(value: string, path: string, name: string, words: { action: string; description: string }, filters: FieldRow[], period = true): Report {
	return {
		value,
		path: `/report/${path}`,
		name,
		...words,
		period,
		spec: {
			value: 'report',
			record: reportRecord,
			fields: [],
			filters,
			check({ fields }) {
				if (typeof fields.from === 'string' && typeof fields.to === 'string' && fields.from > fields.to) {
					throw invalidInput(this.getNode(), this.getItemIndex(), 'From', `(${fields.from}) must not be after To (${fields.to})`);
				}
			},
		},
	};
}

export const REPORTS: Report[] = [
	report(
		'getAbsences',
		'absences',
		'Get Absences',
		{ action: 'Get the absences report', description: 'Retrieve each user’s vacation days (total, used, planned) and sick days for a year' },
		[
			{ name: 'year', displayName: 'Year', api: 'year', kind: 'integer', min: 1900, max: 9999, description: 'The year to report on. Not set: the current year.' },
			{ name: 'active', displayName: 'Active', api: 'active', kind: 'boolean', description: 'Whether to report only on active users (on) or only on inactive ones (off)' },
		],
		false,
	),
	report(
		'getCashflow',
		'cashflow',
		'Get Cashflow',
		{ action: 'Get the cashflow report', description: 'Retrieve the money in and out in a period, one row per payment' },
		[term, kinds],
	),
	report(
		'getFinance',
		'finance',
		'Get Finance',
		{ action: 'Get the finance report', description: 'Retrieve the net amounts invoiced and spent in a period, one row per record' },
		[
			term,
			{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only the rows of this company' },
			kinds,
		],
	),
	report(
		'getPlannedVsTracked',
		'planned_vs_tracked',
		'Get Planned vs Tracked',
		{ action: 'Get the planned vs tracked report', description: 'Retrieve planned and tracked hours per user and project in a period' },
		[
			{ name: 'userIds', displayName: 'User IDs', api: 'user_ids', kind: 'ids', placeholder: 'e.g. 933590158, 933590159', description: 'Only these users: IDs separated by commas' },
			{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'Only this project' },
		],
	),
	report(
		'getUtilization',
		'utilization',
		'Get Utilization',
		{ action: 'Get the utilization report', description: 'Retrieve target, billable and unbillable hours per user and day in a period' },
		[],
	),
];
