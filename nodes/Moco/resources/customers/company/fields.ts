import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { userRecord } from '../../staff/user/fields';
import { companyRecord } from './record';

export const COMPANY_TYPES = [
	{ name: 'Customer', value: 'customer' },
	{ name: 'Supplier', value: 'supplier' },
	{ name: 'Organization', value: 'organization' },
];

type CompanyType = 'customer' | 'supplier';

/**
 * Fields MOCO takes for one company type only. On Create they show under that Type and are never
 * sent for another; on Update (where the Type is usually not given) they are sent unless the
 * update itself names another Type.
 */
function onlyFor(type: CompanyType, rows: FieldRow[]): FieldRow[] {
	const label = type === 'customer' ? 'Customers only' : 'Suppliers only';
	return rows.flatMap((row) => [
		{ ...row, update: false, show: { '/type': [type] }, when: (values: IDataObject) => values.type === type },
		{
			...row,
			create: false,
			required: false,
			description: [row.description, `${label}.`].filter(Boolean).join('. '),
			when: (values: IDataObject) => values.type === undefined || values.type === '' || values.type === type,
		},
	]);
}

const CUSTOMER_ONLY: FieldRow[] = [
	{ name: 'currency', displayName: 'Currency', api: 'currency', kind: 'text', required: true, placeholder: 'e.g. EUR', description: 'The currency the customer is billed in (ISO code)' },
	{
		name: 'identifier',
		displayName: 'Identifier',
		api: 'identifier',
		kind: 'text',
		placeholder: 'e.g. K-1003',
		description: 'The customer number; needed only when the account assigns numbers by hand',
	},
	{ name: 'customerVatCodeId', displayName: 'Customer VAT Code ID', api: 'customer_vat_code_id', kind: 'integer', min: 1, description: 'The sales VAT code (see MOCO’s VAT codes)' },
	{ name: 'invoiceDueDays', displayName: 'Invoice Due Days', api: 'default_invoice_due_days', kind: 'integer', min: 0, description: 'Days until the customer’s invoices are due' },
	{ name: 'debitNumber', displayName: 'Debit Number', api: 'debit_number', kind: 'integer', min: 1, description: 'The debtor account number for bookkeeping' },
];

const SUPPLIER_ONLY: FieldRow[] = [
	{ name: 'bankOwner', displayName: 'Bank Owner', api: 'bank_owner', kind: 'text', description: 'The account holder' },
	{ name: 'iban', displayName: 'IBAN', api: 'iban', kind: 'text' },
	{ name: 'bankBic', displayName: 'BIC', api: 'bank_bic', kind: 'text' },
	{ name: 'supplierVatCodeId', displayName: 'Supplier VAT Code ID', api: 'supplier_vat_code_id', kind: 'integer', min: 1, description: 'The purchase VAT code (see MOCO’s VAT codes)' },
	{ name: 'creditNumber', displayName: 'Credit Number', api: 'credit_number', kind: 'integer', min: 1, description: 'The creditor account number for bookkeeping' },
];

