import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { purchaseCategoryRecord } from './record';

/** Read-only in MOCO's API: the categories purchase items are booked to. */
export const purchaseCategory: ResourceSpec = {
	value: 'purchaseCategory',
	record: purchaseCategoryRecord,
	fields: [],
	filters: GLOBAL_FILTERS,
};

export const purchaseCategoryDescription: INodeProperties[] = [
	operationList(purchaseCategory, {
		get: { action: 'Get a purchase category', description: 'Retrieve one purchase category with its credit account' },
		getAll: { action: 'Get many purchase categories', description: 'Retrieve the categories purchase items can be booked to' },
	}),
	...resourceProperties(purchaseCategory, { onRecord: ['get'], getAll: true }),
];
