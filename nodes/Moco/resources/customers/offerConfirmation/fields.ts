import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { offerRecord } from '../offer/record';

const offerOf = (confirmation: IDataObject) => (confirmation.offer ?? {}) as IDataObject;

/** An order confirmation (Auftragsbestätigung): one per offer, picked from the list or by ID. */
export const offerConfirmationRecord: RecordType = {
	noun: 'offer confirmation',
	label: 'Offer Confirmation',
	path: '/offer_confirmations',
	title: (confirmation: IDataObject) =>
		[String(confirmation.title ?? ''), offerOf(confirmation).identifier ? `(${String(offerOf(confirmation).identifier)})` : ''].filter(Boolean).join(' '),
	searchListMethod: 'searchOfferConfirmations',
	exampleId: '992001',
};

/** `/offer_confirmations`: MOCO makes one from an offer and marks a created or sent offer accepted. */
export const offerConfirmation: ResourceSpec = {
	value: 'offerConfirmation',
	record: offerConfirmationRecord,
	fields: [
		{
			name: 'offerId',
			displayName: 'Offer',
			api: 'offer_id',
			kind: 'reference',
			record: offerRecord,
			required: true,
			update: false,
			description: 'The offer to confirm; MOCO keeps one confirmation per offer and marks a created or sent offer accepted',
		},
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', placeholder: 'e.g. Auftragsbestätigung – App-Konzept', description: 'Empty: “Auftragsbestätigung – <offer title>”' },
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', description: 'The confirmation date, sent as YYYY-MM-DD; empty on Create: today' },
		{ name: 'salutation', displayName: 'Salutation', api: 'salutation_raw', kind: 'longText', description: 'The text above the offer’s rows, as HTML; empty on Create: the account’s default' },
		{ name: 'footer', displayName: 'Footer', api: 'footer_raw', kind: 'longText', description: 'The text below the rows, as HTML; empty on Create: the account’s default' },
	],
	filters: [
		{ name: 'offerIds', displayName: 'Offer IDs', api: 'offer_id', kind: 'ids', placeholder: 'e.g. 991001, 991002', description: 'Only the confirmations of these offers, IDs separated by commas' },
		...GLOBAL_FILTERS,
	],
};
