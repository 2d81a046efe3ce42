import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { paramOf, pluralOf, type NaturalKey, type RecordType } from './locator';

import { invalidInput, itemError, retoldForItem, runsAsTool, type NodeItemError } from './errors';
import { mocoApiRequestAllItems } from './transport';
import { toPositiveId } from './validate';
import { param } from './scope';

/** A look-up that ran but found no single answer: names the field, the value and the item. */
export function notResolved(this: IExecuteSingleFunctions, field: string, problem: string): NodeItemError {
	const itemIndex = this.getItemIndex();
	return itemError(this.getNode(), itemIndex, `${field}: ${problem} (item ${itemIndex})`, `Item ${itemIndex}: nothing was changed in MOCO for this item.`);
}

// ---- one look-up per run ------------------------------------------------------------------------

// RoutingNode starts every item at once, so the cache holds promises: 50 items asking for the
// same list share one request. Keyed by execution and node (two MOCO nodes may use two accounts);
// only the latest runs are kept, so a long-lived n8n process does not grow.
const MAX_RUNS = 20;
type Cache = Map<string, Promise<unknown>>;
const runs = new Map<string, Cache>();
// n8n's MCP Server Trigger runs each tool call inside its webhook request, before any execution
// exists: with no execution ID a run's cache would span every call for as long as n8n runs, and
// a later call would miss what changed in MOCO meanwhile. There a call (one item) keeps its own.
const calls = new WeakMap<IExecuteSingleFunctions, Cache>();

function cacheIn<K>(store: { get(key: K): Cache | undefined; set(key: K, cache: Cache): unknown }, key: K): Cache {
	const cache = store.get(key) ?? new Map();
	store.set(key, cache);
	return cache;
}

function cacheOf(context: IExecuteSingleFunctions): Cache {
	const executionId = context.getExecutionId();
	if (!executionId) return cacheIn(calls, context);
	const cache = cacheIn(runs, `${executionId}\u0000${context.getNode().id}`);
	while (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value as string);
	return cache;
}

export async function oncePerRun<T>(context: IExecuteSingleFunctions, key: string, load: () => Promise<T>): Promise<T> {
	const cache = cacheOf(context);
	let pending = cache.get(key) as Promise<T> | undefined;
	if (pending === undefined) {
		pending = load();
		cache.set(key, pending);
		// A failed look-up (e.g. 429) is not remembered: the next item may try again.
		pending.catch(() => cache.delete(key));
	}
	try {
		return await pending;
	} catch (error) {
		throw retoldForItem(error, context.getNode(), context.getItemIndex());
	}
}

// ---- names: close matches for a helpful error ------------------------------------------------

function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length];
}

/** Up to five names that look like what was typed, closest first. */
export function closeNames(wanted: string, names: string[]): string[] {
	const w = wanted.trim().toLowerCase();
	return names
		.map((name) => {
			const n = name.toLowerCase();
			const score = n.includes(w) || w.includes(n) ? 0 : distance(w, n);
			return { name, score };
		})
		.filter(({ name, score }) => score <= Math.max(2, Math.floor(Math.max(w.length, name.length) / 3)))
		.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
		.slice(0, 5)
		.map(({ name }) => name);
}

// ---- a record picked with a resource locator ---------------------------------------------------

export type Picked = { id: number } | { key: string };

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A record ID typed or computed by an expression: a positive whole number, or a clear error. */
export function checkedId(this: IExecuteSingleFunctions, label: string, value: unknown): number {
	if (isEmpty(value)) throw invalidInput(this.getNode(), this.getItemIndex(), label, 'is required');
	const id = toPositiveId(value);
	if (id === undefined) {
		throw invalidInput(this.getNode(), this.getItemIndex(), label, `must be a positive whole number, not ${JSON.stringify(value)}`);
	}
	return id;
}

/**
 * Checks a picker's value without asking MOCO, so bad input stops the item before any request:
 * From list / By ID give the ID, By <key> gives the key to look up. A plain value (older
 * workflows, an expression over the whole parameter) is an ID.
 */
