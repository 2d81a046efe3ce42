import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A staff member's receipt (an expense paid out of pocket): picked from the list or by ID. */
export const receiptRecord: RecordType = {
	noun: 'receipt',
	label: 'Receipt',
	path: '/receipts',
	title: (receipt: IDataObject) => `${String(receipt.date ?? '')} – ${String(receipt.title ?? '')} (${String(receipt.gross_total ?? '')} ${String(receipt.currency ?? '')})`,
	// A submitted receipt sits in a refund request; MOCO no longer lets it be deleted.
	inactive: (receipt: IDataObject) => (receipt.pending === false ? 'submitted' : undefined),
	searchListMethod: 'searchReceipts',
	exampleId: '6640001',
};
