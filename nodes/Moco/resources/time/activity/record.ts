import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

const named = (value: unknown) => (value && typeof value === 'object' ? String((value as IDataObject).name ?? '') : '');

/** A time entry: no key people know it by, so it is picked from the list or by ID. */
export const activityRecord: RecordType = {
	noun: 'activity',
	label: 'Activity',
	path: '/activities',
	// Latest first: the entries people pick are recent ones. MOCO's term searches description, tag and remote ID.
	listQuery: { sort_by: 'date desc' },
	term: true,
	title: (activity: IDataObject) =>
		`${String(activity.date)}, ${String(activity.hours ?? '')} h, ${named(activity.project)}${activity.description ? `: ${String(activity.description)}` : ''}`,
	searchListMethod: 'searchActivities',
	exampleId: '988913317',
};
