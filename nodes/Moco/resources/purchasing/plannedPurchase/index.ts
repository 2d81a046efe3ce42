import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import type { RecordType } from '../../../shared/locator';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { currencyCode } from '../../../shared/fieldChecks';
import { purchaseBudgetRecord } from '../purchaseBudget/record';
import { userRecord } from '../../staff/user/fields';

/** A purchase planned ahead, once or recurring: picked from the list or by ID. */
export const plannedPurchaseRecord: RecordType = {
	noun: 'planned purchase',
	label: 'Planned Purchase',
	path: '/planned_purchases',
	title: (plan: IDataObject) => `${String(plan.title ?? '')} (${String(plan.date ?? '')}, ${String(plan.net_total ?? '')} ${String(plan.currency ?? '')})`,
	inactive: (plan: IDataObject) => (plan.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchPlannedPurchases',
	exampleId: '6630001',
};

const FREQUENCIES = ['Once', 'Weekly', 'Biweekly', 'Monthly', 'Quarterly', 'Biannual', 'Annual'].map((name) => ({ name, value: name.toLowerCase() }));
const row = (name: string, displayName: string, api: string, kind: FieldRow['kind'], description: string, more: Partial<FieldRow> = {}): FieldRow => ({ name, displayName, api, kind, description, ...more });

export const plannedPurchase: ResourceSpec = {
	value: 'plannedPurchase',
	record: plannedPurchaseRecord,
	fields: [
		row('title', 'Title', 'title', 'text', 'What is to be bought', { required: true, placeholder: 'e.g. Messestand Hamburg' }),
		row('date', 'Date', 'date', 'date', 'When it is planned (for a recurring one: the first time), sent as YYYY-MM-DD', { required: true }),
		row('netTotal', 'Net Total', 'net_total', 'number', 'The planned net amount, in its currency', { required: true }),
		row('currency', 'Currency', 'currency', 'text', 'A 3-letter currency code (EUR, CHF, USD)', { required: true, default: 'EUR', placeholder: 'e.g. EUR' }),
		row('userId', 'Responsible User', 'user_id', 'reference', 'Who is responsible for the purchase', { required: true, record: userRecord }),
		row('frequency', 'Frequency', 'frequency', 'enum', 'How often it recurs (MOCO’s default: Once)', { options: FREQUENCIES, default: 'once' }),
		row('finishDate', 'Finish Date', 'finish_date', 'date', 'The last day a recurring purchase recurs'),
		row('companyId', 'Supplier', 'company_id', 'reference', 'The supplier company', { record: companyRecord }),
		row('purchaseBudgetId', 'Purchase Budget', 'purchase_budget_id', 'reference', 'The budget the purchase counts against', { record: purchaseBudgetRecord }),
		row('info', 'Info', 'info', 'longText', 'A note on the planned purchase'),
		row('customProperties', 'Custom Properties', 'custom_properties', 'customProperties', 'Values of the custom fields your MOCO account defines for planned purchases', { entity: 'PlannedPurchase' }),
	],
	filters: GLOBAL_FILTERS,
	check(values) {
		currencyCode.call(this, values.fields);
	},
};

export const plannedPurchaseDescription: INodeProperties[] = [
	operationList(plannedPurchase, {
		create: { action: 'Create a planned purchase', description: 'Plan a purchase ahead, once or recurring, against a budget' },
		delete: { action: 'Delete a planned purchase', description: 'Delete a planned purchase' },
		get: { action: 'Get a planned purchase', description: 'Retrieve one planned purchase with the purchases made from it' },
		getAll: { action: 'Get many planned purchases', description: 'Retrieve the planned purchases' },
		update: { action: 'Update a planned purchase', description: 'Change a planned purchase; only the fields set are sent' },
	}),
	...resourceProperties(plannedPurchase, { onRecord: ['delete', 'get', 'update'], create: true, getAll: true, update: true }),
];
