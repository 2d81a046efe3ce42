import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { asBase64, checkInputFile, readInputFile } from '../../../shared/files';
import { lineItems } from '../../../shared/lineItems';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { purchaseBudgetRecord } from '../purchaseBudget/record';
import { purchaseCategoryRecord } from '../purchaseCategory/record';
import { userRecord } from '../../staff/user/fields';
import { purchaseItems } from './items';
import { purchaseRecord } from './record';
import { param } from '../../../shared/scope';

const row = (name: string, displayName: string, api: string, kind: FieldRow['kind'], description: string, more: Partial<FieldRow> = {}): FieldRow => ({ name, displayName, api, kind, description, ...more });

export const PAYMENT_METHODS = [
	{ name: 'Bank Transfer', value: 'bank_transfer' },
	{ name: 'Direct Debit', value: 'direct_debit' },
	{ name: 'Credit Card', value: 'credit_card' },
	{ name: 'PayPal', value: 'paypal' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Bank Transfer (Swiss QR)', value: 'bank_transfer_swiss_qr_esr' },
];

const DOCUMENT = 'documentBinaryField';

/** The binary field Create's Document names, if any: read before any request, so a missing file costs none. */
const documentField = (context: IExecuteSingleFunctions) => {
	const name = ((param.call(context, 'additionalFields', {}) ?? {}) as IDataObject)[DOCUMENT];
	return typeof name === 'string' && name.trim() !== '' ? { name, label: 'Document (Binary Field)' } : undefined;
};

function checkPurchase(this: IExecuteSingleFunctions, checked: CheckedValues, operation: string): void {
	if (operation === 'storeDocument') checkInputFile.call(this);
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const { fields } = checked;
	if (operation === 'getAll' && fields.date_from !== undefined && fields.date_to !== undefined && String(fields.date_to) < String(fields.date_from)) {
		throw fail('Date To', `(${String(fields.date_to)}) must not be before Date From (${String(fields.date_from)})`);
	}
	const supplier = 'company_id' in fields || checked.references.some((reference) => reference.row.api === 'company_id');
	if (operation === 'getAll' && fields.without_supplier === true && supplier) throw fail('Without Supplier', 'cannot go with a Supplier: choose one or the other');
	if (operation !== 'create' && operation !== 'update') return;
	if (fields.currency !== undefined) {
		const code = String(fields.currency).trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(code)) throw fail('Currency', `must be a 3-letter currency code like EUR, not ${JSON.stringify(fields.currency)}`);
		fields.currency = code;
	}
	if (fields.due_date !== undefined && fields.date !== undefined && String(fields.due_date) < String(fields.date)) {
		throw fail('Due Date', `(${String(fields.due_date)}) must not be before the Date (${String(fields.date)})`);
	}
	const [from, to] = [fields.service_period_from, fields.service_period_to];
	if (from !== undefined && to !== undefined && String(to) < String(from)) throw fail('Service Period To', `(${String(to)}) must not be before Service Period From (${String(from)})`);
	if (operation !== 'create') return;
	lineItems.call(this, purchaseItems);
	const document = documentField(this);
	if (document) checkInputFile.call(this, document);
}

