import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { checkPeriod, periodFilters, personName, userRow } from '../planningEntry/period';

/** A presence ("Arbeitszeit"): one stretch of working time on one day, picked from the list or by ID. */
export const presenceRecord: RecordType = {
	noun: 'presence',
	label: 'Presence',
	path: '/users/presences',
	title: (presence: IDataObject) => `${String(presence.date)}, ${String(presence.from)}–${String(presence.to ?? '')}, ${personName(presence.user)}`,
	searchListMethod: 'searchPresences',
	exampleId: '982237015',
};

/** Acting for another user: MOCO creates presences only for the user it believes is asking. */
const onBehalfOf = userRow(
	'Create it for this user instead of the one the API key belongs to (sent as X-IMPERSONATE-USER-ID for this request only; needs the Staff permission)',
	{ name: 'onBehalfOf', displayName: 'On Behalf Of', api: 'impersonate_user_id', header: 'X-IMPERSONATE-USER-ID', update: false },
);

/** Clock In or Out: a toggle that takes the current time unless an override says when. */
export const touchFields: FieldRow[] = [
	{ ...onBehalfOf, description: 'Clock in or out this user instead of the one the API key belongs to (sent as X-IMPERSONATE-USER-ID; needs the Staff permission)' },
	{
		name: 'isHomeOffice',
		displayName: 'Home Office',
		api: 'is_home_office',
		kind: 'boolean',
		omitFalse: true,
		description: 'Whether the day is worked from home. Off sends nothing, so clocking out never clears it.',
	},
	{
		name: 'overrideDate',
		displayName: 'Override Date',
		api: 'override_date',
		kind: 'date',
		description: 'With Override Time: the moment of the event, instead of the moment MOCO receives the request (a badge reader that was offline)',
	},
	{
		name: 'overrideTime',
		displayName: 'Override Time',
		api: 'override_time',
		kind: 'time',
		description: 'With Override Date: the local time of the event, HH:MM in 24-hour form',
	},
];

/** MOCO's `override` is one "YYYY-MM-DD HH:MM" in local time: both halves or neither. */
function checkOverride(this: IExecuteSingleFunctions, { fields }: CheckedValues): void {
	const date = fields.override_date;
	const time = fields.override_time;
	if ((date === undefined) === (time === undefined)) return;
	const missing = date === undefined ? 'Override Date' : 'Override Time';
	throw invalidInput(this.getNode(), this.getItemIndex(), missing, 'is needed as well: MOCO takes the override as one date and time');
}

export const presence: ResourceSpec = {
	value: 'presence',
	record: presenceRecord,
	fields: [
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day worked, sent as YYYY-MM-DD' },
		{ name: 'from', displayName: 'From', api: 'from', kind: 'time', required: true, description: 'When work started, HH:MM in 24-hour form' },
		{ name: 'to', displayName: 'To', api: 'to', kind: 'time', description: 'When work ended, HH:MM. Empty on Create: still at work.' },
		{ name: 'isHomeOffice', displayName: 'Home Office', api: 'is_home_office', kind: 'boolean', description: 'Whether the whole day is worked from home' },
		onBehalfOf,
	],
	filters: [
		...periodFilters('presences'),
		userRow('Only presences of this user'),
		{ name: 'isHomeOffice', displayName: 'Home Office', api: 'is_home_office', kind: 'boolean', description: 'Whether to list only home-office days (on) or only office days (off)' },
		...GLOBAL_FILTERS,
	],
	check(values, operation) {
		if (operation === 'getAll') checkPeriod.call(this, values, 'both', 'MOCO lists presences for a period only with both From and To');
		if (operation === 'touch') checkOverride.call(this, values);
	},
	shape(fields) {
		const { override_date: date, override_time: time, ...rest } = fields;
		return date === undefined ? rest : { ...rest, override: `${String(date)} ${String(time)}` };
	},
};
