import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { periodFilters, personName, userRow } from '../../time/planningEntry/period';

/** An absence ("schedule" in MOCO's API): no key people know it by, so picked from the list or by ID. */
export const absenceRecord: RecordType = {
	noun: 'absence',
	label: 'Absence',
	path: '/schedules',
	title: (absence: IDataObject) =>
		`${String(absence.date)}, ${String((absence.assignment as IDataObject | null)?.name ?? '')}, ${personName(absence.user)}`,
	searchListMethod: 'searchAbsences',
	exampleId: '123',
};

/** MOCO's absence codes, in words. */
export const ABSENCE_TYPES = [
	{ name: 'Unplannable Absence', value: 1 },
	{ name: 'Public Holiday', value: 2 },
	{ name: 'Sick Day', value: 3 },
	{ name: 'Holiday', value: 4 },
	{ name: 'Absence', value: 5 },
];

/** MOCO's calendar symbols, in words: the first ten are planning's too. */
export const SYMBOLS = [
	'Home',
	'Building',
	'Car',
	'Graduation Cap',
	'Cocktail',
	'Bells',
	'Baby Carriage',
	'Users',
	'Moon',
	'Info Circle',
	'Dot Circle',
	'Exclamation Mark',
].map((name, index) => ({ name, value: index + 1 }));

export const absence: ResourceSpec = {
	value: 'absence',
	record: absenceRecord,
	fields: [
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day of the absence, sent as YYYY-MM-DD' },
		{
			name: 'absenceCode',
			displayName: 'Absence Type',
			api: 'absence_code',
			kind: 'enum',
			options: ABSENCE_TYPES,
			default: 4,
			required: true,
			description: 'The kind of absence (sent as MOCO’s absence code 1-5)',
		},
		userRow('Whose absence it is. Empty: the user the API key belongs to.'),
		{ name: 'am', displayName: 'Morning', api: 'am', kind: 'boolean', description: 'Whether the morning is off' },
		{ name: 'pm', displayName: 'Afternoon', api: 'pm', kind: 'boolean', description: 'Whether the afternoon is off' },
		{ name: 'comment', displayName: 'Comment', api: 'comment', kind: 'longText' },
		{ name: 'symbol', displayName: 'Symbol', api: 'symbol', kind: 'enum', options: SYMBOLS, default: 1, description: 'The symbol MOCO shows in the calendar' },
		{
			name: 'overwrite',
			displayName: 'Overwrite',
			api: 'overwrite',
			kind: 'boolean',
			// MOCO's description: honoured on create only.
			update: false,
			description: 'Whether to replace an absence the user already has on that day',
		},
	],
	filters: [
		...periodFilters('absences'),
		userRow('Only absences of this user'),
		{
			name: 'absenceCodes',
			displayName: 'Absence Types',
			api: 'absence_code',
			kind: 'multiEnum',
			options: ABSENCE_TYPES,
			description: 'Only absences of these types',
		},
		{
			name: 'absenceRequestId',
			displayName: 'Absence Request ID',
			api: 'absence_request_id',
			kind: 'integer',
			min: 1,
			description: 'Only the absences of this absence request (approved holiday or absence requests)',
		},
		...GLOBAL_FILTERS,
	],
};
