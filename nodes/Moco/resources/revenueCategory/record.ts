import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../shared/locator';

/** A revenue category (Erlöskategorie); MOCO's `term` searches names and revenue accounts. */
export const revenueCategoryRecord: RecordType = {
	noun: 'revenue category',
	label: 'Revenue Category',
	path: '/revenue_categories',
	term: true,
	key: nameKey('Entwicklung', 'term'),
	title: (category: IDataObject) => (category.revenue_account ? `${String(category.name)} (${String(category.revenue_account)})` : String(category.name)),
	searchListMethod: 'searchRevenueCategories',
	exampleId: '404001',
};
