import { type Rec, type ResourceEntry, PERSON, eq, has, idIn, isObject, onOrAfter, onOrBefore, round2 } from '../engine';
import { SEED_IDS } from '../seed';
import { PEOPLE, U, ref, requiredUser, stamps, user } from './staffCommon';

/** Yearly holiday entitlement (`/users/holidays`); hours at 8 per day. MOCO has no webhook for it. */
export const holidays: ResourceEntry = {
	name: 'holidays',
	path: '/users/holidays',
	target: '',
	fields: {
		year: { kind: 'integer', required: true },
		title: { kind: 'text', required: true },
		days: { kind: 'number', required: true },
		user_id: requiredUser,
		creator_id: { kind: 'ref', ref: 'users', read: 'creator', shape: PERSON },
	},
	blank: ({ sim, userId }) => ({ year: null, title: '', days: 0, hours: 0, user: null, creator: user(sim, userId) }),
	derive: (h) => {
		h.hours = round2(Number(h.days) * 8);
	},
	filters: { year: eq('year'), user_id: idIn('user.id') },
	seed: () => {
		const h = SEED_IDS.holidays;
		const make = (id: number, userId: number, days: number, title: string): Rec => ({
			id, year: 2026, title, days, hours: days * 8, user: PEOPLE[userId], creator: PEOPLE[U.juergen], ...stamps,
		});
		return [make(h.juergen, U.juergen, 30, 'Urlaubsanspruch 2026'), make(h.zoe, U.zoe, 28, 'Urlaubsanspruch 2026'), make(h.lukasz, U.lukasz, 25, 'Urlaubsanspruch 2026'), make(h.renee, U.renee, 20, 'Urlaubsanspruch 80%')];
	},
};

const weeklyHours = (pattern: unknown): number => {
	const { am = [], pm = [] } = (pattern ?? {}) as { am?: number[]; pm?: number[] };
	return round2([...am, ...pm].reduce((s, n) => s + Number(n), 0));
};

/** Weekly work-time models (`/users/employments`). MOCO has no webhook for them. */
export const employments: ResourceEntry = {
	name: 'employments',
	path: '/users/employments',
	target: '',
	fields: { user_id: requiredUser, pattern: { kind: 'object', required: true }, from: { kind: 'date' }, to: { kind: 'date' } },
	blank: ({ sim }) => ({ weekly_target_hours: 0, pattern: null, from: sim.today(), to: null, user: null }),
	validate: (draft, body, _ctx, errors) => {
		if (has(body, 'pattern') && isObject(body.pattern)) {
			const valid = ['am', 'pm'].every((half) => {
				const v = (body.pattern as Record<string, unknown>)[half];
				return Array.isArray(v) && v.length === 5 && v.every((n) => typeof n === 'number' && n >= 0 && n <= 12);
			});
			if (!valid) errors.pattern = ['must have am and pm with five hour values each'];
		}
		if (draft.to && draft.from && String(draft.to) < String(draft.from)) errors.to = ['must be on or after from'];
	},
	derive: (e) => {
		e.weekly_target_hours = weeklyHours(e.pattern);
	},
	filters: {
		// Employments in effect during from..to (open-ended ones included).
		from: (e, v) => e.to === null || String(e.to) >= v,
		to: (e, v) => String(e.from) <= v,
		user_id: idIn('user.id'),
	},
	seed: () => {
		const e = SEED_IDS.employments;
		const make = (id: number, userId: number, from: string, am: number[], pm: number[]): Rec => ({
			id, weekly_target_hours: weeklyHours({ am, pm }), pattern: { am, pm }, from, to: null, user: PEOPLE[userId], ...stamps,
		});
		const full = [4, 4, 4, 4, 4];
		return [
			make(e.juergen, U.juergen, '2012-04-01', full, full),
			make(e.zoe, U.zoe, '2019-08-01', full, full),
			make(e.lukasz, U.lukasz, '2021-02-01', full, [4, 4, 4, 4, 0]),
			make(e.renee, U.renee, '2023-01-01', [0, 4.25, 4.25, 4.25, 4.25], [0, 4.25, 4.25, 4.25, 0]),
		];
	},
};

