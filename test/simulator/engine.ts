/**
 * The vocabulary resource entries are written in: field kinds, filters, the HTTP error helper.
 * An entry (resources/<name>.ts) is data; the generic engine in moco.ts serves it.
 */
import type { MocoSimulator, SimRequest, SimResponse } from './moco';

export type Body = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;
/** A stored record: MOCO's read shape (refs as objects, re-rendered live) plus hidden keys. */
export type Rec = Record<string, unknown> & { id: number };

/** Thrown inside handlers; handle() turns it into a JSON error response. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly payload: unknown,
	) {
		super(`HTTP ${status}`);
	}
}

/** For handlers mounted with sim.route(): `throw httpError(422, { message: '...' })`. */
export const httpError = (status: number, payload: unknown): HttpError => new HttpError(status, payload);
export const notFound = (): HttpError => new HttpError(404, { message: 'Resource not found' });
/** MOCO's first 422 shape: a field map. */
export const invalid = (errors: FieldErrors): HttpError => new HttpError(422, errors);
/** MOCO's second 422 shape, used by guards: a sentence. */
export const refused = (message: string): HttpError => new HttpError(422, { message });

const JSON_TYPE = 'application/json; charset=utf-8';
export function json(status: number, data: unknown, headers: Record<string, string> = {}): SimResponse {
	return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(data) };
}
export const noContent = (): SimResponse => ({ status: 204, headers: {}, body: '' });

export const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
export const toBool = (v: unknown): boolean => v === true || v === 'true' || v === 1 || v === '1';
export const isBoolLike = (v: unknown): boolean => [true, false, 'true', 'false', 1, 0, '1', '0'].includes(v as never);
export const toId = (v: unknown): number | undefined =>
	typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
export const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);
export const has = (body: Body, key: string): boolean => Object.prototype.hasOwnProperty.call(body, key);

