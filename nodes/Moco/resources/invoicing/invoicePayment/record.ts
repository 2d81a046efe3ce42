import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** The invoice a payment or reminder belongs to, as MOCO embeds it: its number, else its ID. */
export const invoiceOf = (record: IDataObject) => {
	const invoice = (record.invoice ?? {}) as IDataObject;
	return invoice.identifier ? String(invoice.identifier) : invoice.id ? `invoice ${String(invoice.id)}` : '';
};

/** A payment received on an invoice: no key people know it by, so it is picked from the list or by ID. */
export const invoicePaymentRecord: RecordType = {
	noun: 'invoice payment',
	label: 'Invoice Payment',
	path: '/invoices/payments',
	title: (payment: IDataObject) =>
		[String(payment.date ?? ''), `${String(payment.paid_total ?? '')} ${String(payment.currency ?? '')}`.trim(), invoiceOf(payment)].filter(Boolean).join(', '),
	searchListMethod: 'searchInvoicePayments',
	exampleId: '1880231',
};
