import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A stage of the deal pipeline, with its probability. */
export const dealCategoryRecord: RecordType = {
	noun: 'deal category',
	label: 'Deal Category',
	path: '/deal_categories',
	key: nameKey('Contact'),
	title: (category: IDataObject) => `${String(category.name)} (${String(category.probability)} %)`,
	searchListMethod: 'searchDealCategories',
	exampleId: '2001',
};
