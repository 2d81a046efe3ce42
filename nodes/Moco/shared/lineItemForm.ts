import type { INodeProperties } from 'n8n-workflow';

import type { Show } from './locator';
import { ITEMS_FORM, ITEMS_INPUT, ITEMS_JSON, ITEMS_KEEP, type LineField, type LineItemSpec } from './lineItems';

// The form side of line items: the row editor and the Items (JSON) input. lineItems.ts reads and checks the rows.

function formInput(field: LineField): Partial<INodeProperties> {
	switch (field.kind) {
		case 'longText':
			return { type: 'string', typeOptions: { rows: 2 }, default: '' };
		case 'number':
			return { type: 'number', typeOptions: { numberPrecision: 2 }, default: 0 };
		case 'integer':
			return { type: 'number', typeOptions: { numberPrecision: 0, minValue: 0 }, default: 0 };
		case 'boolean':
			return { type: 'boolean', default: false };
		case 'enum':
			return { type: 'options', options: [{ name: 'MOCO’s Default', value: '' }, ...(field.options ?? [])], default: '' };
		case 'ids':
			return { type: 'string', default: '', placeholder: 'e.g. 982200004, 982200005' };
		case 'reference':
			return { type: 'options', typeOptions: { loadOptionsMethod: field.loadOptionsMethod }, default: '' };
		default:
			return { type: 'string', default: '' };
	}
}

/**
 * Items Input (a row editor, or JSON from earlier nodes), the row editor and the JSON box. A row
 * editor cannot show fields per row type (n8n checks a row field's display conditions against the
 * top-level parameters), so each field says which rows take it, and every row is checked on send.
 */
export function lineItemProperties(spec: LineItemSpec, show: Show, keepOn: string[] = []): INodeProperties[] {
	const takenBy = (api: string) => spec.types.filter((type) => type.fields.includes(api)).map((type) => type.name);
	const firstType = spec.types.find((type) => type.value === 'item')?.value ?? spec.types[0].value;
	const typeField: INodeProperties = {
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: spec.types.map((type) => ({ name: type.name, value: type.value })),
		default: firstType,
		description: 'The kind of row; each kind takes only the fields named for it',
	};
	const given = [
		{ name: 'Using Fields Below', value: 'form', description: 'Enter the rows here' },
		{ name: 'Using JSON', value: 'json', description: 'Rows from earlier nodes (a spreadsheet, an Aggregate node) as a JSON array' },
	];
	const operations = (show.operation ?? []) as string[];
	const keeping = { options: [{ name: 'Keep As They Are', value: ITEMS_KEEP, description: `Send no rows: the ${spec.document}'s rows stay as they are` }, ...given], default: ITEMS_KEEP };
	const input = (ops: string[], keep: boolean): INodeProperties => ({
		displayName: 'Items Input',
		name: ITEMS_INPUT,
		type: 'options',
		noDataExpression: true,
		options: given,
		default: 'form',
		displayOptions: { show: { ...show, operation: ops } },
		...(keep ? keeping : {}),
	});
	// Update's choice starts at "keep", so it is a property of its own (another default).
	const creating = operations.filter((operation) => !keepOn.includes(operation));
	const all = [...operations, ...keepOn.filter((operation) => !operations.includes(operation))];
	const rows = { ...show, operation: all };
	return [
		...(creating.length ? [input(creating, false)] : []),
		...(keepOn.length ? [input(keepOn, true)] : []),
		{
			displayName: 'Items',
			name: ITEMS_FORM,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Row',
			default: {},
			description: `The ${spec.document}'s rows, in order. A number left at 0, a switch left off and an empty text are not sent.`,
			displayOptions: { show: { ...rows, [ITEMS_INPUT]: ['form'] } },
			options: [
				{
					displayName: 'Row',
					name: 'row',
					values: [
						...(spec.untyped ? [] : [typeField]),
						...spec.fields.map((field) => ({
							displayName: field.displayName,
							name: field.api,
							default: '',
							...formInput(field),
							description: spec.untyped ? field.description : `${field.description} (${takenBy(field.api).join(', ')} rows)`,
						}) as INodeProperties),
					],
				},
			],
		},
		{
			displayName: 'Items (JSON)',
			name: ITEMS_JSON,
			type: 'json',
			default: JSON.stringify(spec.example, null, 2),
			description: spec.untyped
				? `The ${spec.document}'s rows as a JSON array in MOCO's field names: ${spec.fields.map((field) => field.api).join(', ')}`
				: `The ${spec.document}'s rows as a JSON array in MOCO's field names: ${spec.types.map((type) => `${type.value} (${type.fields.join(', ') || 'no fields'})`).join('; ')}`,
			displayOptions: { show: { ...rows, [ITEMS_INPUT]: ['json'] } },
		},
	];
}
