import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { invalidInput } from './errors';
import { checkValues, property, type FieldRow } from './fieldTable';
import type { RecordType } from './locator';
import { idOfPicked } from './resolve';
import { param } from './scope';
import { idList } from './validate';

/**
 * Many records in one request (MOCO's `/bulk` endpoints): rows typed into a row editor, or a JSON
 * list from earlier nodes (an Aggregate node). Every row is checked before anything is sent, and a
 * bad row is named by its number, counted from 1.
 */
export interface BulkRows {
	/** One row in words: 'payment' ("Payment 2's Date", "Add Payment"). */
	noun: string;
	/** The row editor's parameter, e.g. 'payments'; the JSON list is `<name>Json`, the choice between them `<name>From`. */
	name: string;
	/** One row's fields. A JSON row uses their MOCO names. */
	fields: FieldRow[];
	/** MOCO's name for the list in the body, e.g. 'bulk_data'. */
	property: string;
	/** What a required field is needed for, in the error: 'record payments'. */
	requiredFor: string;
	/** A JSON row as an example, shown in the JSON field. */
	example: IDataObject;
	/** Most rows MOCO takes in one request (its bulk endpoints say 100). */
	max?: number;
	/** A JSON row's key for a field whose MOCO name would mislead there (hours typed, sent as `seconds`). */
	jsonNames?: Record<string, string>;
	/** Rules across one row's fields (after each field's own check), e.g. a currency code. */
	check?: (this: IExecuteSingleFunctions, fields: IDataObject, label: (field: string) => string) => void;
}

const capitalized = (text: string) => text.replace(/\b\w/g, (letter) => letter.toUpperCase());
const plural = (bulk: BulkRows) => (/[^aeiou]y$/.test(bulk.noun) ? `${bulk.noun.slice(0, -1)}ies` : `${bulk.noun}s`);

/** A picked record may be given in JSON by ID (`invoice_id`) or by its key (`invoice_identifier`). */
function jsonKeys(bulk: BulkRows, row: FieldRow): { id: string; key?: string } {
	const record = row.record as RecordType | undefined;
	if (row.kind !== 'reference' || !record?.key) return { id: bulk.jsonNames?.[row.name] ?? row.api };
	return { id: row.api, key: `${row.api.replace(/_id$/, '')}_${record.key.field}` };
}

const keyList = (bulk: BulkRows) =>
	bulk.fields
		.map((row) => {
			const { id, key } = jsonKeys(bulk, row);
			return `${key ? `${id} (or ${key})` : id}${row.required ? '' : ' (optional)'}`;
		})
		.join(', ');

const NOT_SET = { name: 'Not Set', value: '' };

/**
 * Every field of a row shows, so an untouched one must read as not given: a number as empty, not
 * 0; an optional choice or yes/no as Not Set, not its first option or No (MOCO then decides).
 */
function editorRow(row: FieldRow): FieldRow {
	if (row.kind === 'number' || row.kind === 'integer') return { ...row, default: '' };
	if (row.required) return row;
	if (row.kind === 'enum') return { ...row, options: [NOT_SET, ...(row.options ?? [])], default: '' };
	if (row.kind === 'boolean') {
		const options = [NOT_SET, { name: 'Yes', value: 'true' }, { name: 'No', value: 'false' }];
		return { ...row, kind: 'enum', options, default: '' };
	}
	return row;
}

/** The choice between row editor and JSON, the editor, and the JSON list of one operation. */
export function bulkProperties(resource: string, operation: string, bulk: BulkRows): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	const from = `${bulk.name}From`;
	const Nouns = capitalized(plural(bulk));
	return [
		{
			displayName: `${Nouns} From`,
			name: from,
			type: 'options',
			options: [
				{ name: 'Row Editor', value: 'editor', description: `Enter the ${plural(bulk)} here, one row each` },
				{ name: 'JSON', value: 'json', description: `A list of ${plural(bulk)} from earlier nodes, e.g. an Aggregate node’s` },
			],
			default: 'editor',
			displayOptions: { show },
		},
		{
			displayName: Nouns,
			name: bulk.name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: `Add ${capitalized(bulk.noun)}`,
			default: {},
			displayOptions: { show: { ...show, [from]: ['editor'] } },
			options: [{ displayName: capitalized(bulk.noun), name: 'row', values: bulk.fields.map((row) => property(editorRow(row), { required: row.required })) }],
		},
		{
			displayName: `${Nouns} (JSON)`,
			name: `${bulk.name}Json`,
			type: 'json',
			default: '[]',
			placeholder: JSON.stringify([bulk.example]),
			description: `A list of ${plural(bulk)}, each an object with MOCO’s fields: ${keyList(bulk)}`,
			hint: `After an Aggregate node, e.g. {{ $json.${bulk.name} }}`,
			displayOptions: { show: { ...show, [from]: ['json'] } },
		},
	];
}