export const company: ResourceSpec = {
	value: 'company',
	record: companyRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Acme GmbH' },
		{
			name: 'type',
			displayName: 'Type',
			api: 'type',
			kind: 'enum',
			required: true,
			options: COMPANY_TYPES,
			description: 'Customer, supplier or organization; decides which other fields MOCO takes',
		},
		...onlyFor('customer', CUSTOMER_ONLY),
		...onlyFor('supplier', SUPPLIER_ONLY),
		{ name: 'address', displayName: 'Address', api: 'address', kind: 'longText', description: 'The postal address, one line per row' },
		{
			name: 'alternativeCorrespondenceLanguage',
			displayName: 'Alternative Correspondence Language',
			api: 'alternative_correspondence_language',
			kind: 'boolean',
			description: 'Whether invoices and offers use the account’s alternative language',
		},
		{ name: 'billingEmailCc', displayName: 'Billing Email CC', api: 'billing_email_cc', kind: 'email', description: 'Copied on every invoice email' },
		{ name: 'billingNotes', displayName: 'Billing Notes', api: 'billing_notes', kind: 'longText' },
		{ name: 'countryCode', displayName: 'Country Code', api: 'country_code', kind: 'text', placeholder: 'e.g. DE', description: 'ISO 3166 two-letter country code' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Company', description: 'Values of the custom fields your MOCO account defines for companies; MOCO keeps the ones not sent' },
		{
			name: 'defaultPaymentMeans',
			displayName: 'Payment Means',
			api: 'default_payment_means',
			kind: 'enum',
			options: [
				{ name: 'Not Defined', value: 'not_defined' },
				{ name: 'Credit Transfer', value: 'credit_transfer' },
			],
		},
		{ name: 'email', displayName: 'Email', api: 'email', kind: 'email' },
		{ name: 'fax', displayName: 'Fax', api: 'fax', kind: 'text' },
		{ name: 'footer', displayName: 'Footer', api: 'footer', kind: 'longText', description: 'Invoice footer (HTML)' },
		{ name: 'info', displayName: 'Info', api: 'info', kind: 'longText', description: 'Free text about the company' },
		{
			name: 'invoiceFormat',
			displayName: 'Invoice Format',
			api: 'invoice_format',
			kind: 'enum',
			options: [
				{ name: 'PDF', value: 'regular_pdf' },
				{ name: 'XRechnung (X-Invoice)', value: 'x_invoice' },
				{ name: 'ZUGFeRD', value: 'zugferd_x_invoice' },
			],
		},
		{ name: 'phone', displayName: 'Phone', api: 'phone', kind: 'text' },
		{ name: 'userId', displayName: 'Responsible User', api: 'user_id', kind: 'reference', record: userRecord, description: 'The MOCO user responsible for this company' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
		{ name: 'vatIdentifier', displayName: 'VAT ID', api: 'vat_identifier', kind: 'text', placeholder: 'e.g. DE123456789', description: 'The company’s VAT identification number' },
		{ name: 'website', displayName: 'Website', api: 'website', kind: 'text', placeholder: 'e.g. https://acme.example' },
	],
	filters: [
		{ name: 'includeArchived', displayName: 'Include Archived', api: 'include_archived', kind: 'boolean', omitFalse: true, description: 'Whether to include archived companies' },
		{ name: 'type', displayName: 'Type', api: 'type', kind: 'enum', options: COMPANY_TYPES, description: 'Only companies of this type' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only companies with at least one of these tags' },
		{ name: 'identifier', displayName: 'Identifier', api: 'identifier', kind: 'text', description: 'Only the company with this customer number' },
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', description: 'Only companies whose name or identifier contains this' },
		{
			name: 'customProperties',
			displayName: 'Custom Properties',
			api: 'custom_properties',
			kind: 'customProperties',
			entity: 'Company',
			description: 'Only companies whose custom fields have these values. MOCO takes this filter only together with Type.',
		},
		...GLOBAL_FILTERS,
	],
	sortBy: [
		{ name: 'Name', value: 'name' },
		{ name: 'Identifier', value: 'identifier' },
		{ name: 'ID', value: 'id' },
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	check: refuseCustomPropertiesWithoutType,
	simplify: {
		description: 'only ID, name, type, identifier, email, phone, website, responsible user, tags and whether it is active',
		pick: (record: IDataObject) => ({
			id: record.id,
			name: record.name,
			type: record.type,
			identifier: record.identifier,
			email: record.email,
			phone: record.phone,
			website: record.website,
			user_id: (record.user as IDataObject | null | undefined)?.id ?? null,
			tags: record.tags,
			active: record.active,
		}),
	},
};

/** MOCO filters companies by custom fields only within one type; without it the filter would be ignored. */
function refuseCustomPropertiesWithoutType(this: IExecuteSingleFunctions, values: { fields: IDataObject }, operation: string) {
	if (operation !== 'getAll' || values.fields.custom_properties === undefined || values.fields.type !== undefined) return;
	throw invalidInput(
		this.getNode(),
		this.getItemIndex(),
		'Custom Properties',
		'needs Type as well: MOCO filters companies by custom fields only together with the company type (Customer, Supplier or Organization)',
	);
}
