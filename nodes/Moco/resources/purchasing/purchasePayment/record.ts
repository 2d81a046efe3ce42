import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A payment made on a purchase: no key people know it by, so it is picked from the list or by ID. */
export const purchasePaymentRecord: RecordType = {
	noun: 'purchase payment',
	label: 'Purchase Payment',
	path: '/purchases/payments',
	title: (payment: IDataObject) => {
		const purchase = (payment.purchase ?? {}) as IDataObject;
		const of = purchase.identifier ? String(purchase.identifier) : purchase.id ? `purchase ${String(purchase.id)}` : '';
		return [String(payment.date ?? ''), `${String(payment.total ?? '')} ${String(payment.currency ?? '')}`.trim(), of].filter(Boolean).join(', ');
	},
	searchListMethod: 'searchPurchasePayments',
	exampleId: '9200001',
};
