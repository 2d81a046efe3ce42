import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/**
 * A purchase (a supplier's invoice, "Ausgabe"); people know it by the supplier's receipt number,
 * which MOCO filters by (`receipt_identifier`), and `term` searches titles, numbers and suppliers.
 */
export const purchaseRecord: RecordType = {
	noun: 'purchase',
	label: 'Purchase',
	path: '/purchases',
	term: true,
	key: {
		mode: 'receiptIdentifier',
		title: 'Number',
		field: 'receipt_identifier',
		filter: 'receipt_identifier',
		placeholder: 'e.g. RE-2026-0815 (the supplier’s receipt number)',
	},
	title: (purchase: IDataObject) => {
		const supplier = (purchase.company as IDataObject | null)?.name;
		const number = purchase.receipt_identifier ?? purchase.identifier;
		return [number ? `${String(number)} –` : '', String(purchase.title ?? ''), supplier ? `(${String(supplier)})` : ''].filter(Boolean).join(' ');
	},
	searchListMethod: 'searchPurchases',
	exampleId: '6600001',
};