/** One JSON row as the row editor would hold it; a field MOCO does not take here is refused by name. */
function editorValues(this: IExecuteSingleFunctions, bulk: BulkRows, row: unknown, label: string): IDataObject {
	const fail = (problem: string) => invalidInput(this.getNode(), this.getItemIndex(), label, problem);
	if (row === null || typeof row !== 'object' || Array.isArray(row)) {
		throw fail(`must be an object with MOCO’s fields (${keyList(bulk)}), not ${JSON.stringify(row)}`);
	}
	const given = row as IDataObject;
	const known = bulk.fields.flatMap((field) => Object.values(jsonKeys(bulk, field)).filter(Boolean) as string[]);
	const unknown = Object.keys(given).filter((key) => !known.includes(key));
	if (unknown.length > 0) {
		throw fail(`has ${unknown.map((key) => JSON.stringify(key)).join(', ')}, which MOCO does not take here. Use ${keyList(bulk)}`);
	}
	const values: IDataObject = {};
	for (const field of bulk.fields) {
		const { id, key } = jsonKeys(bulk, field);
		if (key && key in given && id in given) throw fail(`has both ${id} and ${key}: give one of them`);
		if (key && key in given) values[field.name] = { __rl: true, mode: (field.record as RecordType).key?.mode, value: given[key] } as IDataObject;
		else if (id in given) values[field.name] = field.kind === 'reference' ? ({ __rl: true, mode: 'id', value: given[id] } as IDataObject) : given[id];
	}
	return values;
}

/** The rows as given, before any check: from the editor or parsed from the JSON field. */
function givenRows(this: IExecuteSingleFunctions, bulk: BulkRows): unknown[] {
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const Nouns = capitalized(plural(bulk));
	if (param.call(this, `${bulk.name}From`, 'editor') !== 'json') {
		const editor = (param.call(this, bulk.name, {}) ?? {}) as { row?: IDataObject[] };
		return editor.row ?? [];
	}
	let list = param.call(this, `${bulk.name}Json`, '[]') as unknown;
	if (typeof list === 'string') {
		try {
			list = JSON.parse(list.trim() === '' ? '[]' : list);
		} catch (error) {
			throw fail(`${Nouns} (JSON)`, `is not valid JSON (${(error as Error).message}). Give a list like ${JSON.stringify([bulk.example])}`);
		}
	}
	if (!Array.isArray(list)) throw fail(`${Nouns} (JSON)`, `must be a list like ${JSON.stringify([bulk.example])}, not ${JSON.stringify(list)}`);
	return list;
}

/**
 * Every row checked, then the records given by key looked up (one look-up per key and run): the
 * list MOCO takes, fields in the table's order. Nothing is asked of MOCO while a row is bad.
 */
export async function checkedRows(this: IExecuteSingleFunctions, bulk: BulkRows): Promise<IDataObject[]> {
	const rows = givenRows.call(this, bulk);
	const Noun = capitalized(bulk.noun);
	if (rows.length === 0) {
		throw invalidInput(this.getNode(), this.getItemIndex(), capitalized(plural(bulk)), `has no ${bulk.noun}: give at least one row`);
	}
	if (bulk.max !== undefined && rows.length > bulk.max) {
		throw invalidInput(this.getNode(), this.getItemIndex(), capitalized(plural(bulk)), `has ${rows.length} ${plural(bulk)}; MOCO takes at most ${bulk.max} in one request: split them over several items`);
	}
	const fromJson = param.call(this, `${bulk.name}From`, 'editor') === 'json';
	const checked = rows.map((row, index) => {
		const name = `${Noun} ${index + 1}`;
		const label = (field: string) => `${name}’s ${field}`;
		const values = fromJson ? editorValues.call(this, bulk, row, name) : ((row ?? {}) as IDataObject);
		const fields = bulk.fields.map((field) => ({ ...field, displayName: label(field.displayName) }));
		const result = checkValues.call(this, fields, values, { requiredFor: bulk.requiredFor });
		bulk.check?.call(this, result.fields, label);
		return result;
	});
	const list: IDataObject[] = [];
	for (const { fields, references } of checked) {
		const row: IDataObject = {};
		for (const { row: field, label, picked } of references) {
			fields[field.api] = await idOfPicked.call(this, field.record as RecordType, picked, { keyLabel: label });
		}
		for (const field of bulk.fields) if (field.api in fields) row[field.api] = fields[field.api];
		list.push(row);
	}
	return list;
}

/** The preSend of a bulk operation: the checked rows become the body's list. */
export function sendRows(bulk: BulkRows) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		requestOptions.body = { [bulk.property]: await checkedRows.call(this, bulk) };
		return requestOptions;
	};
}

/** MOCO answers a bulk request with the records it made: one output item each. */
export async function oneItemPerRecord(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return Array.isArray(response.body) ? (response.body as IDataObject[]).map((json) => ({ json })) : items;
}

/** The IDs of a checked comma list (an `ids` field), as numbers. */
export const idsOf = (value: unknown): number[] => {
	const checked = idList(value);
	return 'value' in checked ? String(checked.value).split(',').filter(Boolean).map(Number) : [];
};

/** preSend after the pipeline's: MOCO takes this body field's IDs as a JSON array, not a comma list. */
export function idsAsArray(api: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const body = requestOptions.body as IDataObject;
		requestOptions.body = { ...body, [api]: idsOf(body[api]) };
		return requestOptions;
	};
}
