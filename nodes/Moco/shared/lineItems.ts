import type { IDataObject, IExecuteSingleFunctions, INodePropertyOptions } from 'n8n-workflow';

import { invalidInput } from './errors';
import * as checks from './validate';
import { param } from './scope';

/** One field a row may have, in MOCO's name. */
export interface LineField {
	api: string;
	displayName: string;
	kind: 'text' | 'longText' | 'number' | 'integer' | 'boolean' | 'enum' | 'ids' | 'reference';
	options?: INodePropertyOptions[];
	/** reference: the dropdown's source (a row editor shows no record picker); JSON rows give the ID. */
	loadOptionsMethod?: string;
	description: string;
}

/** One type of row (title, item, subtotal...) and the fields it takes. */
export interface LineType {
	value: string;
	name: string;
	fields: string[];
	/** Fields the row cannot go without. */
	required?: string[];
	/** A rule across the row's fields, in words; undefined when it holds. */
	rule?: (row: IDataObject) => string | undefined;
}

/** The rows of one kind of document: invoices now, offers and purchases later. */
export interface LineItemSpec {
	/** "invoice": in the words of the form and the errors. */
	document: string;
	types: LineType[];
	fields: LineField[];
	/** Rows of one kind only (a purchase's items): no Type in the form, none sent. */
	untyped?: boolean;
	/** A JSON example for the Items (JSON) box. */
	example: IDataObject[];
	/** Most rows MOCO takes (a receipt's three VAT splits). */
	max?: number;
}

export const ITEMS_INPUT = 'itemsInput';
/** Items Input on Update: the rows stay as MOCO has them, none are sent. */
export const ITEMS_KEEP = 'keep';
const an = (word: string) => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
export const ITEMS_FORM = 'lineItems';
export const ITEMS_JSON = 'itemsJson';

// ---- the form ----------------------------------------------------------------------------------------

// ---- the rows of one item, checked ---------------------------------------------------------------------

function checkField(field: LineField, value: unknown): { value: unknown } | { problem: string } {
	switch (field.kind) {
		case 'number':
			return checks.number()(value);
		case 'integer':
			return checks.number({ min: 0, whole: true })(value);
		case 'boolean':
			return checks.flag(value);
		case 'enum':
			return checks.oneOf((field.options ?? []).map((option) => option.value as string))(value);
		case 'reference':
			return checks.id(value);
		case 'ids': {
			const checked = checks.idList(value);
			return 'problem' in checked ? checked : { value: String(checked.value).split(',').filter(Boolean).map(Number) };
		}
		default:
			return checks.text(value);
	}
}

/** The form leaves every field at its default: those are "not set". An item's quantity and price go as a pair. */
function fromForm(spec: LineItemSpec, row: IDataObject): IDataObject {
	const set: IDataObject = spec.untyped ? {} : { type: row.type };
	for (const field of spec.fields) {
		const value = row[field.api];
		if (value === undefined || value === '' || value === false || value === 0 || (Array.isArray(value) && value.length === 0)) continue;
		set[field.api] = value;
	}
	if (row.type === 'item' && ('quantity' in set || 'unit_price' in set)) {
		set.quantity = row.quantity ?? 0;
		set.unit_price = row.unit_price ?? 0;
	}
	return set;
}

/** The rows the item gives, from the form or as JSON, before any check. */
function rawRows(this: IExecuteSingleFunctions, spec: LineItemSpec): unknown[] {
	const fail = (problem: string) => invalidInput(this.getNode(), this.getItemIndex(), 'Items (JSON)', problem);
	if (param.call(this, ITEMS_INPUT, 'form') !== 'json') {
		const form = (param.call(this, ITEMS_FORM, {}) ?? {}) as { row?: IDataObject[] };
		return (form.row ?? []).map((row) => fromForm(spec, row));
	}
	let rows = param.call(this, ITEMS_JSON, '[]') as unknown;
	if (typeof rows === 'string') {
		try {
			rows = JSON.parse(rows);
		} catch (error) {
			throw fail(`is not valid JSON: ${(error as Error).message}. Give an array of rows like ${JSON.stringify(spec.example.slice(0, 1))}`);
		}
	}
	// One row given as an object (a single spreadsheet line) is a list of one.
	if (rows !== null && typeof rows === 'object' && !Array.isArray(rows)) rows = [rows];
	if (!Array.isArray(rows)) throw fail(`must be a JSON array of rows, not ${JSON.stringify(rows)}`);
	return rows;
}

