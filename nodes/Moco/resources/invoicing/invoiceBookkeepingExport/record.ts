import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** An export of invoices to bookkeeping (DATEV): picked from the list or by ID. */
export const invoiceBookkeepingExportRecord: RecordType = {
	noun: 'invoice bookkeeping export',
	label: 'Invoice Bookkeeping Export',
	path: '/invoices/bookkeeping_exports',
	title: (exported: IDataObject) => {
		const count = Array.isArray(exported.invoice_ids) ? exported.invoice_ids.length : 0;
		const period = exported.from && exported.to ? `${String(exported.from)} to ${String(exported.to)}, ` : '';
		return `${period}${count} invoice${count === 1 ? '' : 's'}${exported.status ? ` (${String(exported.status)})` : ''}`;
	},
	searchListMethod: 'searchInvoiceBookkeepingExports',
	exampleId: '31337',
};
