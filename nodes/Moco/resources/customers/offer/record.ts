import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** An offer (quote), known to people by its number (`identifier`, "A2601-001"), which MOCO filters its list by. */
export const offerRecord: RecordType = {
	noun: 'offer',
	label: 'Offer',
	path: '/offers',
	key: {
		mode: 'identifier',
		title: 'Number',
		field: 'identifier',
		filter: 'identifier',
		placeholder: 'e.g. A2601-001',
		caseInsensitive: true,
	},
	title: (offer: IDataObject) =>
		[offer.identifier ? `${String(offer.identifier)} –` : '', String(offer.title ?? ''), offer.status ? `(${String(offer.status)})` : ''].filter(Boolean).join(' '),
	searchListMethod: 'searchOffers',
	exampleId: '991001',
};
