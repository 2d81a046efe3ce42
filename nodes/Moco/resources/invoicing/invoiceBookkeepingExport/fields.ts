import type { IDataObject } from 'n8n-workflow';

import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { invoiceBookkeepingExportRecord } from './record';

/** An export of invoices to bookkeeping (`/invoices/bookkeeping_exports`): made and read, never changed. */
export const invoiceBookkeepingExport: ResourceSpec = {
	value: 'invoiceBookkeepingExport',
	record: invoiceBookkeepingExportRecord,
	fields: [
		{
			name: 'invoiceIds',
			displayName: 'Invoice IDs',
			api: 'invoice_ids',
			kind: 'ids',
			placeholder: 'e.g. 5500001, 5500002',
			description: 'The invoices to export, IDs separated by commas',
		},
		{ name: 'comment', displayName: 'Comment', api: 'comment', kind: 'text', placeholder: 'e.g. January 2026' },
		{
			name: 'withDirectOnlineSubmission',
			displayName: 'Submit Directly',
			api: 'with_direct_online_submission',
			kind: 'boolean',
			description: 'Whether MOCO also submits the export online to the bookkeeping service (DATEV) the account is connected to',
		},
	],
	// MOCO's list of exports takes no IDs filter, only Updated After.
	filters: GLOBAL_FILTERS.filter((row) => row.api === 'updated_after'),
	// MOCO takes the invoice IDs as a list of numbers.
	shape: (fields: IDataObject) =>
		typeof fields.invoice_ids === 'string' ? { ...fields, invoice_ids: fields.invoice_ids.split(',').map(Number) } : fields,
};
