import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A deal (lead); /deals has no text filter, so a name is matched in the list. */
export const dealRecord: RecordType = {
	noun: 'deal',
	label: 'Deal',
	path: '/deals',
	key: nameKey('Relaunch Website'),
	title: (deal: IDataObject) => `${String(deal.name)}${deal.status ? ` (${String(deal.status)})` : ''}`,
	searchListMethod: 'searchDeals',
	exampleId: '830123',
};
