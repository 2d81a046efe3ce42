import type { INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { bulkProperties, oneItemPerRecord, sendRows, type BulkRows } from '../../../shared/rows';
import { currencyCode, dateFromNotAfterTo } from '../../../shared/fieldChecks';
import { purchaseRecord } from '../purchase/record';
import { purchasePaymentRecord } from './record';

const purchase: FieldRow = { name: 'purchaseId', displayName: 'Purchase', api: 'purchase_id', kind: 'reference', record: purchaseRecord, required: true, description: 'The purchase that was paid' };
const date: FieldRow = { name: 'date', displayName: 'Date', api: 'date', kind: 'date', required: true, description: 'The day the money went out, sent as YYYY-MM-DD' };
const total: FieldRow = { name: 'total', displayName: 'Total', api: 'total', kind: 'number', required: true, description: 'The amount paid, in the payment’s currency' };
const currency: FieldRow = { name: 'currency', displayName: 'Currency', api: 'currency', kind: 'text', placeholder: 'e.g. EUR', description: 'ISO code of the amount’s currency. Empty: the purchase’s currency.' };
const account: FieldRow = { name: 'paymentAccountId', displayName: 'Payment Account ID', api: 'payment_account_id', kind: 'integer', min: 1, description: 'The MOCO payment account (bank account) the money went out from' };
const partly: FieldRow = {
	name: 'partiallyPaid',
	displayName: 'Partially Paid',
	api: 'partially_paid',
	kind: 'boolean',
	description: 'Whether the purchase stays open after this payment (a part payment); MOCO decides from the amounts if not set',
};
const description: FieldRow = { name: 'description', displayName: 'Description', api: 'description', kind: 'text', placeholder: 'e.g. Bank transfer, reference RE-2026-0815' };

/** A payment made on a purchase (`/purchases/payments`). */
export const purchasePayment: ResourceSpec = {
	value: 'purchasePayment',
	record: purchasePaymentRecord,
	fields: [purchase, date, total, currency, account, partly, description],
	filters: [
		{ ...purchase, required: false, description: 'Only the payments of this purchase' },
		{ name: 'dateFrom', displayName: 'Date From', api: 'date_from', kind: 'date', description: 'Only payments on or after this day' },
		{ name: 'dateTo', displayName: 'Date To', api: 'date_to', kind: 'date', description: 'Only payments on or before this day' },
		...GLOBAL_FILTERS,
	],
	check(values) {
		currencyCode.call(this, values.fields);
		dateFromNotAfterTo.call(this, values.fields);
	},
};

/** Create Many: the rows of MOCO's bulk request (`bulk_data`), which takes the same fields as Create. */
const paymentRows: BulkRows = {
	noun: 'payment',
	name: 'payments',
	property: 'bulk_data',
	requiredFor: 'record payments',
	// A row editor's switch cannot be left unset: off means "MOCO decides", as when Create leaves it out.
	fields: [purchase, date, total, currency, account, { ...partly, omitFalse: true, description: 'Whether the purchase stays open after this payment; off: MOCO decides from the amounts' }, description],
	example: { purchase_receipt_identifier: 'RE-2026-0815', date: '2026-01-05', total: 1368.5 },
	check(fields, label) {
		currencyCode.call(this, fields, label('Currency'));
	},
};

export const purchasePaymentDescription: INodeProperties[] = [
	operationList(
		purchasePayment,
		{
			create: { action: 'Record a payment on a purchase', description: 'Record money paid on a purchase' },
			delete: { action: 'Delete a purchase payment', description: 'Delete a payment recorded on a purchase' },
			get: { action: 'Get a purchase payment', description: 'Retrieve one payment' },
			getAll: { action: 'Get many purchase payments', description: 'Retrieve payments, e.g. those of one purchase or a date range' },
			update: { action: 'Update a purchase payment', description: 'Change the fields you set on a payment; everything else stays as it is' },
		},
		[
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Record many payments on purchases',
				description: 'Record many payments in one request, e.g. a bank statement’s rows gathered by an Aggregate node. One request instead of one per payment spares MOCO’s rate limit.',
				routing: {
					request: { method: 'POST', url: '/purchases/payments/bulk' },
					send: { preSend: [sendRows(paymentRows)] },
					output: { postReceive: [oneItemPerRecord] },
				},
			},
		],
	),
	...resourceProperties(purchasePayment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
	...bulkProperties('purchasePayment', 'createMany', paymentRows),
];
