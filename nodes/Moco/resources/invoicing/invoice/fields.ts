import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { lineItems } from '../../../shared/lineItems';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { contactRecord } from '../../customers/contact/record';
import { projectRecord } from '../../projects/project/record';
import { userRecord } from '../../staff/user/fields';
import { salesVatCodeRecord } from '../vatCodeSale/record';
import { checkAction } from './actions';
import { invoiceLines } from './lines';
import { invoiceRecord } from './record';
import { letterPaperRecord } from '../../account/letterPaper/record';

const text = (name: string, displayName: string, api: string, description: string, kind: FieldRow['kind'] = 'text'): FieldRow => ({ name, displayName, api, kind, description });

export const INVOICE_STATUSES = [
	{ name: 'Draft', value: 'draft' },
	{ name: 'Created', value: 'created' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Partially Paid', value: 'partially_paid' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Overdue', value: 'overdue' },
	{ name: 'Ignored', value: 'ignored' },
	{ name: 'Disregarded', value: 'disregarded' },
];

/** Rules across fields, before anything is sent: MOCO's service period has both ends or none. */
function checkInvoice(this: IExecuteSingleFunctions, checked: CheckedValues, operation: string): void {
	checkAction.call(this, checked, operation);
	if (operation !== 'create') return;
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const { fields } = checked;
	const code = String(fields.currency ?? '').trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(code)) throw fail('Currency', `must be a 3-letter currency code like EUR, not ${JSON.stringify(fields.currency)}`);
	fields.currency = code;
	if (fields.due_date !== undefined && String(fields.due_date) < String(fields.date)) throw fail('Due Date', `(${String(fields.due_date)}) must not be before the Date (${String(fields.date)})`);
	const [from, to] = [fields.service_period_from, fields.service_period_to];
	if ((from === undefined) !== (to === undefined)) {
		throw fail(from === undefined ? 'Service Period From' : 'Service Period To', `is needed as well: MOCO takes a service period with both ends or none`);
	}
	if (from !== undefined && String(to) < String(from)) throw fail('Service Period To', `(${String(to)}) must not be before Service Period From (${String(from)})`);
	const vatCode = checked.references.some((reference) => reference.row.api === 'vat_code_id') || fields.vat_code_id !== undefined;
	if (vatCode && fields.tax !== undefined) throw fail('Tax (Deprecated)', 'cannot be given together with VAT Code: MOCO would ignore it. Leave Tax empty');
	if (fields.category === 'partial' && fields.discount !== undefined) throw fail('Discount', 'cannot be given on a partial invoice (MOCO takes no discount there)');
	lineItems.call(this, invoiceLines);
}

