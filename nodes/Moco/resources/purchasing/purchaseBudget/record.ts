import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A purchase budget ("Marketing"); MOCO has no GET of one and no text filter, so its short list is read whole. */
export const purchaseBudgetRecord: RecordType = {
	noun: 'purchase budget',
	label: 'Purchase Budget',
	path: '/purchases/budgets',
	key: { mode: 'name', title: 'Name', field: 'title', placeholder: 'e.g. Marketing', caseInsensitive: true },
	title: (budget: IDataObject) => (budget.cost_category ? `${String(budget.title)} (${String(budget.cost_category)})` : String(budget.title)),
	inactive: (budget: IDataObject) => (budget.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchPurchaseBudgets',
	exampleId: '6620001',
};