export function readPicked(this: IExecuteSingleFunctions, record: RecordType, raw: unknown, label = record.label): Picked {
	const isLocator = raw !== null && typeof raw === 'object' && 'mode' in raw;
	const mode = isLocator ? String((raw as { mode: unknown }).mode) : 'id';
	const value = isLocator ? (raw as unknown as { value: unknown }).value : raw;
	const { key } = record;
	if (key && mode === key.mode) {
		const keyLabel = `${label} ${key.title}`;
		if (isEmpty(value) || (typeof value !== 'string' && typeof value !== 'number')) {
			throw invalidInput(this.getNode(), this.getItemIndex(), keyLabel, isEmpty(value) ? 'is required' : 'must be text');
		}
		const text = String(value).trim();
		if (key.pattern && !new RegExp(key.pattern.regex).test(text)) {
			throw invalidInput(
				this.getNode(),
				this.getItemIndex(),
				keyLabel,
				`must be an email address like ${key.pattern.example}, not ${JSON.stringify(value)}`,
			);
		}
		return { key: text };
	}
	return { id: checkedId.call(this, `${label} ID`, value) };
}

/** Past this many different keys in one run, one read of the whole list is cheaper than a filtered look-up each. */
const FILTERED_LOOKUPS_PER_RUN = 2;

/**
 * The ID a picked record has. A key is looked up once per run: through MOCO's filter for the
 * first few keys, then from the whole list, read once for every item of the run.
 */
export async function idOfPicked(
	this: IExecuteSingleFunctions,
	record: RecordType,
	picked: Picked,
	options: { keyLabel?: string; path?: string } = {},
): Promise<number> {
	if ('id' in picked) return picked.id;
	const key = record.key as NaturalKey;
	const path = options.path ?? record.path;
	const label = options.keyLabel ?? `${record.label} ${key.title}`;
	const wanted = picked.key;
	const normalized = key.caseInsensitive || key.pattern ? wanted.toLowerCase() : wanted;
	const seen = await oncePerRun(this, `keys:${path}`, async () => new Set<string>());
	seen.add(normalized);
	const filtered = key.filter !== undefined && seen.size <= FILTERED_LOOKUPS_PER_RUN;
	const records = filtered
		? await oncePerRun(this, `key:${path}:${normalized}`, async () =>
				await mocoApiRequestAllItems.call(this, path, { [key.filter as string]: wanted, ...(record.listQuery ?? {}) }),
			)
		: await oncePerRun(this, `list:${path}`, async () => await mocoApiRequestAllItems.call(this, path, { ...(record.listQuery ?? {}) }));
	const valueOf = (candidate: IDataObject) => String(candidate[key.field] ?? '').trim();
	let matches = records.filter((candidate) => valueOf(candidate) === wanted);
	if (matches.length === 0 && (key.caseInsensitive || key.pattern)) {
		matches = records.filter((candidate) => valueOf(candidate).toLowerCase() === normalized);
	}
	if (matches.length === 1) return matches[0].id as number;
	const ids = matches.map((match) => match.id).join(', ');
	// A model cannot switch the picker to By ID: as a tool the advice is what the model can do.
	const asTool = runsAsTool(this.getNode());
	const twins = asTool ? 'The tool cannot choose between them; ask the user which one is meant' : `Choose the ${record.noun} By ID`;
	if (key.mode === 'name') {
		if (matches.length > 1) {
			throw notResolved.call(this, label, `${matches.length} ${pluralOf(record.noun)} are named ${JSON.stringify(wanted)} (IDs ${ids}). ${asTool ? twins : 'Use the ID instead'}`);
		}
		const close = closeNames(wanted, records.map(valueOf));
		const hint = close.length > 0 ? `Did you mean ${close.map((name) => JSON.stringify(name)).join(', ')}?` : `MOCO has ${records.length} ${pluralOf(record.noun)}, none with a similar name.`;
		throw notResolved.call(this, label, `no ${record.noun} is named ${JSON.stringify(wanted)}. ${hint}`);
	}
	const what = key.title.toLowerCase();
	if (matches.length > 1) {
		throw notResolved.call(this, label, `${matches.length} MOCO ${pluralOf(record.noun)} have the ${what} ${JSON.stringify(wanted)} (IDs ${ids}). ${twins}`);
	}
	const check = `Check the ${key.pattern ? 'address' : what}`;
	throw notResolved.call(this, label, `no MOCO ${record.noun} has the ${what} ${JSON.stringify(wanted)}. ${asTool ? check : `${check}, or choose the ${record.noun} By ID`}`);
}

/**
 * The ID of the record the item's picker (`<noun>Id`) names, for an output that names it: a key
 * given By <key> was looked up for the request already, so this asks MOCO nothing more.
 */
export async function pickedRecordId(this: IExecuteSingleFunctions, record: RecordType): Promise<number> {
	const picked = readPicked.call(this, record, param.call(this, paramOf(record), ''));
	return await idOfPicked.call(this, record, picked);
}