export const invoice: ResourceSpec = {
	value: 'invoice',
	record: invoiceRecord,
	fields: [
		{ name: 'customerId', displayName: 'Customer', api: 'customer_id', kind: 'reference', record: companyRecord, required: true, description: 'The customer company: from the list, by ID or by name' },
		{ name: 'recipientAddress', displayName: 'Recipient Address', api: 'recipient_address', kind: 'longText', required: true, description: 'The address printed on the invoice, one line per line' },
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The invoice date, sent as YYYY-MM-DD' },
		{ name: 'dueDate', displayName: 'Due Date', api: 'due_date', kind: 'date', required: true, description: 'When payment is due, sent as YYYY-MM-DD' },
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Website-Relaunch – Januar 2026', description: 'The invoice’s subject line' },
		{ name: 'currency', displayName: 'Currency', api: 'currency', kind: 'text', required: true, default: 'EUR', placeholder: 'e.g. EUR', description: 'A 3-letter currency code (EUR, CHF, USD)' },
		{
			name: 'vatCodeId',
			displayName: 'VAT Code',
			api: 'vat_code_id',
			kind: 'reference',
			record: salesVatCodeRecord,
			top: true,
			description: 'One of your sales VAT codes (see VAT Code (Sales) > Get Many). Empty: MOCO applies the customer’s default.',
		},
		{
			name: 'status',
			displayName: 'Status',
			api: 'status',
			kind: 'enum',
			options: [
				{ name: 'Created', value: 'created', description: 'A finished invoice with its number' },
				{ name: 'Draft', value: 'draft', description: 'Not issued yet: no number, still editable in MOCO' },
			],
			description: 'Whether MOCO issues the invoice or keeps it as a draft (MOCO’s default: Created)',
		},
		{
			name: 'category',
			displayName: 'Category',
			api: 'category',
			kind: 'enum',
			options: [
				{ name: 'Default', value: 'default', description: 'A regular invoice' },
				{ name: 'Partial', value: 'partial', description: 'A partial invoice (Abschlagsrechnung); no discount' },
				{ name: 'Final', value: 'final', description: 'A final invoice (Schlussrechnung) after partial ones' },
			],
			description: 'The kind of invoice (MOCO’s default: Default)',
		},
		{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'The project the invoice belongs to' },
		{ name: 'contactId', displayName: 'Contact', api: 'contact_id', kind: 'reference', record: contactRecord, description: 'The customer’s contact person' },
		{ name: 'internalContactId', displayName: 'Internal Contact', api: 'internal_contact_id', kind: 'reference', record: userRecord, description: 'Who at your company answers questions about the invoice' },
		{ name: 'offerId', displayName: 'Offer ID', api: 'offer_id', kind: 'integer', min: 1, placeholder: 'e.g. 4711', description: 'The offer the invoice comes from' },
		text('identifier', 'Identifier', 'identifier', 'A number of your own (when your account numbers invoices by hand); otherwise MOCO assigns the next one'),
		text('servicePeriodFrom', 'Service Period From', 'service_period_from', 'The first day of the service period; give the last day too', 'date'),
		text('servicePeriodTo', 'Service Period To', 'service_period_to', 'The last day of the service period; give the first day too', 'date'),
		text('salutation', 'Salutation', 'salutation', 'The text above the rows; MOCO fills in {salutation}, {recipient}, {company_name}, {date}, {due_date} and more', 'longText'),
		text('footer', 'Footer', 'footer', 'The text below the rows; MOCO fills in {identifier}, {gross_total}, {net_total}, {user}, {me} and more', 'longText'),
		{
			name: 'changeAddress',
			displayName: 'Change Address',
			api: 'change_address',
			kind: 'enum',
			options: [
				{ name: 'Invoice Only', value: 'invoice' },
				{ name: 'Project', value: 'project' },
				{ name: 'Customer', value: 'customer' },
			],
			description: 'Where MOCO also stores the Recipient Address: on this invoice only, on the project, or on the customer',
		},
		{ name: 'discount', displayName: 'Discount', api: 'discount', kind: 'number', min: 0, max: 100, description: 'A discount in percent of the net total' },
		{ name: 'cashDiscount', displayName: 'Cash Discount', api: 'cash_discount', kind: 'number', min: 0, max: 100, description: 'Cash discount (Skonto) in percent for early payment' },
		{ name: 'cashDiscountDays', displayName: 'Cash Discount Days', api: 'cash_discount_days', kind: 'integer', min: 0, description: 'Days within which the cash discount applies' },
		{ name: 'printDetailColumns', displayName: 'Print Detail Columns', api: 'print_detail_columns', kind: 'boolean', description: 'Whether the PDF shows quantity, unit and unit price columns' },
		{ name: 'letterPaperId', displayName: 'Letter Paper', api: 'letter_paper_id', kind: 'reference', record: letterPaperRecord, description: 'The letter paper (Briefpapier) to print on; empty: the account’s default' },
		{ name: 'withoutLetterPaper', displayName: 'Without Letter Paper', api: 'without_letter_paper', kind: 'boolean', description: 'Whether to print on white paper; wins over Letter Paper ID' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Invoice', description: 'Values of the custom fields your MOCO account defines for invoices' },
		{ name: 'tax', displayName: 'Tax (Deprecated)', api: 'tax', kind: 'number', min: 0, max: 100, description: 'A VAT rate in percent, for old workflows; use VAT Code instead' },
	],
	filters: [
		{ name: 'status', displayName: 'Status', api: 'status', kind: 'multiEnum', options: INVOICE_STATUSES, description: 'Only invoices in one of these states' },
		{ name: 'includeDisregarded', displayName: 'Include Disregarded', api: 'include_disregarded', kind: 'boolean', omitFalse: true, description: 'Whether to include disregarded invoices, which MOCO leaves out by default' },
		{ name: 'notBooked', displayName: 'Not Booked', api: 'not_booked', kind: 'boolean', omitFalse: true, description: 'Whether to return only invoices not yet exported to bookkeeping' },
		text('dateFrom', 'Date From', 'date_from', 'Only invoices dated on or after this day', 'date'),
		text('dateTo', 'Date To', 'date_to', 'Only invoices dated on or before this day', 'date'),
		text('servicePeriodFrom', 'Service Period From', 'service_period_from', 'Only invoices whose service period starts on or after this day', 'date'),
		text('servicePeriodTo', 'Service Period To', 'service_period_to', 'Only invoices whose service period ends on or before this day', 'date'),
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only invoices with at least one of these tags' },
		text('identifier', 'Identifier', 'identifier', 'Only the invoice with this number'),
		text('term', 'Search Term', 'term', 'Only invoices whose title, number or address contains this'),
		{ name: 'companyId', displayName: 'Customer', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only invoices of this customer' },
		{ name: 'projectId', displayName: 'Project', api: 'project_id', kind: 'reference', record: projectRecord, description: 'Only invoices of this project' },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Invoice', description: 'Only invoices whose custom fields have these values' },
		...GLOBAL_FILTERS,
	],
	sortBy: ['Date', 'Due Date', 'Identifier', 'Title', 'Status', 'Net Total', 'Gross Total', 'Created At', 'Updated At'].map((name) => ({ name, value: name.toLowerCase().replace(/ /g, '_') })),
	check: checkInvoice,
	shape(fields, { operation }) {
		return operation === 'create' ? { ...fields, items: lineItems.call(this, invoiceLines) } : fields;
	},
	simplify: {
		description: 'only ID, number, title, status, customer, project, dates, currency and totals',
		pick: (record: IDataObject) => ({
			id: record.id,
			identifier: record.identifier,
			title: record.title,
			status: record.status,
			customer_id: record.customer_id,
			project_id: record.project_id,
			date: record.date,
			due_date: record.due_date,
			currency: record.currency,
			net_total: record.net_total,
			gross_total: record.gross_total,
		}),
	},
};
