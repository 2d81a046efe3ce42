import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A VAT code for sales ("Umsatzsteuer 19 %"); the list is short and has no text filter, so it is read whole. */
export const salesVatCodeRecord: RecordType = {
	noun: 'sales VAT code',
	label: 'Sales VAT Code',
	path: '/vat_code_sales',
	title: (code: IDataObject) => `${String(code.code ?? '')} – ${String(code.description ?? '')} (${String(code.tax)} %)`,
	inactive: (code: IDataObject) => (code.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchSalesVatCodes',
	exampleId: '201001',
};
