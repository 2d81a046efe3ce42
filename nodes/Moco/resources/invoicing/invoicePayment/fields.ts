import { currencyCode, dateFromNotAfterTo } from '../../../shared/fieldChecks';
import type { FieldRow } from '../../../shared/fieldTable';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import type { BulkRows } from '../../../shared/rows';
import { invoiceRecord } from '../invoice/record';
import { invoicePaymentRecord } from './record';

const invoice: FieldRow = {
	name: 'invoiceId',
	displayName: 'Invoice',
	api: 'invoice_id',
	kind: 'reference',
	record: invoiceRecord,
	required: true,
	description: 'The invoice that was paid',
};
const date: FieldRow = { name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day the money came in, sent as YYYY-MM-DD' };
const paidTotal: FieldRow = {
	name: 'paidTotal',
	displayName: 'Paid Total',
	api: 'paid_total',
	kind: 'number',
	required: true,
	description: 'The amount paid, in the payment’s currency',
};
const currency: FieldRow = {
	name: 'currency',
	displayName: 'Currency',
	api: 'currency',
	kind: 'text',
	placeholder: 'e.g. EUR',
	description: 'ISO code of the amount’s currency. Empty: the invoice’s currency.',
};

/** The invoice a list is narrowed to, and the date range, as MOCO's payment and reminder lists take them. */
export const invoiceAndDateFilters = (things: string): FieldRow[] => [
	{ ...invoice, required: false, description: `Only the ${things} of this invoice` },
	{ name: 'dateFrom', displayName: 'Date From', api: 'date_from', kind: 'date', description: `Only ${things} on or after this day` },
	{ name: 'dateTo', displayName: 'Date To', api: 'date_to', kind: 'date', description: `Only ${things} on or before this day` },
];

/** A payment received on an invoice (`/invoices/payments`). */
export const invoicePayment: ResourceSpec = {
	value: 'invoicePayment',
	record: invoicePaymentRecord,
	fields: [
		invoice,
		date,
		paidTotal,
		currency,
		{
			name: 'partiallyPaid',
			displayName: 'Partially Paid',
			api: 'partially_paid',
			kind: 'boolean',
			description: 'Whether the invoice stays open after this payment (a part payment); MOCO decides from the amounts if not set',
		},
		{ name: 'description', displayName: 'Description', api: 'description', kind: 'text', placeholder: 'e.g. Bank transfer, reference R2601-042' },
	],
	filters: [...invoiceAndDateFilters('payments'), ...GLOBAL_FILTERS],
	check(values) {
		currencyCode.call(this, values.fields);
		dateFromNotAfterTo.call(this, values.fields);
	},
};

/** Create Many: the rows of MOCO's bulk request (`bulk_data`), which takes no description. */
export const paymentRows: BulkRows = {
	noun: 'payment',
	name: 'payments',
	property: 'bulk_data',
	requiredFor: 'record payments',
	fields: [
		invoice,
		date,
		paidTotal,
		currency,
		{
			name: 'paymentAccountId',
			displayName: 'Payment Account ID',
			api: 'payment_account_id',
			kind: 'integer',
			min: 1,
			description: 'The MOCO payment account (bank account) the money came in on',
		},
	],
	// The sandbox's open invoice (Website-Relaunch, 689.80 of 1689.80 still due): the example runs there as it stands.
	example: { invoice_identifier: 'R2512-001', date: '2026-01-05', paid_total: 689.8 },
	check(fields, label) {
		currencyCode.call(this, fields, label('Currency'));
	},
};
