import type { IDataObject } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { fromNotAfterTo } from '../../../shared/fieldChecks';
import { projectRecord } from '../project/record';

/** A planned billing (milestone) of a project: picked within the project chosen first. */
export const paymentScheduleRecord: RecordType = {
	noun: 'payment schedule',
	label: 'Payment Schedule',
	path: '/projects/:projectId/payment_schedules',
	title: (schedule: IDataObject) => [String(schedule.date ?? ''), String(schedule.title ?? ''), String(schedule.net_total ?? '')].filter(Boolean).join(', '),
	inactive: (schedule: IDataObject) => (schedule.billed === true ? 'billed' : undefined),
	searchListMethod: 'searchPaymentSchedules',
	exampleId: '4660002',
	parent: { param: 'projectId', record: projectRecord },
};

const day = (name: string, displayName: string, description: string): FieldRow => ({ name, displayName, api: name, kind: 'date', description });

const listFilters: FieldRow[] = [
	day('from', 'From', 'Only payment schedules due on or after this day'),
	day('to', 'To', 'Only payment schedules due on or before this day'),
	{ name: 'checked', displayName: 'Checked', api: 'checked', kind: 'boolean', description: 'On: only payment schedules checked off; off: only open ones' },
	{ name: 'companyId', displayName: 'Customer', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only payment schedules of this customer’s projects' },
	GLOBAL_FILTERS[1],
];

/** A project's payment schedule (`/projects/{id}/payment_schedules`): when to bill how much of a fixed price. */
export const paymentSchedule: ResourceSpec = {
	value: 'paymentSchedule',
	record: paymentScheduleRecord,
	fields: [
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'When the amount is to be billed, sent as YYYY-MM-DD' },
		{ name: 'netTotal', displayName: 'Net Total', api: 'net_total', kind: 'number', required: true, description: 'The net amount to bill, in the project’s currency' },
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', top: true, placeholder: 'e.g. Erste Anzahlung', description: 'The milestone’s name' },
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'longText' },
		{ name: 'checked', displayName: 'Checked', api: 'checked', kind: 'boolean', description: 'Whether the milestone is checked off (e.g. the work is done and may be billed)' },
	],
	filters: listFilters,
	check({ fields }) {
		fromNotAfterTo.call(this, fields);
	},
};

/** Payment schedules of every project (`/projects/payment_schedules`), also narrowed to one project. */
export const allPaymentSchedules: ResourceSpec = {
	...paymentSchedule,
	filters: [
		...listFilters.slice(0, 4),
		{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'Only the payment schedules of this project' },
		...listFilters.slice(4),
		GLOBAL_FILTERS[0],
	],
};
