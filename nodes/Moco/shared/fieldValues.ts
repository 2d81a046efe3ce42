import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from './errors';
import { isVersioned, offeredOn, onTop, type FieldRow, type FormOperation } from './fieldTable';
import type { RecordType } from './locator';
import { readPicked, type Picked } from './resolve';
import * as checks from './validate';
import { param } from './scope';

const legacyLayout = (context: IExecuteSingleFunctions, rows: FieldRow[]) => isVersioned(rows) && context.getNode().typeVersion < 1.1;

/** The values the user set for this item, wherever the form put them. */
export function formValues(this: IExecuteSingleFunctions, rows: FieldRow[], operation: FormOperation): IDataObject {
	const values: IDataObject = {};
	const read = (name: string) => param.call(this, name, null) as IDataObject[string];
	const legacy = legacyLayout(this, rows);
	if (operation === 'create') {
		for (const row of offeredOn(rows, 'create').filter((candidate) => onTop(candidate, legacy))) values[row.name] = read(row.name);
		return { ...values, ...((read('additionalFields') ?? {}) as IDataObject) };
	}
	if (legacy) {
		for (const row of offeredOn(rows, 'update').filter((candidate) => candidate.legacy?.topLevel)) values[row.name] = read(row.name);
	}
	return { ...values, ...((read('updateFields') ?? {}) as IDataObject) };
}

const locatorValue = (raw: unknown) => (raw !== null && typeof raw === 'object' && '__rl' in raw ? (raw as unknown as { value: unknown }).value : raw);

function checkFor(row: FieldRow): checks.Check {
	switch (row.kind) {
		case 'email':
			return checks.email;
		case 'emails':
			return checks.emailList;
		case 'password':
			return checks.secret;
		case 'date':
			return checks.date;
		case 'dateTime':
			return checks.utcTime;
		case 'time':
			return checks.time;
		case 'duration':
			return checks.duration;
		case 'number':
			return checks.number({ min: row.min, max: row.max });
		case 'integer':
			return checks.number({ min: row.min, max: row.max, whole: true });
		case 'boolean':
			return checks.flag;
		case 'enum':
			return checks.oneOf((row.options ?? []).map((option) => option.value as string | number));
		case 'multiEnum':
			return checks.someOf((row.options ?? []).map((option) => option.value as string | number));
		case 'tags':
			return checks.tags;
		case 'customProperties':
			return checks.customProperties;
		case 'ids':
			return checks.idList;
		case 'text':
			return checks.line;
		default:
			return checks.text;
	}
}

/** A record still to be looked up (a name, an email), after every check has passed. */
export interface PendingReference {
	row: FieldRow;
	label: string;
	picked: Picked;
}

export interface CheckedValues {
	fields: IDataObject;
	references: PendingReference[];
}

/**
 * Checks every value the user set and converts it to what MOCO takes. Empty means "not set" and
 * is never sent. Records given by a key are held back, to be looked up once all checks passed,
 * so bad input never costs a request.
 */
export function checkValues(
	this: IExecuteSingleFunctions,
	rows: FieldRow[],
	values: IDataObject,
	options: { requiredFor?: string } = {},
): CheckedValues {
	const fields: IDataObject = {};
	const references: PendingReference[] = [];
	const legacy = legacyLayout(this, rows);
	const fail = (label: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), label, problem);
	for (const row of rows) {
		if (!(row.name in values) || (row.when && !row.when(values))) continue;
		const raw = values[row.name];
		const label = (legacy ? row.legacy?.displayName : undefined) ?? row.displayName;
		if (checks.isUnset(locatorValue(raw))) {
			if (options.requiredFor && row.required) throw fail(label, `is required to ${options.requiredFor}`);
			if (!options.requiredFor && legacy && row.legacy?.requiredOnUpdate) throw fail(label, 'is required');
			continue;
		}
		if (row.kind === 'boolean' && row.omitFalse && raw === false) continue;
		if (row.kind === 'reference') {
			const record = row.record as RecordType;
			if (legacy && row.legacy?.loadOptionsMethod) {
				// Version 1's dropdown: an ID, or a name given in an expression.
				if (typeof raw === 'string' && checks.toPositiveId(raw) === undefined) {
					references.push({ row, label, picked: { key: raw.trim() } });
					continue;
				}
				const checked = checks.id(raw);
				if ('problem' in checked) throw fail(label, checked.problem);
				fields[row.api] = checked.value as number;
				continue;
			}
			const picked = readPicked.call(this, record, raw, label);
			if ('id' in picked) fields[row.api] = picked.id;
			else references.push({ row, label: `${label} ${record.key?.title ?? 'ID'}`, picked });
			continue;
		}
		const checked = checkFor(row)(raw);
		// Never echo a secret back, not even in an error.
		if ('problem' in checked) throw fail(label, row.kind === 'password' ? 'must be text' : checked.problem);
		if (checks.isUnset(checked.value)) continue;
		if (typeof checked.value === 'object' && !Array.isArray(checked.value) && Object.keys(checked.value as object).length === 0) continue;
		fields[row.api] = checked.value as IDataObject[string];
	}
	if (options.requiredFor) {
		for (const row of rows.filter((candidate) => candidate.required && candidate.create !== false)) {
			const set = row.api in fields || references.some((reference) => reference.row === row);
			if (!set && (!row.when || row.when(values))) {
				throw fail((legacy ? row.legacy?.displayName : undefined) ?? row.displayName, `is required to ${options.requiredFor}`);
			}
		}
	}
	return { fields, references };
}
