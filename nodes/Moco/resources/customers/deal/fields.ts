import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues } from '../../../shared/fieldTable';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { companyRecord } from '../company/record';
import { contactRecord } from '../contact/record';
import { dealCategoryRecord } from '../dealCategory/record';
import { userRecord } from '../../staff/user/fields';
import { dealRecord } from './record';

export const DEAL_STATUSES = [
	{ name: 'Potential', value: 'potential' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Won', value: 'won' },
	{ name: 'Lost', value: 'lost' },
	{ name: 'Dropped', value: 'dropped' },
];

export const deal: ResourceSpec = {
	value: 'deal',
	record: dealRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Relaunch Website' },
		{ name: 'currency', displayName: 'Currency', api: 'currency', kind: 'text', required: true, placeholder: 'e.g. EUR', description: 'ISO currency code of the value' },
		{ name: 'money', displayName: 'Value', api: 'money', kind: 'number', required: true, min: 0, description: 'The deal’s expected value in its currency' },
		{ name: 'reminderDate', displayName: 'Reminder Date', api: 'reminder_date', kind: 'date', required: true, description: 'When MOCO reminds the responsible user (sent as YYYY-MM-DD)' },
		{ name: 'userId', displayName: 'Responsible User', api: 'user_id', kind: 'reference', record: userRecord, required: true, description: 'The MOCO user responsible for the deal' },
		{
			name: 'dealCategoryId',
			displayName: 'Category',
			api: 'deal_category_id',
			kind: 'reference',
			record: dealCategoryRecord,
			required: true,
			description: 'The stage of the deal pipeline',
		},
		{ name: 'closedOn', displayName: 'Closed On', api: 'closed_on', kind: 'date', description: 'The day the deal was won, lost or dropped (sent as YYYY-MM-DD)' },
		{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'The customer the deal is with' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Deal', description: 'Values of the custom fields your MOCO account defines for deals; MOCO keeps the ones not sent' },
		{ name: 'info', displayName: 'Info', api: 'info', kind: 'longText', description: 'Free text about the deal' },
		{ name: 'personId', displayName: 'Contact', api: 'person_id', kind: 'reference', record: contactRecord, description: 'The contact person on the customer’s side' },
		{ name: 'servicePeriodFrom', displayName: 'Service Period From', api: 'service_period_from', kind: 'date', placeholder: 'e.g. 2026-03-01', description: 'Must be the first day of a month' },
		{ name: 'servicePeriodTo', displayName: 'Service Period To', api: 'service_period_to', kind: 'date', placeholder: 'e.g. 2026-08-31', description: 'Must be the last day of a month' },
		{ name: 'status', displayName: 'Status', api: 'status', kind: 'enum', options: DEAL_STATUSES, default: 'pending', description: 'MOCO’s default: Pending' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
	],
	filters: [
		{ name: 'status', displayName: 'Status', api: 'status', kind: 'enum', options: DEAL_STATUSES, default: 'pending', description: 'Only deals in this status' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only deals with at least one of these tags' },
		{ name: 'closedFrom', displayName: 'Closed From', api: 'closed_from', kind: 'date', description: 'Only deals closed on or after this day' },
		{ name: 'closedTo', displayName: 'Closed To', api: 'closed_to', kind: 'date', description: 'Only deals closed on or before this day' },
		{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only deals with this company' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Deal', description: 'Only deals whose custom fields have these values' },
		...GLOBAL_FILTERS,
	],
	check: checkServicePeriod,
	simplify: {
		description: 'only ID, name, status, value, currency, reminder and closing dates, responsible user, company, contact, category and tags',
		pick: (record: IDataObject) => {
			const id = (key: string) => (record[key] as IDataObject | null | undefined)?.id ?? null;
			return {
				id: record.id,
				name: record.name,
				status: record.status,
				money: record.money,
				currency: record.currency,
				reminder_date: record.reminder_date,
				closed_on: record.closed_on,
				user_id: id('user'),
				company_id: id('company'),
				person_id: id('person'),
				deal_category_id: id('category'),
				tags: record.tags,
			};
		},
	},
};

/** MOCO bills service periods by whole months: it starts on a 1st and ends on a month's last day. */
function checkServicePeriod(this: IExecuteSingleFunctions, { fields }: CheckedValues) {
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const from = fields.service_period_from as string | undefined;
	const to = fields.service_period_to as string | undefined;
	if (from !== undefined && !from.endsWith('-01')) {
		throw fail('Service Period From', `must be the first day of a month, like ${from.slice(0, 8)}01, not ${from}`);
	}
	if (to !== undefined) {
		const [year, month] = to.split('-').map(Number);
		const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
		const lastDay = `${to.slice(0, 8)}${String(last)}`;
		if (to !== lastDay) throw fail('Service Period To', `must be the last day of a month, like ${lastDay}, not ${to}`);
	}
	if (from !== undefined && to !== undefined && to < from) {
		throw fail('Service Period To', `must not be before Service Period From (${from}), not ${to}`);
	}
}
