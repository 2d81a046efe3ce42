import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { invoiceBookkeepingExport } from '../../invoicing/invoiceBookkeepingExport/fields';
import { exportCreate } from '../../invoicing/invoiceBookkeepingExport';
import { purchaseBookkeepingExportRecord } from './record';

const submit = invoiceBookkeepingExport.fields.find((row) => row.api === 'with_direct_online_submission');

/** An export of purchases to bookkeeping (`/purchases/bookkeeping_exports`): made and read, never changed. */
export const purchaseBookkeepingExport: ResourceSpec = {
	value: 'purchaseBookkeepingExport',
	record: purchaseBookkeepingExportRecord,
	fields: [
		{
			name: 'purchaseIds',
			displayName: 'Purchase IDs',
			api: 'purchase_ids',
			kind: 'ids',
			placeholder: 'e.g. 6600001, 6600002',
			description: 'The purchases to export, IDs separated by commas; empty: every approved purchase not booked yet',
		},
		{ name: 'comment', displayName: 'Comment', api: 'comment', kind: 'text', placeholder: 'e.g. January 2026' },
		...(submit ? [submit] : []),
		{
			name: 'archiveAfterExport',
			displayName: 'Archive After Export',
			api: 'archive_after_export',
			kind: 'boolean',
			description: 'Whether MOCO archives the exported purchases',
		},
	],
	// MOCO's list of purchase exports takes no filter at all, only pages.
	filters: [],
	// MOCO takes the purchase IDs as a list of numbers.
	shape: (fields: IDataObject) =>
		typeof fields.purchase_ids === 'string' ? { ...fields, purchase_ids: fields.purchase_ids.split(',').map(Number) } : fields,
};

export const purchaseBookkeepingExportDescription: INodeProperties[] = [
	operationList(
		purchaseBookkeepingExport,
		{
			get: { action: 'Get a purchase bookkeeping export', description: 'Retrieve one export with its purchase IDs and status' },
			getAll: { action: 'Get many purchase bookkeeping exports', description: 'Retrieve the purchase exports made so far' },
		},
		[exportCreate(purchaseBookkeepingExport, 'Export purchases to bookkeeping (DATEV), and optionally submit them online directly')],
	),
	...resourceProperties(purchaseBookkeepingExport, { onRecord: ['get'], create: true, getAll: true }),
];