export function isValidDate(s: unknown): boolean {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
export const isValidTime = (s: unknown): boolean => typeof s === 'string' && /^([01]?\d|2[0-3]):[0-5]\d$/.test(s);
export const toNumber = (v: unknown): number | undefined => {
	const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
	return Number.isFinite(n) ? n : undefined;
};
export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** YYYY-MM-DD of a day offset from a date. */
export function addDays(date: string, days: number): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
export const isLastOfMonth = (date: string): boolean => addDays(date, 1).endsWith('-01');

/** Who acts (impersonation applied) and who owns the key; `req` is absent for sim.add(). */
export interface EntryContext {
	sim: MocoSimulator;
	userId: number;
	keyUserId: number;
	req?: SimRequest;
	/** The :projectId of a nested path. */
	parentId?: number;
}

export interface WriteContext extends EntryContext {
	creating: boolean;
	/** The record before this write (on create: the blank record). */
	before: Rec;
}

/** How a referenced record appears inside another one: keys to copy, or a function. */
export type RefShape = readonly string[] | ((target: Rec, sim: MocoSimulator) => Record<string, unknown>);

export type FieldKind =
	| 'text'
	| 'email'
	| 'date'
	| 'time'
	| 'integer'
	| 'number'
	| 'boolean'
	| 'enum'
	| 'ref'
	| 'tags'
	| 'custom_properties'
	| 'object'
	| 'array';

export interface FieldSpec {
	kind: FieldKind;
	required?: boolean;
	/** Name in the read shape; false: write-only (password, welcome_email). Default: the write name. */
	read?: string | false;
	/** enum: the accepted values (compared as strings). */
	values?: readonly (string | number)[];
	/** ref: the entry whose record must exist (422 "must exist" otherwise) and how it is shown. */
	ref?: string;
	shape?: RefShape;
	/** Key of the "must exist" error; default the read name (`unit` for unit_id). */
	errorKey?: string;
	/** Refused on update with `{field: ["cannot be changed"]}` when the value differs. */
	immutable?: boolean;
	/** Turns the accepted write value into the stored read value. */
	convert?: (value: unknown, ctx: WriteContext) => unknown;
}

export type Op = 'list' | 'get' | 'create' | 'update' | 'delete';

export interface ActionContext extends EntryContext {
	req: SimRequest;
	body: Body;
	/** The record of a member action (`/:id/...`). */
	record?: Rec;
	/** A collection action's own path values (`/:type/:id`), unchecked. */
	params?: string[];
}

export interface Action {
	method: string;
	/** Relative to the entry's path: '/:id/archive' (member), '/assigned' or '/:type/:id' (collection). */
	path: string;
	handler: (ctx: ActionContext) => SimResponse;
}

/** MOCO's `POST …/bulk`: every row of `key` created, all or none. */
export const bulkCreate = (entry: string, key = 'bulk_data'): Action => ({
	method: 'POST',
	path: '/bulk',
	handler: (ctx) => {
		const rows = ctx.body[key];
		if (!Array.isArray(rows) || rows.length === 0) throw invalid({ [key]: ["can't be blank"] });
		return ctx.sim.createAll(entry, rows, ctx);
	},
});

export type Filter = (record: Rec, value: string, ctx: EntryContext) => boolean;

export interface ResourceEntry {
	/** The key for sim.add()/sim.records(): 'activities', 'tasks', 'contacts'... */
	name: string;
	/** '/activities', '/projects/:projectId/tasks' */
	path: string;
	/** MOCO's webhook target ('' where MOCO has none, as for units). */
	target: string;
	ops?: readonly Op[];
	fields: Record<string, FieldSpec>;
	/** Stored but never serialised (simulator-only state such as `locked`). */
	hidden?: readonly string[];
	/** For nested paths: the stored key holding the parent's id. */
	parentKey?: string;
	/** Refs that are not write fields (an activity's user), re-rendered live like ref fields. */
	links?: Record<string, { ref: string; shape: RefShape }>;
	/** A new record in read shape, before the body is applied (id and timestamps are added). */
	blank: (ctx: EntryContext) => Record<string, unknown>;
	/** Cross-field rules on the record as it would be after the write; add to `errors`. */
	validate?: (draft: Rec, body: Body, ctx: WriteContext, errors: FieldErrors) => void;
	/** Runs after a successful write (derived values such as hours from seconds). */
	derive?: (record: Rec, ctx: WriteContext) => void;
	/** Query parameter -> predicate, applied when the parameter is given and not empty. */
	filters?: Record<string, Filter>;
	/** Always runs on lists (defaults such as "archived only with include_archived"). */
	scope?: (rows: Rec[], query: Record<string, string>, ctx: EntryContext) => Rec[];
	/** Adjusts the read shape (embedded lists, derived fields). */
	serialize?: (out: Record<string, unknown>, record: Rec, ctx: { sim: MocoSimulator; list: boolean; query: Record<string, string> }) => unknown;
	/** A sentence refusing the write (422 {message}), or undefined. */
	guardUpdate?: (record: Rec, ctx: EntryContext) => string | undefined;
	guardDelete?: (record: Rec, ctx: EntryContext) => string | undefined;
	actions?: readonly Action[];
	seed?: () => Rec[];
}

// ---- filter helpers entries share --------------------------------------------------------------

/** Reads `a.b.c` from a record. */
export function pathValue(record: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((v, k) => (isObject(v) ? v[k] : undefined), record);
}
const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter((s) => s !== '');

/** `user_id=1,2` against `user.id` (comma lists allowed everywhere: harmless where MOCO takes one). */
export const idIn = (path: string): Filter => (r, v) => list(v).includes(String(pathValue(r, path)));
export const eq = (path: string): Filter => (r, v) => String(pathValue(r, path) ?? '').toLowerCase() === v.toLowerCase();
export const oneOf = (path: string): Filter => (r, v) => list(v).includes(String(pathValue(r, path)));
export const boolEq = (path: string): Filter => (r, v) => Boolean(pathValue(r, path)) === toBool(v);
export const onOrAfter = (path: string): Filter => (r, v) => String(pathValue(r, path) ?? '') >= v;
export const onOrBefore = (path: string): Filter => (r, v) => {
	const at = pathValue(r, path);
	return at !== null && at !== undefined && String(at).slice(0, v.length) <= v;
};
export const tagsAny: Filter = (r, v) => {
	const wanted = list(v).map((t) => t.toLowerCase());
	return ((r.tags as string[] | undefined) ?? []).some((t) => wanted.includes(t.toLowerCase()));
};
/** Case-insensitive substring search over several paths (MOCO's `term`). */
export const term =
	(...paths: string[]): Filter =>
	(r, v) => {
		const needle = v.toLowerCase();
		return paths.some((p) => String(pathValue(r, p) ?? '').toLowerCase().includes(needle));
	};

export const PERSON = ['id', 'firstname', 'lastname'] as const;
export const NAMED = ['id', 'name'] as const;
