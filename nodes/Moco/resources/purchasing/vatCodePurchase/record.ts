import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A VAT code for purchases ("Vorsteuer 19 %"); the list is short and has no text filter, so it is read whole. */
export const purchaseVatCodeRecord: RecordType = {
	noun: 'purchase VAT code',
	label: 'Purchase VAT Code',
	path: '/vat_code_purchases',
	title: (code: IDataObject) => `${String(code.code ?? '')} – ${String(code.description ?? '')} (${String(code.tax)} %)`,
	inactive: (code: IDataObject) => (code.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchPurchaseVatCodes',
	exampleId: '202001',
};
