import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { userRecord } from '../user/fields';

const TYPES = [
	{ name: 'Vacation', value: 'vacation' },
	{ name: 'Sickness', value: 'sickness' },
	{ name: 'Other', value: 'other' },
];
const PARTS: Record<string, { am: boolean; pm: boolean }> = { whole: { am: true, pm: true }, am: { am: true, pm: false }, pm: { am: false, pm: true } };
const MAX_DAYS = 366;

/** A user's request for an absence: picked from the list or by ID. */
export const absenceRequestRecord: RecordType = {
	noun: 'absence request',
	label: 'Absence Request',
	path: '/users/absence_requests',
	title: (request: IDataObject) => {
		const days = (request.days ?? []) as IDataObject[];
		const user = (request.user ?? {}) as IDataObject;
		const span = days.length > 1 ? `${String(days[0].date)} to ${String(days.at(-1)?.date)}` : String(days[0]?.date ?? '');
		return `${String(request.type)} ${span}, ${String(user.firstname ?? '')} ${String(user.lastname ?? '')} (${String(request.status)})`;
	},
	searchListMethod: 'searchAbsenceRequests',
	exampleId: '3310001',
};

/** Withdrawing a request needs a comment (MOCO's required `comment` query parameter). */
export const withdrawComment: FieldRow = {
	name: 'withdrawComment',
	displayName: 'Comment',
	api: 'comment',
	kind: 'text',
	required: true,
	default: 'Withdrawn through n8n',
	description: 'Why the request is withdrawn; MOCO requires one, so a plain one is filled in',
};

/** The days from From to To (weekends only when asked), each with the part of the day asked for. */
function entries(this: IExecuteSingleFunctions, fields: IDataObject): IDataObject[] {
	const part = PARTS[String(fields.part_of_day ?? 'whole')] ?? PARTS.whole;
	const list: IDataObject[] = [];
	for (let day = new Date(`${String(fields.from)}T00:00:00Z`); day.toISOString().slice(0, 10) <= String(fields.to); day.setUTCDate(day.getUTCDate() + 1)) {
		if (fields.include_weekends !== true && [0, 6].includes(day.getUTCDay())) continue;
		list.push({ date: day.toISOString().slice(0, 10), ...part });
	}
	return list;
}

function checkRange(this: IExecuteSingleFunctions, { fields }: CheckedValues): void {
	const { from, to } = fields;
	if (typeof from !== 'string' || typeof to !== 'string') return;
	const fail = (problem: string) => invalidInput(this.getNode(), this.getItemIndex(), 'To', problem);
	if (from > to) throw fail(`(${to}) must not be before From (${from})`);
	const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
	if (days > MAX_DAYS) throw fail(`is ${days} days after From: one request covers at most ${MAX_DAYS} days`);
	if (entries.call(this, fields).length === 0) throw fail('leaves only weekend days: turn on Include Weekends, or choose working days');
}

/** An absence request (vacation, sickness, other) of the API key's user, for a range of days. */
export const absenceRequest: ResourceSpec = {
	value: 'absenceRequest',
	record: absenceRequestRecord,
	fields: [
		{ name: 'type', displayName: 'Type', api: 'type', kind: 'enum', required: true, options: TYPES, default: 'vacation', description: 'What kind of absence is asked for' },
		{ name: 'approverUserId', displayName: 'Approver', api: 'approver_user_id', kind: 'reference', record: userRecord, required: true, description: 'The user asked to approve' },
		{ name: 'from', displayName: 'From', api: 'from', kind: 'date', required: true, description: 'The first day of the absence' },
		{ name: 'to', displayName: 'To', api: 'to', kind: 'date', required: true, description: 'The last day of the absence (the same as From for one day)' },
		{
			name: 'partOfDay',
			displayName: 'Part of Day',
			api: 'part_of_day',
			kind: 'enum',
			options: [
				{ name: 'Whole Days', value: 'whole' },
				{ name: 'Mornings Only', value: 'am' },
				{ name: 'Afternoons Only', value: 'pm' },
			],
			description: 'Which half of each day is asked for. Not set: whole days.',
		},
		{ name: 'includeWeekends', displayName: 'Include Weekends', api: 'include_weekends', kind: 'boolean', description: 'Whether Saturdays and Sundays in the range are asked for too' },
		{ name: 'comment', displayName: 'Comment', api: 'comment', kind: 'text', placeholder: 'e.g. Family celebration', description: 'A reason or note for the approver' },
	],
	filters: [
		{ name: 'userId', displayName: 'User', api: 'user_id', kind: 'reference', record: userRecord, description: 'Only the requests of this user' },
		{ name: 'selectedApproverId', displayName: 'Approver', api: 'selected_approver_id', kind: 'reference', record: userRecord, description: 'Only requests this user is asked to approve' },
		{ name: 'type', displayName: 'Type', api: 'type', kind: 'enum', options: TYPES, description: 'Only requests of this kind' },
		{
			name: 'status',
			displayName: 'Status',
			api: 'status',
			kind: 'enum',
			options: [
				{ name: 'Pending', value: 'pending' },
				{ name: 'Approved', value: 'approved' },
			],
			description: 'Only pending or only approved requests',
		},
		...GLOBAL_FILTERS,
	],
	check(values, operation) {
		if (operation === 'create') checkRange.call(this, values);
	},
	// MOCO takes days as entries (date, am, pm) and the approver's ID as text.
	shape(fields, { operation }) {
		if (operation !== 'create') return fields;
		const { from: _from, to: _to, part_of_day: _part, include_weekends: _weekends, ...rest } = fields;
		return { ...rest, approver_user_id: String(fields.approver_user_id), entries: entries.call(this, fields) };
	},
};
