import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { changedLineItems, lineItems, rowsGiven, type LineItemSpec } from '../../../shared/lineItems';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../company/record';
import { contactRecord } from '../contact/record';
import { dealRecord } from '../deal/record';
import { checkAction } from '../../invoicing/invoice/actions';
import { invoiceLines } from '../../invoicing/invoice/lines';
import { currencyCode } from '../../../shared/fieldChecks';
import { projectRecord } from '../../projects/project/record';
import { userRecord } from '../../staff/user/fields';
import { salesVatCodeRecord } from '../../invoicing/vatCodeSale/record';
import { offerRecord } from './record';

const text = (name: string, displayName: string, api: string, description: string, kind: FieldRow['kind'] = 'text'): FieldRow => ({ name, displayName, api, kind, description });
const flag = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'boolean', description });
const owner = (row: FieldRow): FieldRow => ({ ...row, kind: 'reference', top: true, update: false });

export const OFFER_STATUSES = [
	{ name: 'Created', value: 'created' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Accepted', value: 'accepted' },
	{ name: 'Partially Billed', value: 'partially_billed' },
	{ name: 'Billed', value: 'billed' },
	{ name: 'Archived', value: 'archived' },
];

/** An offer's rows take what an invoice's do (MOCO's description lists the same fields), and a row's own ID, by which Update keeps or moves it. */
export const offerLines: LineItemSpec = {
	...invoiceLines,
	document: 'offer',
	types: invoiceLines.types.map((type) => ({ ...type, fields: ['id', ...type.fields] })),
	fields: [
		{ api: 'id', displayName: 'Row ID', kind: 'integer', description: 'On Update: the ID of an existing row (see Get), to change or move that row; empty: a new row' },
		...invoiceLines.fields,
	],
	example: [
		{ type: 'title', title: 'Konzeption' },
		{ type: 'item', title: 'Workshop', quantity: 16, unit: 'h', unit_price: 140 },
		{ type: 'item', title: 'Wartung (optional)', quantity: 12, unit: 'Monat', unit_price: 90, optional: true },
		{ type: 'subtotal', subtotal_type: 'part_total' },
	],
};

/** Whom the offer is for, the order of its dates, the currency's form; the rows are checked as they are sent. */
function checkOffer(this: IExecuteSingleFunctions, checked: CheckedValues, operation: string): void {
	checkAction.call(this, checked, operation);
	const { fields } = checked;
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	if (operation === 'create' || operation === 'assign') {
		const given = ['company_id', 'deal_id', 'project_id'].some((api) => api in fields || checked.references.some((reference) => reference.row.api === api));
		if (!given) throw fail('Company', 'is needed, or a Deal or a Project: an offer belongs to one of them');
	}
	currencyCode.call(this, fields);
	if (typeof fields.date === 'string' && typeof fields.due_date === 'string' && fields.due_date < fields.date) {
		throw fail('Due Date', `(${fields.due_date}) must not be before the Date (${fields.date})`);
	}
	if (typeof fields.from === 'string' && typeof fields.to === 'string' && fields.from > fields.to) throw fail('From', `(${fields.from}) must not be after To (${fields.to})`);
	if (operation === 'create') lineItems.call(this, offerLines);
	if (operation === 'update') changedLineItems.call(this, offerLines);
}

/** The company, deal and project an offer may belong to: MOCO takes the customer from the project first, then the deal. */
export const ownerRows: FieldRow[] = [
	owner({ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'The customer. A Project or Deal given too wins: MOCO takes its customer.' }),
	owner({ name: 'dealId', displayName: 'Deal', api: 'deal_id', kind: 'reference', record: dealRecord, description: 'The deal the offer is for; its company is the customer unless a Project is given' }),
	owner({ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'The project the offer is for; its customer wins over Company and Deal' }),
];

export const offer: ResourceSpec = {
	value: 'offer',
	record: offerRecord,
	fields: [
		...ownerRows,
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. App-Konzept', description: 'The offer’s subject line' },
		{ name: 'recipientAddress', displayName: 'Recipient Address', api: 'recipient_address', kind: 'longText', required: true, description: 'The address printed on the offer, one line per line' },
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The offer date, sent as YYYY-MM-DD' },
		{ name: 'dueDate', displayName: 'Due Date', api: 'due_date', kind: 'date', required: true, description: 'Until when the offer is valid, sent as YYYY-MM-DD' },
		{ name: 'vatCodeId', displayName: 'VAT Code', api: 'vat_code_id', kind: 'reference', record: salesVatCodeRecord, required: true, description: 'One of your active sales VAT codes (see VAT Code (Sales) > Get Many)' },
		{ ...text('currency', 'Currency', 'currency', 'A 3-letter code (EUR, CHF), needed only when neither the company, the deal nor the project gives one'), placeholder: 'e.g. EUR', update: false },
		text('identifier', 'Identifier', 'identifier', 'A number of your own; otherwise MOCO assigns the next one'),
		text('salutation', 'Salutation', 'salutation', 'The text above the rows', 'longText'),
		text('footer', 'Footer', 'footer', 'The text below the rows', 'longText'),
		{
			name: 'changeAddress',
			displayName: 'Change Address',
			api: 'change_address',
			kind: 'enum',
			options: [
				{ name: 'Offer Only', value: 'offer' },
				{ name: 'Customer', value: 'customer' },
			],
			description: 'Where MOCO also stores the Recipient Address: on this offer only, or on the customer',
		},
		{ name: 'discount', displayName: 'Discount', api: 'discount', kind: 'number', min: 0, max: 100, description: 'A discount in percent of the net total' },
		{ name: 'contactId', displayName: 'Contact', api: 'contact_id', kind: 'reference', record: contactRecord, description: 'The customer’s contact person' },
		{ name: 'internalContactId', displayName: 'Internal Contact', api: 'internal_contact_id', kind: 'reference', record: userRecord, description: 'Who at your company answers questions about the offer' },
		flag('tableHeaderVisible', 'Table Header Visible', 'table_header_visible', 'Whether the PDF shows the rows’ table header (empty: the account’s setting)'),
		flag('printDetailColumns', 'Print Detail Columns', 'print_detail_columns', 'Whether the PDF shows quantity, unit and unit price columns (empty: the account’s setting)'),
		flag('totalsSectionVisible', 'Totals Section Visible', 'totals_section_visible', 'Whether the PDF shows the totals (empty: the account’s setting)'),
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Offer', description: 'Values of the custom fields your MOCO account defines for offers' },
	],
	filters: [
		{ name: 'status', displayName: 'Status', api: 'status', kind: 'enum', options: OFFER_STATUSES, description: 'Only offers in this state' },
		text('from', 'From', 'from', 'Only offers dated on or after this day', 'date'),
		text('to', 'To', 'to', 'Only offers dated on or before this day', 'date'),
		text('identifier', 'Identifier', 'identifier', 'Only the offer with this number'),
		{ name: 'companyIds', displayName: 'Company IDs', api: 'company_id', kind: 'ids', placeholder: 'e.g. 760250001, 760250002', description: 'Only offers of these companies, IDs separated by commas' },
		{ name: 'dealIds', displayName: 'Deal IDs', api: 'deal_id', kind: 'ids', placeholder: 'e.g. 5635001', description: 'Only offers of these deals, IDs separated by commas' },
		{ name: 'projectIds', displayName: 'Project IDs', api: 'project_id', kind: 'ids', placeholder: 'e.g. 944500001', description: 'Only offers of these projects, IDs separated by commas' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only offers with at least one of these tags' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Offer', description: 'Only offers whose custom fields have these values' },
		...GLOBAL_FILTERS,
	],
	sortBy: ['Date', 'Due Date', 'Identifier', 'Title', 'Status', 'Net Total', 'Created At', 'Updated At'].map((name) => ({ name, value: name.toLowerCase().replace(/ /g, '_') })),
	check: checkOffer,
	shape(fields, { operation }) {
		if (operation === 'create') return { ...fields, items: lineItems.call(this, offerLines) };
		const items = operation === 'update' ? changedLineItems.call(this, offerLines) : undefined;
		return items ? { ...fields, items } : fields;
	},
	changesBeyondFields: rowsGiven,
	simplify: {
		description: 'only ID, number, title, status, company, project, deal, dates, currency and totals',
		pick: (record: IDataObject) => ({
			id: record.id,
			identifier: record.identifier,
			title: record.title,
			status: record.status,
			company: record.company,
			project: record.project,
			deal: record.deal,
			date: record.date,
			due_date: record.due_date,
			currency: record.currency,
			net_total: record.net_total,
			gross_total: record.gross_total,
		}),
	},
};
