import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { periodFilters, personName, userRow } from '../../time/planningEntry/period';

/** Hours added to or taken from a user's work-time balance ("Korrektur"), picked from the list or by ID. */
export const workTimeAdjustmentRecord: RecordType = {
	noun: 'work time adjustment',
	label: 'Work Time Adjustment',
	path: '/users/work_time_adjustments',
	title: (adjustment: IDataObject) => `${String(adjustment.date)}: ${String(adjustment.hours)} h, ${String(adjustment.description)}, ${personName(adjustment.user)}`,
	searchListMethod: 'searchWorkTimeAdjustments',
	exampleId: '1972',
};

export const workTimeAdjustment: ResourceSpec = {
	value: 'workTimeAdjustment',
	record: workTimeAdjustmentRecord,
	fields: [
		userRow('Whose work-time balance changes', { required: true, update: false }),
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day the adjustment counts on, sent as YYYY-MM-DD' },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'text', required: true, placeholder: 'e.g. Overtime from 2025' },
		{
			name: 'hours',
			displayName: 'Hours',
			api: 'hours',
			kind: 'number',
			required: true,
			description: 'Hours added to the balance; negative hours are taken from it',
		},
	],
	filters: [...periodFilters('adjustments'), userRow('Only adjustments of this user'), ...GLOBAL_FILTERS],
};
