import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** An export of purchases to bookkeeping (DATEV): picked from the list or by ID. */
export const purchaseBookkeepingExportRecord: RecordType = {
	noun: 'purchase bookkeeping export',
	label: 'Purchase Bookkeeping Export',
	path: '/purchases/bookkeeping_exports',
	title: (exported: IDataObject) => {
		const count = Array.isArray(exported.purchase_ids) ? exported.purchase_ids.length : 0;
		const period = exported.from && exported.to ? `${String(exported.from)} to ${String(exported.to)}, ` : '';
		return `${period}${count} purchase${count === 1 ? '' : 's'}${exported.status ? ` (${String(exported.status)})` : ''}`;
	},
	searchListMethod: 'searchPurchaseBookkeepingExports',
	exampleId: '31338001',
};
