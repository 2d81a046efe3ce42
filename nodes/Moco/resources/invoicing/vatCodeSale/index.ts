import type { INodeProperties } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { salesVatCodeRecord } from './record';

const only = (name: string, displayName: string, api: string, description: string): FieldRow => ({ name, displayName, api, kind: 'boolean', description });

/** Read-only: MOCO's VAT codes for sales, the source of the invoice's VAT Code picker. */
export const salesVatCode: ResourceSpec = {
	value: 'vatCodeSale',
	record: salesVatCodeRecord,
	fields: [],
	filters: [
		only('active', 'Active', 'active', 'Whether to return only active codes (on) or only inactive ones (off)'),
		only('intraEu', 'Intra-EU', 'intra_eu', 'Whether to return only codes for intra-EU sales (on) or only the others (off)'),
		only('reverseCharge', 'Reverse Charge', 'reverse_charge', 'Whether to return only reverse-charge codes (on) or only the others (off)'),
		...GLOBAL_FILTERS,
	],
};

export const vatCodeSaleDescription: INodeProperties[] = [
	operationList(salesVatCode, {
		get: { action: 'Get a sales VAT code', description: 'Retrieve one VAT code for sales: rate, reverse charge, tax exemption notice, account' },
		getAll: { action: 'Get many sales VAT codes', description: 'Retrieve the VAT codes invoices can use' },
	}),
	...resourceProperties(salesVatCode, { onRecord: ['get'], getAll: true }),
];
