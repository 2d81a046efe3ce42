import type { INodeProperties } from 'n8n-workflow';

/** The load-options method listing the custom fields MOCO defines for a kind of record, e.g. `getProjectCustomFields`. */
export const customFieldsMethod = (entity: string) => `get${entity}CustomFields`;

/** A custom property's name: the account's fields for the record type, or any name from an expression. */
function nameField(entity: string | undefined): INodeProperties {
	if (!entity) return { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'The custom field’s name as it appears in MOCO' };
	return {
		displayName: 'Name',
		name: 'name',
		type: 'options',
		typeOptions: { loadOptionsMethod: customFieldsMethod(entity) },
		default: '',
		// A fixed name not in the list (a field made later, another account's) goes in as an expression.
		description: `The custom field: choose from those your MOCO account defines for ${entity} records, or give any field’s name with an <a href="https://docs.n8n.io/code/expressions/">expression</a>`,
	};
}

/** Custom Properties: rows of a name and a value, sent as MOCO's `{ "Name": "value" }`. */
export function customPropertiesInput(entity: string | undefined): Partial<INodeProperties> {
	return {
		type: 'fixedCollection',
		placeholder: 'Add Custom Property',
		typeOptions: { multipleValues: true },
		default: {},
		options: [{ displayName: 'Property', name: 'property', values: [nameField(entity), { displayName: 'Value', name: 'value', type: 'string', default: '' }] }],
	};
}
