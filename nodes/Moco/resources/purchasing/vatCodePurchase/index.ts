import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { salesVatCode } from '../../invoicing/vatCodeSale';
import { purchaseVatCodeRecord } from './record';

/** Read-only: MOCO's VAT codes for purchases, the source of a purchase item's VAT Code picker. Same filters as the sales codes. */
export const purchaseVatCode: ResourceSpec = {
	value: 'vatCodePurchase',
	record: purchaseVatCodeRecord,
	fields: [],
	filters: (salesVatCode.filters ?? []).map((row) => ({ ...row, description: row.description?.replace('sales', 'purchases') })),
};

export const vatCodePurchaseDescription: INodeProperties[] = [
	operationList(purchaseVatCode, {
		get: { action: 'Get a purchase VAT code', description: 'Retrieve one VAT code for purchases: rate, reverse charge, intra-EU' },
		getAll: { action: 'Get many purchase VAT codes', description: 'Retrieve the VAT codes purchase items can use' },
	}),
	...resourceProperties(purchaseVatCode, { onRecord: ['get'], getAll: true }),
];
