import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/**
 * An invoice, known to people by its number (`identifier`, "R2601-042"); MOCO filters its list by
 * `identifier` and searches it with `term`. Disregarded invoices count too: their PDFs are still asked for.
 */
export const invoiceRecord: RecordType = {
	noun: 'invoice',
	label: 'Invoice',
	path: '/invoices',
	listQuery: { include_disregarded: 'true' },
	term: true,
	key: {
		mode: 'identifier',
		title: 'Number',
		field: 'identifier',
		filter: 'identifier',
		placeholder: 'e.g. R2601-042',
		caseInsensitive: true,
	},
	title: (invoice: IDataObject) =>
		[invoice.identifier ? `${String(invoice.identifier)} –` : '', String(invoice.title ?? ''), invoice.status ? `(${String(invoice.status)})` : '']
			.filter(Boolean)
			.join(' '),
	searchListMethod: 'searchInvoices',
	exampleId: '1520041',
};
