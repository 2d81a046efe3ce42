/** The generic write path entries' actions use: create, bulk create, update, and the validation behind them. */
import {
	type Body,
	type EntryContext,
	type FieldErrors,
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	type WriteContext,
	has,
	invalid,
	isBlank,
	isBoolLike,
	isObject,
	isValidDate,
	isValidTime,
	json,
	refused,
	toBool,
	toId,
	toNumber,
} from './engine';
import type { MocoSimulator } from './moco';
import type { RecordStore } from './store';
import type { SimResponse } from './types';

/** Fills id and timestamps around an entry's blank record, then the caller's values. */
export function stamped(sim: MocoSimulator, blank: Record<string, unknown>, partial: Record<string, unknown>): Rec {
	const at = sim.stamp();
	const record: Rec = { id: 0, ...blank, ...partial } as Rec;
	if (!('created_at' in record)) record.created_at = at;
	if (!('updated_at' in record)) record.updated_at = at;
	return record;
}

/** Validates `body` as a create of `name` and stores the record (422 on invalid input). */
export function createRecord(sim: MocoSimulator, store: RecordStore, name: string, body: Body, ctx: EntryContext): Rec {
	const entry = store.entry(name);
	const blank = stamped(sim, entry.blank(ctx), {});
	blank.id = store.newId(name, false);
	const record = writeRecord(sim, entry, blank, body, { ...ctx, creating: true, before: blank });
	record.id = store.newId(name);
	if (entry.parentKey) record[entry.parentKey] = ctx.parentId;
	store.records(name).push(record);
	sim.changed(name, record, 'create', ctx.userId);
	return record;
}

/** POST .../bulk: creates every record or none (the first invalid body answers 422), answers them all. */
export function createAll(sim: MocoSimulator, name: string, bodies: unknown[], ctx: EntryContext): SimResponse {
	const store = sim.records(name);
	const before = store.length;
	try {
		const created = bodies.map((item) => {
			if (!isObject(item)) throw invalid({ [name]: ['is invalid'] });
			return sim.createRecord(name, item, ctx);
		});
		return json(200, created.map((r) => sim.serialize(name, r)));
	} catch (e) {
		store.length = before;
		throw e;
	}
}

/** Validates `body` as a partial update and applies it (422 on invalid input). */
export function updateRecord(sim: MocoSimulator, store: RecordStore, name: string, record: Rec, body: Body, ctx: EntryContext): Rec {
	const entry = store.entry(name);
	const refusal = entry.guardUpdate?.(record, ctx);
	if (refusal) throw refused(refusal);
	Object.assign(record, writeRecord(sim, entry, record, body, { ...ctx, creating: false, before: record }));
	sim.changed(name, record, 'update', ctx.userId, false);
	return record;
}

/**
 * Validates everything first, then returns the record as it would be: only sent fields change
 * (PUT is partial), write names map to read names, refs become their read objects.
 */
export function writeRecord(sim: MocoSimulator, entry: ResourceEntry, record: Rec, body: Body, ctx: WriteContext): Rec {
	const errors: FieldErrors = {};
	const add = (key: string, message: string): void => {
		errors[key] = [...(errors[key] ?? []), message];
	};
	const draft = structuredClone(record);
	let touched = false;
	for (const [name, spec] of Object.entries(entry.fields)) {
		if (!has(body, name)) {
			if (ctx.creating && spec.required) add(name, "can't be blank");
			continue;
		}
		touched = true;
		const readKey = spec.read === undefined ? name : spec.read;
		const value = body[name];
		if (!ctx.creating && spec.immutable) {
			const current = readKey === false ? undefined : draft[readKey];
			const currentValue = isObject(current) ? current.id : current;
			if (String(currentValue ?? '') !== String(value ?? '')) add(name, 'cannot be changed');
			continue;
		}
		if (isBlank(value)) {
			if (spec.required) add(ctx.creating || spec.kind !== 'ref' ? name : errorKey(name, spec), spec.kind === 'ref' && !ctx.creating ? 'must exist' : "can't be blank");
			else if (readKey !== false) draft[readKey] = blankValue(spec, draft[readKey]);
			continue;
		}
		const accepted = accept(sim, name, spec, value, draft[readKey === false ? '' : readKey], add);
		if (accepted === undefined || readKey === false) continue;
		draft[readKey] = spec.convert ? spec.convert(accepted.value, ctx) : accepted.value;
	}
	entry.validate?.(draft, body, ctx, errors);
	if (Object.keys(errors).length) throw invalid(errors);
	entry.derive?.(draft, ctx);
	if (touched && !ctx.creating) draft.updated_at = sim.stamp();
	return draft;
}

function errorKey(name: string, spec: FieldSpec): string {
	return spec.errorKey ?? (typeof spec.read === 'string' ? spec.read : name);
}

function blankValue(spec: FieldSpec, current: unknown): unknown {
	if (spec.kind === 'text' || spec.kind === 'email') return '';
	if (spec.kind === 'tags') return [];
	if (spec.kind === 'custom_properties') return current;
	return null;
}

/** Checks one sent, non-blank value against its kind; undefined when refused. */
function accept(sim: MocoSimulator, name: string, spec: FieldSpec, value: unknown, current: unknown, add: (key: string, message: string) => void): { value: unknown } | undefined {
	const refuse = (message: string, key = name): undefined => {
		add(key, message);
		return undefined;
	};
	switch (spec.kind) {
		case 'text':
			return { value: String(value).trim() };
		case 'email': {
			const email = String(value).trim();
			return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? { value: email } : refuse('is invalid');
		}
		case 'date':
			return isValidDate(value) ? { value } : refuse('is invalid');
		case 'time':
			return isValidTime(value) ? { value: String(value).padStart(5, '0') } : refuse('is invalid');
		case 'integer': {
			const n = toNumber(value);
			if (n === undefined) return refuse('is not a number');
			return Number.isInteger(n) ? { value: n } : refuse('must be an integer');
		}
		case 'number': {
			const n = toNumber(value);
			return n === undefined ? refuse('is not a number') : { value: n };
		}
		case 'boolean':
			return isBoolLike(value) ? { value: toBool(value) } : refuse('is invalid');
		case 'enum':
			return (spec.values ?? []).map(String).includes(String(value)) ? { value } : refuse('is not included in the list');
		case 'ref': {
			const id = toId(value);
			const target = id === undefined ? undefined : sim.find(spec.ref!, id);
			if (!target) return refuse('must exist', errorKey(name, spec));
			return { value: spec.shape ? sim.render(spec.shape, target) : target.id };
		}
		case 'tags':
			return Array.isArray(value) && value.every((t) => typeof t === 'string') ? { value: [...(value as string[])] } : refuse('is invalid');
		case 'custom_properties':
			return isObject(value) ? { value: { ...(isObject(current) ? current : {}), ...value } } : refuse('is invalid');
		case 'object':
			return isObject(value) ? { value } : refuse('is invalid');
		case 'array':
			return Array.isArray(value) ? { value } : refuse('is invalid');
	}
}
