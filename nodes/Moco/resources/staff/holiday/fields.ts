import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { personName, userRow } from '../../time/planningEntry/period';
import { userRecord } from '../user/fields';

/** A user's holiday entitlement for a year ("Urlaubsanspruch"), picked from the list or by ID. */
export const holidayRecord: RecordType = {
	noun: 'holiday',
	label: 'Holiday',
	path: '/users/holidays',
	title: (holiday: IDataObject) => `${String(holiday.year)}: ${String(holiday.title)}, ${String(holiday.days)} days, ${personName(holiday.user)}`,
	searchListMethod: 'searchHolidays',
	exampleId: '12345',
};

const THIS_YEAR = new Date().getUTCFullYear();

export const holiday: ResourceSpec = {
	value: 'holiday',
	record: holidayRecord,
	fields: [
		userRow('Whose entitlement it is', { required: true }),
		{ name: 'year', displayName: 'Year', api: 'year', kind: 'integer', min: 1900, max: 2999, default: THIS_YEAR, required: true, description: 'The year the days are for' },
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Urlaubsanspruch 80%' },
		{
			name: 'days',
			displayName: 'Days',
			api: 'days',
			kind: 'number',
			min: 0,
			default: 30,
			required: true,
			description: 'Holiday days; MOCO converts them to hours with the user’s daily hours',
		},
		{ name: 'creatorId', displayName: 'Creator', api: 'creator_id', kind: 'reference', record: userRecord, description: 'Who granted the entitlement. Empty: the user the API key belongs to.' },
	],
	filters: [
		{ name: 'year', displayName: 'Year', api: 'year', kind: 'integer', min: 1900, max: 2999, default: THIS_YEAR, description: 'Only entitlements for this year' },
		userRow('Only entitlements of this user'),
		...GLOBAL_FILTERS,
	],
};
