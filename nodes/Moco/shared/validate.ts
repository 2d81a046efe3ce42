import type { IDataObject } from 'n8n-workflow';


export const LANGUAGES = ['de', 'de-AT', 'de-CH', 'en', 'it', 'fr'];

export type Check = (value: unknown) => { value: unknown } | { problem: string };

/**
 * A value as an error message shows it: what was typed, quoted; a list or an object (from an
 * expression, or a form row) in words, never its JSON.
 */
export function shown(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value === null || value === undefined) return 'empty';
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
	if (typeof (value as { toISO?: unknown }).toISO === 'function') return String((value as { toISO: () => string }).toISO());
	return 'an object';
}

/** A row of a list field the user added but never filled in (n8n gives an untouched row `[]`). */
const emptyRow = (value: unknown) => isUnset(value) || (Array.isArray(value) && value.every(emptyRow));

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const text: Check = (value) =>
	typeof value === 'string' || typeof value === 'number'
		? { value: String(value) }
		: { problem: 'must be text' };

/** One line of text: spaces around it are never meant. */
export const line: Check = (value) => {
	const checked = text(value);
	return 'value' in checked ? { value: String(checked.value).trim() } : checked;
};

export const email: Check = (value) =>
	typeof value === 'string' && EMAIL.test(value.trim())
		? { value: value.trim() }
		: { problem: `must be an email address like name@example.com, not ${shown(value)}` };

/** Addresses separated by semicolons, commas or spaces (or a list), sent as MOCO's semicolon list. */
export const emailList: Check = (value) => {
	const parts = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,\s]+/) : [value]).map((part) => (typeof part === 'string' ? part.trim() : part));
	const bad = parts.find((part) => part !== '' && !(typeof part === 'string' && EMAIL.test(part)));
	if (bad !== undefined) return { problem: `must be email addresses like name@example.com, separated by semicolons; ${JSON.stringify(bad)} is not one` };
	return { value: parts.filter(Boolean).join(';') };
};

export const secret: Check = (value) => (typeof value === 'string' ? { value } : { problem: 'must be text' });

export function toPositiveId(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;
}

export const id: Check = (value) => {
	const number = toPositiveId(value);
	return number === undefined
		? { problem: `must be an ID (a positive whole number), not ${shown(value)}` }
		: { value: number };
};

export const flag: Check = (value) => {
	if (typeof value === 'boolean') return { value };
	if (value === 'true' || value === 'false') return { value: value === 'true' };
	return { problem: `must be true or false, not ${shown(value)}` };
};

export const language: Check = (value) =>
	typeof value === 'string' && LANGUAGES.includes(value)
		? { value }
		: { problem: `must be one of ${LANGUAGES.join(', ')}, not ${shown(value)}` };

/**
 * A day: what the day picker holds (`2026-01-06`), what older versions of it saved
 * (`2026-01-06T00:00:00`), an ISO string or a Luxon DateTime from an expression. The day is
 * taken as written, never moved to another time zone.
 */
export const date: Check = (value) => {
	if (value && typeof value === 'object' && 'toISODate' in value) {
		return date((value as { toISODate: () => string }).toISODate());
	}
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value.trim()) : null;
	if (match) {
		const [year, month, day] = match.slice(1).map(Number);
		const parsed = new Date(Date.UTC(year, month - 1, day));
		if (parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day) {
			return { value: `${match[1]}-${match[2]}-${match[3]}` };
		}
	}
	return { problem: `must be a date in the form YYYY-MM-DD, not ${shown(value)}` };
};

/** Tags as rows of text, or text separated by commas; rows left empty are ignored. */
export const tags: Check = (value) => {
	const list = typeof value === 'string' ? value.split(',') : value;
	if (!Array.isArray(list)) return { problem: `must be text tags, one per row or separated by commas, not ${shown(value)}` };
	const result: string[] = [];
	for (const [index, tag] of list.entries()) {
		if (emptyRow(tag)) continue;
		if (typeof tag !== 'string' && typeof tag !== 'number') {
			return { problem: `must each be text: tag ${index + 1} is ${shown(tag)}. Give every tag as text, one per row` };
		}
		result.push(String(tag).trim());
	}
	return { value: result };
};

