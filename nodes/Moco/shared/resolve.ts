import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput, itemError, retoldForItem, type NodeItemError } from './errors';
import { mocoApiRequestAllItems } from './transport';
import { toPositiveId } from './validate';

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
const runs = new Map<string, Map<string, Promise<unknown>>>();

export async function oncePerRun<T>(context: IExecuteSingleFunctions, key: string, load: () => Promise<T>): Promise<T> {
	const runKey = `${context.getExecutionId()}\u0000${context.getNode().id}`;
	let cache = runs.get(runKey);
	if (cache === undefined) {
		cache = new Map();
		runs.set(runKey, cache);
		while (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value as string);
	}
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

// ---- the user a User parameter points at -------------------------------------------------------

interface Locator {
	mode: string;
	value: unknown;
}

function asLocator(raw: unknown): Locator {
	if (raw !== null && typeof raw === 'object' && 'mode' in raw) {
		const { mode, value } = raw as { mode: unknown; value: unknown };
		return { mode: String(mode), value };
	}
	// A plain value (older workflows, expressions on the whole parameter) is an ID.
	return { mode: 'id', value: raw };
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Checks the User parameter without asking MOCO, so bad input stops the item before any request:
 * From list / By ID give the ID, By Email gives the address to look up.
 */
export function readUserLocator(this: IExecuteSingleFunctions, parameter = 'userId'): { id: number } | { email: string } {
	const { mode, value } = asLocator(this.getNodeParameter(parameter, ''));
	const itemIndex = this.getItemIndex();
	if (mode === 'email') {
		if (isEmpty(value)) throw invalidInput(this.getNode(), itemIndex, 'User Email', 'is required');
		const email = String(value).trim();
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
			throw invalidInput(this.getNode(), itemIndex, 'User Email', `must be an email address like name@example.com, not ${JSON.stringify(value)}`);
		}
		return { email };
	}
	return { id: checkedId.call(this, 'User ID', value) };
}

/** A record ID typed or computed by an expression: a positive whole number, or a clear error. */
export function checkedId(this: IExecuteSingleFunctions, label: string, value: unknown): number {
	if (isEmpty(value)) throw invalidInput(this.getNode(), this.getItemIndex(), label, 'is required');
	const id = toPositiveId(value);
	if (id === undefined) {
		throw invalidInput(this.getNode(), this.getItemIndex(), label, `must be a positive whole number, not ${JSON.stringify(value)}`);
	}
	return id;
}

/** The user's ID from the User parameter, looking an email up in MOCO. */
export async function userIdFromParameter(this: IExecuteSingleFunctions, parameter = 'userId'): Promise<number> {
	const user = readUserLocator.call(this, parameter);
	return 'id' in user ? user.id : await userIdForEmail.call(this, user.email);
}

async function userIdForEmail(this: IExecuteSingleFunctions, email: string): Promise<number> {
	// Deactivated users count too: updating or reactivating them is a common job.
	const users = await oncePerRun(this, `user-email:${email.toLowerCase()}`, async () =>
		await mocoApiRequestAllItems.call(this, '/users', { email, include_archived: 'true' }),
	);
	const matches = users.filter((user) => String(user.email).toLowerCase() === email.toLowerCase());
	if (matches.length === 1) return matches[0].id as number;
	if (matches.length === 0) {
		throw notResolved.call(this, 'User Email', `no MOCO user has the email ${JSON.stringify(email)}. Check the address, or choose the user By ID`);
	}
	throw notResolved.call(
		this,
		'User Email',
		`${matches.length} MOCO users have the email ${JSON.stringify(email)} (IDs ${matches.map((user) => user.id).join(', ')}). Choose the user By ID`,
	);
}

// ---- a team or role given by its name -----------------------------------------------------------

export interface NamedList {
	/** Field label the user sees, e.g. "Team Name or ID". */
	label: string;
	/** What one record is called in messages, e.g. "team". */
	noun: string;
	url: string;
}

export const TEAMS: NamedList = { label: 'Team Name or ID', noun: 'team', url: '/units' };
export const ROLES: NamedList = { label: 'Role Name or ID', noun: 'role', url: '/users/roles' };

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

/**
 * An ID stays as it is (checked later with the other fields); a name is looked up in the list,
 * fetched once per run. Exact name first, then ignoring case.
 */
export async function idForName(
	this: IExecuteSingleFunctions,
	list: NamedList,
	value: unknown,
	alwaysName = false,
): Promise<unknown> {
	if (typeof value !== 'string' || value.trim() === '' || (!alwaysName && toPositiveId(value) !== undefined)) return value;
	const wanted = value.trim();
	const records = await oncePerRun(this, `list:${list.url}`, async () => await mocoApiRequestAllItems.call(this, list.url));
	const named = (test: (name: string) => boolean) => records.filter((record: IDataObject) => test(String(record.name).trim()));
	let matches = named((name) => name === wanted);
	if (matches.length === 0) matches = named((name) => name.toLowerCase() === wanted.toLowerCase());
	if (matches.length === 1) return matches[0].id;
	if (matches.length > 1) {
		throw notResolved.call(
			this,
			list.label,
			`${matches.length} ${list.noun}s are named ${JSON.stringify(wanted)} (IDs ${matches.map((record) => record.id).join(', ')}). Use the ID instead`,
		);
	}
	const close = closeNames(wanted, records.map((record) => String(record.name)));
	const hint = close.length > 0 ? `Did you mean ${close.map((name) => JSON.stringify(name)).join(', ')}?` : `MOCO has ${records.length} ${list.noun}s, none with a similar name.`;
	throw notResolved.call(this, list.label, `no ${list.noun} is named ${JSON.stringify(wanted)}. ${hint}`);
}

// ---- the team a Team parameter points at -------------------------------------------------------

/** Checks the Team parameter without asking MOCO: By ID gives the ID, By Name the name to look up. */
export function readTeamLocator(this: IExecuteSingleFunctions): { id: number } | { name: string } {
	const { mode, value } = asLocator(this.getNodeParameter('teamId', ''));
	if (mode === 'name') {
		if (isEmpty(value) || typeof value !== 'string') {
			throw invalidInput(this.getNode(), this.getItemIndex(), 'Team Name', isEmpty(value) ? 'is required' : 'must be text');
		}
		return { name: value };
	}
	return { id: checkedId.call(this, 'Team ID', value) };
}

export async function teamIdFromParameter(this: IExecuteSingleFunctions): Promise<number> {
	const team = readTeamLocator.call(this);
	if ('id' in team) return team.id;
	// A team named like a number is still looked up by name here.
	return (await idForName.call(this, { ...TEAMS, label: 'Team Name' }, team.name, true)) as number;
}