export const purchase: ResourceSpec = {
	value: 'purchase',
	record: purchaseRecord,
	fields: [
		row('date', 'Date', 'date', 'date', 'The date of the supplier’s invoice, sent as YYYY-MM-DD', { required: true }),
		row('currency', 'Currency', 'currency', 'text', 'A 3-letter currency code (EUR, CHF, USD)', { required: true, default: 'EUR', placeholder: 'e.g. EUR' }),
		row('paymentMethod', 'Payment Method', 'payment_method', 'enum', 'How the purchase is paid', { required: true, options: PAYMENT_METHODS, default: 'bank_transfer' }),
		row('companyId', 'Supplier', 'company_id', 'reference', 'The supplier company: from the list, by ID or by name', { record: companyRecord, top: true }),
		row('title', 'Title', 'title', 'text', 'What the purchase is for', { top: true, placeholder: 'e.g. Messeflyer, 5.000 Stück' }),
		row('receiptIdentifier', 'Receipt Number', 'receipt_identifier', 'text', 'The supplier’s invoice number', { placeholder: 'e.g. RE-2026-0815' }),
		row('dueDate', 'Due Date', 'due_date', 'date', 'When payment is due'),
		row('servicePeriodFrom', 'Service Period From', 'service_period_from', 'date', 'The first day of the service period'),
		row('servicePeriodTo', 'Service Period To', 'service_period_to', 'date', 'The last day of the service period'),
		row('info', 'Info', 'info', 'longText', 'A note on the purchase'),
		row('iban', 'IBAN', 'iban', 'text', 'The IBAN to pay to', { placeholder: 'e.g. DE02120300000000202051' }),
		row('reference', 'Payment Reference', 'reference', 'text', 'The reference (Verwendungszweck) for the transfer'),
		row('bankAccountNumber', 'Bank Account Number', 'bank_account_number', 'text', 'The account to pay to where there is no IBAN'),
		row('userId', 'Responsible User', 'user_id', 'reference', 'Who is responsible for the purchase', { record: userRecord }),
		row('purchaseBudgetId', 'Purchase Budget', 'purchase_budget_id', 'reference', 'The purchase budget the purchase counts against', { record: purchaseBudgetRecord }),
		row('purchaseDraftId', 'Purchase Draft ID', 'purchase_draft_id', 'integer', 'The draft from the purchase inbox this purchase is booked from (MOCO takes its document)', { min: 1 }),
		row('inboundEmailId', 'Inbound Email ID', 'inbound_email_id', 'integer', 'The email in MOCO’s purchase inbox this purchase comes from', { min: 1 }),
		row('cashDiscountRate', 'Cash Discount Rate', 'cash_discount_rate', 'number', 'Cash discount (Skonto) in percent for early payment', { min: 0, max: 100 }),
		row('cashDiscountUntil', 'Cash Discount Until', 'cash_discount_until', 'date', 'The last day the cash discount applies'),
		row('tags', 'Tags', 'tags', 'tags', 'Tags of the purchase'),
		row('customProperties', 'Custom Properties', 'custom_properties', 'customProperties', 'Values of the custom fields your MOCO account defines for purchases', { entity: 'Purchase' }),
		row(DOCUMENT, 'Document (Binary Field)', 'file', 'text', 'The binary field of the input item that holds the supplier’s invoice (PDF or image), e.g. data; sent with the purchase', { update: false, placeholder: 'e.g. data' }),
	],
	filters: [
		row('status', 'Status', 'status', 'enum', 'Only purchases in the inbox (Pending) or approved ones', { options: [{ name: 'Pending', value: 'pending' }, { name: 'Approved', value: 'archived' }], default: 'pending' }),
		row('approvalStatus', 'Approval Status', 'approval_status', 'enum', 'Only purchases in this approval state', {
			options: ['None', 'Pending', 'Approved', 'Denied'].map((name) => ({ name, value: name.toLowerCase() })),
			default: 'pending',
		}),
		row('companyId', 'Supplier', 'company_id', 'reference', 'Only purchases of this supplier', { record: companyRecord }),
		row('withoutSupplier', 'Without Supplier', 'without_supplier', 'boolean', 'Whether to return only purchases without a supplier (MOCO’s company_id 0); not together with Supplier', { omitFalse: true }),
		row('categoryId', 'Category', 'category_id', 'reference', 'Only purchases with an item in this category', { record: purchaseCategoryRecord }),
		row('userId', 'Responsible User', 'user_id', 'reference', 'Only purchases this user is responsible for', { record: userRecord }),
		row('approverUserId', 'Approver', 'approver_user_id', 'reference', 'Only purchases this user is to approve', { record: userRecord }),
		row('paymentMethod', 'Payment Method', 'payment_method', 'enum', 'Only purchases paid this way', { options: PAYMENT_METHODS }),
		row('dateFrom', 'Date From', 'date_from', 'date', 'Only purchases dated on or after this day'),
		row('dateTo', 'Date To', 'date_to', 'date', 'Only purchases dated on or before this day'),
		row('unpaid', 'Unpaid', 'unpaid', 'boolean', 'Whether to return only purchases not fully paid', { omitFalse: true }),
		row('partiallyPaid', 'Partially Paid', 'partially_paid', 'boolean', 'Whether to return only partly paid purchases', { omitFalse: true }),
		row('notBooked', 'Not Booked', 'not_booked', 'boolean', 'Whether to return only purchases not yet exported to bookkeeping', { omitFalse: true }),
		row('tags', 'Tags', 'tags', 'tags', 'Only purchases with at least one of these tags'),
		row('tagIds', 'Tag IDs', 'tag_ids', 'ids', 'Only purchases with one of these tags, IDs separated by commas'),
		row('receiptIdentifier', 'Receipt Number', 'receipt_identifier', 'text', 'Only the purchase with this supplier’s number'),
		row('identifier', 'Identifier', 'identifier', 'text', 'Only the purchase with this MOCO number', { placeholder: 'e.g. E2601-001' }),
		row('term', 'Search Term', 'term', 'text', 'Only purchases whose title, numbers or supplier contain this'),
		row('customProperties', 'Custom Properties', 'custom_properties', 'customProperties', 'Only purchases whose custom fields have these values', { entity: 'Purchase' }),
		...GLOBAL_FILTERS,
	],
	sortBy: ['Date', 'Due Date', 'Identifier', 'Title', 'Net Total', 'Gross Total', 'Created At', 'Updated At'].map((name) => ({ name, value: name.toLowerCase().replace(/ /g, '_') })),
	check: checkPurchase,
	simplify: {
		description: 'only ID, numbers, title, status, supplier, dates, payment method, currency and totals',
		pick: (record: IDataObject) => ({
			id: record.id,
			identifier: record.identifier,
			receipt_identifier: record.receipt_identifier,
			title: record.title,
			status: record.status,
			company: record.company,
			date: record.date,
			due_date: record.due_date,
			payment_method: record.payment_method,
			currency: record.currency,
			net_total: record.net_total,
			gross_total: record.gross_total,
		}),
	},
	async shape(fields, { operation }) {
		if (operation === 'getAll') {
			// MOCO's one date filter is a range, `from:to`, either side open; "no supplier" is its company_id 0.
			const { date_from: from, date_to: to, without_supplier: none, ...rest } = fields;
			return { ...rest, ...(none === true ? { company_id: 0 } : {}), ...(from === undefined && to === undefined ? {} : { date: `${String(from ?? '')}:${String(to ?? '')}` }) };
		}
		if (operation !== 'create') return fields;
		const { file: _named, ...rest } = fields;
		const document = documentField(this);
		return { ...rest, items: lineItems.call(this, purchaseItems), ...(document ? { file: asBase64(await readInputFile.call(this, document)) } : {}) };
	},
};