export const customProperties: Check = (value) => {
	// The UI sends {property: [{name, value}]}; an expression may give a plain object instead.
	const fromUi = value && typeof value === 'object' && 'property' in value;
	const pairs = fromUi
		? (value as { property: unknown }).property
		: value && typeof value === 'object' && !Array.isArray(value)
			? Object.entries(value).map(([name, v]) => ({ name, value: v }))
			: undefined;
	if (!Array.isArray(pairs)) return { problem: `must be name/value pairs, not ${shown(value)}` };
	const result: IDataObject = {};
	for (const [index, pair] of (pairs as Array<{ name?: unknown; value?: unknown }>).entries()) {
		// A row added but left empty is no property.
		if (emptyRow(pair?.name) && emptyRow(pair?.value)) continue;
		if (typeof pair?.name !== 'string' || pair.name.trim() === '') {
			return { problem: `need a name for every value: property ${index + 1} has ${shown(pair?.value)} but no name. Fill in its name, or remove the row` };
		}
		if (pair.value !== null && typeof pair.value === 'object') {
			return { problem: `"${pair.name}" must have a plain value, not an object` };
		}
		result[pair.name.trim()] = pair.value ?? '';
	}
	return { value: result };
};

export function isUnset(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' && value.trim() === '') ||
		(Array.isArray(value) && value.length === 0)
	);
}


export const time: Check = (value) => {
	const match = typeof value === 'string' ? /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value) : null;
	if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return { value: `${match[1].padStart(2, '0')}:${match[2]}` };
	return { problem: `must be a time of day like 08:30, not ${shown(value)}` };
};

/** Hours as people type them (1.5, 1,5, 1:30) or a number of hours; MOCO wants whole seconds. */
export const duration: Check = (value) => {
	const raw = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	const clock = /^(\d+):([0-5]\d)$/.exec(raw);
	const hours = clock ? Number(clock[1]) + Number(clock[2]) / 60 : /^\d+(?:[.,]\d+)?$/.test(raw) ? Number(raw.replace(',', '.')) : NaN;
	if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 366) {
		return { problem: `must be hours like 1.5 or 1:30, not ${shown(value)}` };
	}
	return { value: Math.round(hours * 3600) };
};

export function number(bounds: { min?: number; max?: number; whole?: boolean } = {}): Check {
	return (value) => {
		const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : value;
		const ok = typeof parsed === 'number' && Number.isFinite(parsed) && (!bounds.whole || Number.isInteger(parsed));
		const { min, max } = bounds;
		if (ok && (min === undefined || parsed >= min) && (max === undefined || parsed <= max)) return { value: parsed };
		const kind = bounds.whole ? 'a whole number' : 'a number';
		const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : '';
		return { problem: `must be ${kind}${range}, not ${shown(value)}` };
	};
}

export function oneOf(values: Array<string | number>, listed = values.join(', ')): Check {
	return (value) => {
		const match = values.find((allowed) => allowed === value || String(allowed) === String(value).trim());
		return match === undefined ? { problem: `must be one of ${listed}, not ${shown(value)}` } : { value: match };
	};
}

export function someOf(values: Array<string | number>): Check {
	const single = oneOf(values);
	return (value) => {
		const list = typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter(Boolean) : value;
		if (!Array.isArray(list)) return { problem: `must be a list of ${values.join(', ')}, not ${shown(value)}` };
		const result: unknown[] = [];
		for (const entry of list.filter((candidate) => !emptyRow(candidate))) {
			const checked = single(entry);
			if ('problem' in checked) return checked;
			result.push(checked.value);
		}
		return { value: result };
	};
}

/** IDs separated by commas (or a list), as MOCO's `ids` and comma filters take them. */
export const idList: Check = (value) => {
	const parts = (Array.isArray(value) ? value.filter((part) => !emptyRow(part)) : String(value).split(',')).map((part) => String(part).trim()).filter(Boolean);
	const bad = parts.find((part) => toPositiveId(part) === undefined);
	if (bad !== undefined) return { problem: `must be positive whole numbers separated by commas; ${JSON.stringify(bad)} is not one` };
	return { value: parts.map((part) => toPositiveId(part)).join(',') };
};

/** MOCO's "updated after" wants ISO 8601 in UTC. */
export const utcTime: Check = (value) => {
	const iso = value && typeof value === 'object' && 'toISO' in value ? (value as { toISO: () => string }).toISO() : value;
	const time = typeof iso === 'string' || typeof iso === 'number' ? Date.parse(String(iso)) : NaN;
	return Number.isNaN(time)
		? { problem: `must be a date and time, not ${shown(value)}` }
		: { value: new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z') };
};
// ---- values an AI Agent's model fills in ---------------------------------------------------------

const FROM_AI = /\$fromai\s*\(\s*(['"`])([^'"`]*)\1/gi;

/** The keys of the `$fromAI('key', …)` placeholders in a raw parameter value (nested ones too). */
export function fromAiKeys(raw: unknown): string[] {
	if (typeof raw === 'string') return [...raw.matchAll(FROM_AI)].map((match) => match[2]);
	if (raw !== null && typeof raw === 'object') return [...new Set(Object.values(raw).flatMap(fromAiKeys))];
	return [];
}
