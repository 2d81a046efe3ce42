import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { nameKey, type RecordType } from '../../../shared/locator';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';

/** A custom field's definition (MOCO: custom property); its name is what records' Custom Properties use. */
export const customFieldRecord: RecordType = {
	noun: 'custom field',
	label: 'Custom Field',
	path: '/account/custom_properties',
	key: nameKey('Kostenstelle'),
	title: (field: IDataObject) => `${String(field.name)} (${String(field.entity)})`,
	searchListMethod: 'searchCustomFields',
	exampleId: '42',
};

const entity: FieldRow = {
	name: 'entity',
	displayName: 'Record Type',
	api: 'entity',
	kind: 'text',
	required: true,
	// MOCO fixes what a field is for, and its kind, when it is created.
	update: false,
	placeholder: 'e.g. Project',
	description: 'The kind of record the field is for, as MOCO names it: Project, Company, Contact, Deal, Offer, Invoice, Purchase, User, ...',
};
const flag = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'boolean', description });

export const customField: ResourceSpec = {
	value: 'customField',
	record: customFieldRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Kostenstelle', description: 'The field’s name, as records’ Custom Properties name it' },
		{
			name: 'kind',
			displayName: 'Kind',
			api: 'kind',
			kind: 'text',
			required: true,
			update: false,
			placeholder: 'e.g. String',
			description: 'What the field holds, as MOCO names it: String, Textarea, Link, Boolean, Select, MultiSelect, Date',
		},
		entity,
		{ name: 'placeholder', displayName: 'Placeholder', api: 'placeholder', kind: 'text', description: 'The hint shown in the empty field' },
		{ name: 'placeholderAlt', displayName: 'Placeholder (Alternative Language)', api: 'placeholder_alt', kind: 'text' },
		{ name: 'defaults', displayName: 'Choices', api: 'defaults', kind: 'tags', description: 'The values a Select or MultiSelect field offers' },
		flag('printOnInvoice', 'Print on Invoice', 'print_on_invoice', 'Whether invoices print the field'),
		flag('printOnOffer', 'Print on Offer', 'print_on_offer', 'Whether offers print the field'),
		flag('printOnTimesheet', 'Print on Timesheet', 'print_on_timesheet', 'Whether timesheets print the field'),
		flag('notificationEnabled', 'Notification Enabled', 'notification_enabled', 'Whether MOCO notifies about the field (a date field’s reminder)'),
		flag('apiOnly', 'API Only', 'api_only', 'Whether the field is hidden in MOCO’s screens and kept for integrations'),
	],
	filters: [{ ...entity, required: false, update: undefined, description: 'Only the fields for this kind of record (Project, Company, ...)' }, ...GLOBAL_FILTERS],
};

export const customFieldDescription: INodeProperties[] = [
	operationList(customField, {
		create: { action: 'Create a custom field', description: 'Define a custom field for one kind of record' },
		delete: { action: 'Delete a custom field', description: 'Delete a custom field’s definition and its values' },
		get: { action: 'Get a custom field', description: 'Retrieve one custom field’s definition' },
		getAll: { action: 'Get many custom fields', description: 'Retrieve the account’s custom fields, e.g. those for projects' },
		update: { action: 'Update a custom field', description: 'Change the settings you set on a custom field; everything else stays as it is' },
	}),
	...resourceProperties(customField, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
