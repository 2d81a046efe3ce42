import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A purchase category ("Fremdleistungen"), booked to its credit account; a short list, read whole. */
export const purchaseCategoryRecord: RecordType = {
	noun: 'purchase category',
	label: 'Purchase Category',
	path: '/purchases/categories',
	key: nameKey('Fremdleistungen'),
	title: (category: IDataObject) => (category.credit_account ? `${String(category.name)} (${String(category.credit_account)})` : String(category.name)),
	inactive: (category: IDataObject) => (category.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchPurchaseCategories',
	exampleId: '303001',
};
