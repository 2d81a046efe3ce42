import type { IDataObject, INode } from 'n8n-workflow';

import { invalidInput } from './errors';

export const LANGUAGES = ['de', 'de-AT', 'de-CH', 'en', 'it', 'fr'];

type Check = (value: unknown) => { value: unknown } | { problem: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const text: Check = (value) =>
	typeof value === 'string' || typeof value === 'number'
		? { value: String(value) }
		: { problem: 'must be text' };

const email: Check = (value) =>
	typeof value === 'string' && EMAIL.test(value.trim())
		? { value: value.trim() }
		: { problem: `must be an email address like name@example.com, not ${JSON.stringify(value)}` };

const secret: Check = (value) => (typeof value === 'string' ? { value } : { problem: 'must be text' });

export function toPositiveId(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

const id: Check = (value) => {
	const number = toPositiveId(value);
	return number === undefined
		? { problem: `must be an ID (a positive whole number), not ${JSON.stringify(value)}` }
		: { value: number };
};

const flag: Check = (value) => {
	if (typeof value === 'boolean') return { value };
	if (value === 'true' || value === 'false') return { value: value === 'true' };
	return { problem: `must be true or false, not ${JSON.stringify(value)}` };
};

const language: Check = (value) =>
	typeof value === 'string' && LANGUAGES.includes(value)
		? { value }
		: { problem: `must be one of ${LANGUAGES.join(', ')}, not ${JSON.stringify(value)}` };

const date: Check = (value) => {
	// Luxon DateTime from an expression such as {{$now}}
	if (value && typeof value === 'object' && 'toISODate' in value) {
		return date((value as { toISODate: () => string }).toISODate());
	}
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim()) : null;
	if (match) {
		const [year, month, day] = match.slice(1).map(Number);
		const parsed = new Date(Date.UTC(year, month - 1, day));
		if (parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) {
			return { value: `${match[1]}-${match[2]}-${match[3]}` };
		}
	}
	return { problem: `must be a date in the form YYYY-MM-DD, not ${JSON.stringify(value)}` };
};

const tags: Check = (value) => {
	const list = typeof value === 'string' ? value.split(',') : value;
	if (!Array.isArray(list) || list.some((tag) => typeof tag !== 'string')) {
		return { problem: `must be a list of text tags, not ${JSON.stringify(value)}` };
	}
	return { value: list.map((tag: string) => tag.trim()).filter(Boolean) };
};

const customProperties: Check = (value) => {
	// The UI sends {property: [{name, value}]}; an expression may give a plain object instead.
	const fromUi = value && typeof value === 'object' && 'property' in value;
	const pairs = fromUi
		? (value as { property: unknown }).property
		: value && typeof value === 'object' && !Array.isArray(value)
			? Object.entries(value).map(([name, v]) => ({ name, value: v }))
			: undefined;
	if (!Array.isArray(pairs)) return { problem: 'must be name/value pairs' };
	const result: IDataObject = {};
	for (const pair of pairs as Array<{ name?: unknown; value?: unknown }>) {
		if (typeof pair?.name !== 'string' || pair.name.trim() === '') {
			return { problem: 'must be name/value pairs, and every name must be filled in' };
		}
		if (pair.value !== null && typeof pair.value === 'object') {
			return { problem: `"${pair.name}" must have a plain value, not an object` };
		}
		result[pair.name.trim()] = pair.value ?? '';
	}
	return { value: result };
};

/** MOCO's write fields for a user, with the label the user sees and the check each value passes. */
export const USER_FIELDS: Record<string, { label: string; check: Check; secret?: boolean }> = {
	firstname: { label: 'First Name', check: text },
	lastname: { label: 'Last Name', check: text },
	email: { label: 'Email', check: email },
	password: { label: 'Password', check: secret, secret: true },
	unit_id: { label: 'Team Name or ID', check: id },
	role_id: { label: 'Role Name or ID', check: id },
	active: { label: 'Active', check: flag },
	external: { label: 'External', check: flag },
	language: { label: 'Language', check: language },
	mobile_phone: { label: 'Mobile Phone', check: text },
	work_phone: { label: 'Work Phone', check: text },
	home_address: { label: 'Home Address', check: text },
	bday: { label: 'Birthday', check: date },
	iban: { label: 'IBAN', check: text },
	tags: { label: 'Tags', check: tags },
	custom_properties: { label: 'Custom Properties', check: customProperties },
	info: { label: 'Info', check: text },
	welcome_email: { label: 'Welcome Email', check: flag },
};

function isUnset(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}

/**
 * Checks and converts the fields n8n put into the body. An empty value means "leave it as it
 * is", so it is dropped rather than sent as "".
 */
export function normalizeUserFields(body: IDataObject, node: INode, itemIndex: number): IDataObject {
	const result: IDataObject = {};
	for (const [name, raw] of Object.entries(body)) {
		const field = USER_FIELDS[name];
		if (!field || isUnset(raw)) continue;
		const checked = field.check(raw);
		if ('problem' in checked) {
			// Never echo a secret back, not even in an error.
			throw invalidInput(node, itemIndex, field.label, field.secret ? 'must be text' : checked.problem);
		}
		if (isUnset(checked.value)) continue;
		if (typeof checked.value === 'object' && !Array.isArray(checked.value) && Object.keys(checked.value as object).length === 0) continue;
		result[name] = checked.value as IDataObject[string];
	}
	return result;
}

// ---- values an AI Agent's model fills in ---------------------------------------------------------

const FROM_AI = /\$fromai\s*\(\s*(['"`])([^'"`]*)\1/gi;

/** The keys of the `$fromAI('key', …)` placeholders in a raw parameter value (nested ones too). */
export function fromAiKeys(raw: unknown): string[] {
	if (typeof raw === 'string') return [...raw.matchAll(FROM_AI)].map((match) => match[2]);
	if (raw !== null && typeof raw === 'object') return [...new Set(Object.values(raw).flatMap(fromAiKeys))];
	return [];
}

/**
 * A password must never pass through a chat model: one that comes from `$fromAI` is refused,
 * whatever the model sent, before any request.
 */
export function refusePasswordFromModel(node: INode, itemIndex: number): void {
	if (fromAiKeys(node.parameters.password).length === 0) return;
	throw invalidInput(
		node,
		itemIndex,
		'Password',
		'cannot be filled in by an AI model: a password must not pass through a chat model. Remove $fromAI() from Password in the MOCO tool and leave it empty (MOCO keeps the current password; a new user sets one through the welcome email)',
	);
}
