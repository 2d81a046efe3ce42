import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { customFieldsMethod } from '../../shared/customProperties';
import { mocoApiRequestAllItems } from '../../shared/transport';

/** MOCO's names for the kinds of record the node's Custom Properties are on (MOCO's class names). */
export const CUSTOM_FIELD_ENTITIES = ['Company', 'Contact', 'Deal', 'Expense', 'Invoice', 'Offer', 'PlannedPurchase', 'Project', 'Purchase', 'Unit', 'User'];

/** The custom fields the account defines for one kind of record: the name is what a record's custom_properties take. */
export function customFieldOptions(entity: string) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const fields = await mocoApiRequestAllItems.call(this, '/account/custom_properties', { entity });
		return fields
			.map((field) => ({ name: String(field.name), value: String(field.name), description: `${String(field.kind ?? '')} field` }))
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}

export const customFieldMethods = Object.fromEntries(CUSTOM_FIELD_ENTITIES.map((entity) => [customFieldsMethod(entity), customFieldOptions(entity)]));
