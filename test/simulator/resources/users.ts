import { type FieldSpec, type ResourceEntry, type Rec, NAMED, has, invalid, json, round2 } from '../engine';
import type { SimUser } from '../moco';
import { buildUser, asciiSlug, seedData } from '../seed';

const LANGUAGES = ['de', 'de-AT', 'de-CH', 'en', 'it', 'fr'];
const text = { kind: 'text' } as const;

/** Staff (`/users`). Read names differ from write names: external/extern, unit_id/unit, role_id/role, bday/birthday. */
/** `avatar: {filename, base64}` in, `avatar_url` out (users and contacts alike). */
export const avatar: FieldSpec = {
	kind: 'object',
	read: 'avatar_url',
	convert: (value, ctx) =>
		typeof (value as { filename?: unknown }).filename === 'string'
			? `https://${ctx.sim.host}/uploads/avatars/${asciiSlug((value as { filename: string }).filename)}`
			: ctx.before.avatar_url,
};

export const users: ResourceEntry = {
	name: 'users',
	path: '/users',
	target: 'User',
	fields: {
		firstname: { kind: 'text', required: true },
		lastname: { kind: 'text', required: true },
		email: { kind: 'email', required: true },
		password: { kind: 'text', read: false },
		unit_id: { kind: 'ref', ref: 'units', read: 'unit', shape: NAMED, required: true },
		role_id: { kind: 'ref', ref: 'roles', read: 'role', shape: NAMED },
		active: { kind: 'boolean' },
		external: { kind: 'boolean', read: 'extern' },
		language: { kind: 'enum', values: LANGUAGES },
		mobile_phone: text,
		work_phone: text,
		home_address: text,
		bday: { kind: 'date', read: 'birthday' },
		iban: text,
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
		info: text,
		welcome_email: { kind: 'boolean', read: false },
		avatar,
	},
	// language and billedHours are simulator state MOCO never sends.
	hidden: ['language', 'billedHours'],
	blank: ({ sim }) => {
		// Without role_id MOCO gives a new user the account's default role.
		const fallback = sim.roles.find((r) => r.is_default);
		const { id: _id, ...rest } = buildUser(0, { role: fallback ? { id: fallback.id, name: fallback.name } : null }, { id: 0, name: '' }, sim.stamp());
		return rest;
	},
	validate: (draft, body, { sim }, errors) => {
		const email = String(draft.email ?? '').toLowerCase();
		if (has(body, 'email') && email && sim.users.some((u) => u.id !== draft.id && u.email.toLowerCase() === email) && !errors.email) {
			errors.email = ['has already been taken'];
		}
	},
	scope: (rows, q) => (q.include_archived === 'true' || q.include_archived === '1' ? rows : rows.filter((u) => u.active)),
	filters: {
		email: (u, v) => String(u.email).toLowerCase() === v.toLowerCase(),
		tags: (u, v) => {
			const tags = v.split(',').map((t) => t.trim().toLowerCase());
			return (u.tags as string[]).some((t) => tags.includes(t.toLowerCase()));
		},
	},
	guardDelete: (user, { sim }) =>
		user.billedHours || sim.records('activities').some((a) => a.billed && (a.user as Rec).id === user.id)
			? 'The user cannot be deleted because billed hours exist. Deactivate the user instead.'
			: undefined,
	actions: [{ method: 'GET', path: '/:id/performance_report', handler: ({ record, req, sim }) => performanceReport(record as unknown as SimUser, req.query.year, sim.nowMs()) }],
	seed: () => seedData().users as unknown as Rec[],
};

/** Deterministic numbers in MOCO's shape: 8 h per weekday target, some hours tracked in past months. */
export function performanceReport(user: SimUser, raw: string | undefined, now: number) {
	const today = new Date(now);
	const year = raw === undefined || raw === '' ? today.getUTCFullYear() : Number(raw);
	if (!Number.isInteger(year) || year < 1900 || year > 9999) throw invalid({ year: ['is invalid'] });
	const monthly = Array.from({ length: 12 }, (_, i) => {
		let weekdays = 0;
		for (let d = new Date(Date.UTC(year, i, 1)); d.getUTCMonth() === i; d.setUTCDate(d.getUTCDate() + 1)) {
			if (d.getUTCDay() % 6 !== 0) weekdays++;
		}
		const past = Date.UTC(year, i + 1, 1) <= today.getTime();
		const target = weekdays * 8;
		const tracked = past ? round2(target - ((user.id + i) % 9) + 0.25) : 0;
		return { year, month: i + 1, target_hours: target, hours_tracked_total: tracked, variation: round2(tracked - target), hours_billable_total: round2(tracked * 0.85), past };
	});
	const sum = (pick: (m: (typeof monthly)[number]) => number): number => round2(monthly.reduce((s, m) => s + pick(m), 0));
	const annually = {
		year,
		employment_hours: sum((m) => m.target_hours),
		target_hours: sum((m) => m.target_hours),
		hours_tracked_total: sum((m) => m.hours_tracked_total),
		variation: sum((m) => m.variation),
		variation_until_today: sum((m) => (m.past ? m.variation : 0)),
		hours_billable_total: sum((m) => m.hours_billable_total),
	};
	return json(200, { annually, monthly: monthly.map(({ past: _past, ...m }) => m) });
}
