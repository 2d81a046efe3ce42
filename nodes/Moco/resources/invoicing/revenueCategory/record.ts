import type { IDataObject } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { nameKey, type RecordType } from '../../../shared/locator';

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

/** Where a task, an expense or a template is booked: a revenue category, picked like any record. */
export const revenueCategoryField: FieldRow = {
	name: 'revenueCategoryId',
	displayName: 'Revenue Category',
	api: 'revenue_category_id',
	kind: 'reference',
	record: revenueCategoryRecord,
	description: 'The revenue category (Erlöskategorie) the amount is booked to: from the list, by ID or by name',
};