/**
 * Every row checked before anything is sent, and turned into what MOCO takes: a known type, only the
 * fields that type takes, numbers as numbers, lists of IDs as lists. A bad row is named by its number.
 */
export function lineItems(this: IExecuteSingleFunctions, spec: LineItemSpec): IDataObject[] {
	const rows = rawRows.call(this, spec);
	const where = (index: number) => `Items row ${index + 1}:`;
	const fail = (index: number, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), where(index), problem);
	if (rows.length === 0) {
		const keep = param.call(this, 'operation', '') === 'update' ? ' (to leave them as they are, choose Keep As They Are)' : '';
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Items', `need at least one row: MOCO keeps no ${spec.document} without rows${keep}`);
	}
	if (spec.max !== undefined && rows.length > spec.max) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Items', `has ${rows.length} rows; MOCO takes at most ${spec.max} on ${an(spec.document)}`);
	}
	const names = spec.types.map((type) => type.value);
	return rows.map((row, index) => {
		if (row === null || typeof row !== 'object' || Array.isArray(row)) throw fail(index, `must be an object like ${JSON.stringify(spec.example[0])}, not ${JSON.stringify(row)}`);
		const given = Object.fromEntries(Object.entries(row as IDataObject).filter(([, value]) => !checks.isUnset(value)));
		const type = spec.untyped ? spec.types[0] : spec.types.find((candidate) => candidate.value === given.type);
		if (!type) throw fail(index, `type must be one of ${names.join(', ')}, not ${JSON.stringify(given.type)}`);
		const checked: IDataObject = spec.untyped ? {} : { type: type.value };
		for (const [key, value] of Object.entries(given)) {
			if (key === 'type' && !spec.untyped) continue;
			const field = spec.fields.find((candidate) => candidate.api === key);
			if (!field) throw fail(index, `has the field ${JSON.stringify(key)}, which MOCO does not know; a row takes ${[...(spec.untyped ? [] : ['type']), ...spec.fields.map((f) => f.api)].join(', ')}`);
			if (!spec.untyped && !type.fields.includes(key)) throw fail(index, `${an(type.value)} row takes ${type.fields.length ? `only ${type.fields.join(', ')}` : 'no fields but its type'}, not ${key}`);
			const result = checkField(field, value);
			if ('problem' in result) throw fail(index, `${key} ${result.problem}`);
			checked[key] = result.value as IDataObject[string];
		}
		const missing = (type.required ?? []).filter((key) => !(key in checked));
		if (missing.length) throw fail(index, `${an(type.value)} row needs ${missing.join(' and ')}`);
		const broken = type.rule?.(checked);
		if (broken) throw fail(index, broken);
		return checked;
	});
}

/** Update's rows: none (undefined) while Items Input keeps them, else every row checked as on Create. */
export function changedLineItems(this: IExecuteSingleFunctions, spec: LineItemSpec): IDataObject[] | undefined {
	return rowsGiven.call(this) ? lineItems.call(this, spec) : undefined;
}

/** Whether Update's Items Input gives rows (as a form or JSON) rather than keeping MOCO's. */
export function rowsGiven(this: IExecuteSingleFunctions): boolean {
	return param.call(this, ITEMS_INPUT, ITEMS_KEEP) !== ITEMS_KEEP;
}