/** Corrections of tracked work time (`/users/work_time_adjustments`). MOCO has no webhook for them. */
export const workTimeAdjustments: ResourceEntry = {
	name: 'work_time_adjustments',
	path: '/users/work_time_adjustments',
	target: '',
	fields: { user_id: requiredUser, description: { kind: 'text', required: true }, date: { kind: 'date', required: true }, hours: { kind: 'number', required: true } },
	blank: ({ sim, userId }) => ({ date: null, description: '', hours: 0, creator: user(sim, userId), user: null }),
	filters: { from: onOrAfter('date'), to: onOrBefore('date'), user_id: idIn('user.id') },
	seed: () => {
		const w = SEED_IDS.workTimeAdjustments;
		return [
			{ id: w.lukasz, date: '2026-01-01', description: 'Überstunden aus 2025', hours: 12.5, creator: PEOPLE[U.juergen], user: PEOPLE[U.lukasz], ...stamps },
			{ id: w.renee, date: '2025-12-15', description: 'Korrektur: Zeiterfassung vergessen', hours: -4, creator: PEOPLE[U.juergen], user: PEOPLE[U.renee], ...stamps },
		];
	},
};

/** Staff on a project (`/projects/{id}/contracts`); only active people are listed, user_id is fixed. */
export const contracts: ResourceEntry = {
	name: 'contracts',
	path: '/projects/:projectId/contracts',
	target: 'Contract',
	parentKey: 'project_id',
	fields: {
		user_id: { kind: 'ref', ref: 'users', errorKey: 'user', required: true, immutable: true },
		billable: { kind: 'boolean' },
		active: { kind: 'boolean' },
		budget: { kind: 'number' },
		hourly_rate: { kind: 'number' },
	},
	blank: () => ({ user_id: null, billable: true, active: true, budget: null, hourly_rate: 0 }),
	validate: (draft, _body, { sim, parentId }, errors) => {
		if (sim.records('contracts').some((c) => c.id !== draft.id && c.project_id === (parentId ?? draft.project_id) && c.user_id === draft.user_id)) {
			errors.user_id = ['has already been taken'];
		}
	},
	serialize: (out, contract, { sim }) => {
		const { id, user_id, ...rest } = out;
		const person = sim.find('users', Number(contract.user_id));
		return { id, user_id, firstname: person?.firstname ?? '', lastname: person?.lastname ?? '', ...rest };
	},
	scope: (rows, _q, { sim }) => rows.filter((c) => sim.find('users', Number(c.user_id))?.active !== false),
	guardDelete: (contract, { sim }) =>
		sim.records('activities').some((a) => ref(a.project) === contract.project_id && ref(a.user) === contract.user_id)
			? 'The staff assignment cannot be deleted because the person has tracked hours on this project.'
			: undefined,
	seed: () => {
		const k = SEED_IDS.contracts;
		const p = SEED_IDS.projects;
		const make = (id: number, projectId: number, userId: number, fields: Record<string, unknown> = {}): Rec => ({
			id, user_id: userId, billable: true, active: true, budget: null, hourly_rate: 0, ...stamps, project_id: projectId, ...fields,
		});
		return [
			make(k.relaunchZoe, p.relaunch, U.zoe, { budget: 12000, hourly_rate: 120 }),
			make(k.relaunchJuergen, p.relaunch, U.juergen, { billable: false }),
			make(k.relaunchLukasz, p.relaunch, U.lukasz, { budget: 24000, hourly_rate: 110 }),
			make(k.relaunchRenee, p.relaunch, U.renee),
			make(k.retainerJuergen, p.retainer, U.juergen, { hourly_rate: 140 }),
			make(k.festpreisZoe, p.festpreis, U.zoe),
			make(k.festpreisRenee, p.festpreis, U.renee),
		];
	},
};
