import {
	type ActionContext,
	type FieldErrors,
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	NAMED,
	PERSON,
	boolEq,
	eq,
	has,
	httpError,
	idIn,
	invalid,
	isBlank,
	isObject,
	json,
	onOrAfter,
	onOrBefore,
	oneOf,
	refused,
	round2,
	toBool,
} from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_ANCHOR, SEED_IDS, SEED_TIME, addDaysFromAnchor } from '../seed';

const U = SEED_IDS.users;
const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const user = (sim: MocoSimulator, id: number) => {
	const found = sim.find('users', id);
	return { id, firstname: found?.firstname ?? '', lastname: found?.lastname ?? '' };
};
const ref = (v: unknown): number | undefined => (v as Rec | null)?.id;
const userField: FieldSpec = { kind: 'ref', ref: 'users', read: 'user', shape: PERSON };
const requiredUser: FieldSpec = { ...userField, required: true };
const PEOPLE: Record<number, { id: number; firstname: string; lastname: string }> = {
	[U.juergen]: { id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' },
	[U.zoe]: { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' },
	[U.lukasz]: { id: U.lukasz, firstname: 'Łukasz', lastname: 'Nowak' },
	[U.renee]: { id: U.renee, firstname: 'Renée', lastname: "O'Brien-Šimić" },
	[U.anais]: { id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' },
};
const inRange = (key: string, min: number, max: number) => (draft: Rec, errors: FieldErrors) => {
	const v = draft[key];
	if (v !== null && v !== undefined && !errors[key] && (Number(v) < min || Number(v) > max)) errors[key] = [`must be between ${min} and ${max}`];
};

const ABSENCES: Record<string, [string, string]> = {
	'1': ['Unplanbare Abwesenheit', '#9e9e9e'],
	'2': ['Feiertag', '#d1c4e9'],
	'3': ['Krankheit', '#ef9a9a'],
	'4': ['Urlaub', '#bbdefb'],
	'5': ['Abwesenheit', '#ffe0b2'],
};
const assignment = (code: unknown) => {
	const [name, color] = ABSENCES[String(code)];
	return { id: 700 + Number(code), name, code: String(code), customer_name: 'ACME Agentur GmbH', color, type: 'Absence' };
};
const symbolRange = (max: number) => inRange('symbol', 1, max);

/** Absences (`/schedules`): one per user and day unless `overwrite` replaces the existing one. */
export const schedules: ResourceEntry = {
	name: 'schedules',
	path: '/schedules',
	target: 'Schedule',
	fields: {
		date: { kind: 'date', required: true },
		absence_code: { kind: 'enum', values: [1, 2, 3, 4, 5], required: true, read: 'assignment', convert: assignment },
		user_id: userField,
		am: { kind: 'boolean' },
		pm: { kind: 'boolean' },
		comment: { kind: 'text' },
		symbol: { kind: 'integer' },
		overwrite: { kind: 'boolean', read: false },
	},
	hidden: ['absence_request_id'],
	blank: ({ sim, userId }) => ({ date: null, comment: '', am: true, pm: true, symbol: null, assignment: null, user: user(sim, userId), absence_request_id: null }),
	validate: (draft, body, { sim, userId }, errors) => {
		symbolRange(12)(draft, errors);
		const others = sim.records('schedules').filter((s) => s.id !== draft.id && s.date === draft.date && ref(s.user) === ref(draft.user));
		if (!others.length) return;
		if (!toBool(body.overwrite)) errors.date = [...(errors.date ?? []), 'has already been taken'];
		// overwrite: the existing absence of that day goes, once nothing else is wrong.
		else if (!Object.keys(errors).length) {
			for (const other of others) {
				sim.records('schedules').splice(sim.records('schedules').indexOf(other), 1);
				sim.changed('schedules', other, 'delete', userId);
			}
		}
	},
	filters: {
		from: onOrAfter('date'),
		to: onOrBefore('date'),
		user_id: idIn('user.id'),
		absence_code: oneOf('assignment.code'),
		absence_request_id: idIn('absence_request_id'),
	},
	seed: () => {
		const s = SEED_IDS.schedules;
		const make = (id: number, date: string, userId: number, code: number, fields: Record<string, unknown> = {}): Rec => ({
			id, date, comment: '', am: true, pm: true, symbol: null, assignment: assignment(code), user: PEOPLE[userId], absence_request_id: null, ...stamps, ...fields,
		});
		return [
			make(s.zoeUrlaub, addDaysFromAnchor(2), U.zoe, 4, { comment: 'Skiurlaub', absence_request_id: 880001 }),
			make(s.zoeUrlaub + 1, addDaysFromAnchor(3), U.zoe, 4, { comment: 'Skiurlaub', absence_request_id: 880001 }),
			make(s.zoeUrlaub + 2, addDaysFromAnchor(4), U.zoe, 4, { comment: 'Skiurlaub', absence_request_id: 880001 }),
			make(s.lukaszKrank, addDaysFromAnchor(-3), U.lukasz, 3),
			make(s.reneeVormittag, addDaysFromAnchor(1), U.renee, 5, { pm: false, comment: 'Arzttermin', symbol: 10 }),
			make(s.reneeVormittag + 1, '2026-01-01', U.juergen, 2, { comment: 'Neujahr' }),
			make(s.reneeVormittag + 2, addDaysFromAnchor(14), U.juergen, 4),
			make(s.reneeVormittag + 3, addDaysFromAnchor(15), U.juergen, 4),
		];
	},
};

/** Working time (`/users/presences`), always of the acting user; `touch` clocks in and out. */
export const presences: ResourceEntry = {
	name: 'presences',
	path: '/users/presences',
	target: 'Presence',
	fields: { date: { kind: 'date', required: true }, from: { kind: 'time', required: true }, to: { kind: 'time' }, is_home_office: { kind: 'boolean' } },
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ sim, userId }) => ({ date: null, from: null, to: null, is_home_office: false, user: user(sim, userId) }),
	validate: (draft, _body, _ctx, errors) => {
		if (draft.to && draft.from && String(draft.to) <= String(draft.from) && !errors.to) errors.to = ['must be after from'];
	},
	scope: (rows, q) => {
		if (isBlank(q.from) !== isBlank(q.to)) throw refused('from and to have to be provided together');
		return rows;
	},
	filters: { from: onOrAfter('date'), to: onOrBefore('date'), user_id: idIn('user.id'), is_home_office: boolEq('is_home_office') },
	actions: [{ method: 'POST', path: '/touch', handler: touch }],
	seed: () => {
		const rows: Rec[] = [{ id: SEED_IDS.presences.zoeHeute, date: SEED_ANCHOR, from: '08:30', to: null, is_home_office: false, user: PEOPLE[U.zoe], ...stamps }];
		// Łukasz and Renée: every weekday of the four weeks before the anchor.
		let id = SEED_IDS.presences.zoeHeute + 1;
		for (let day = -28; day < 0; day++) {
			const date = addDaysFromAnchor(day);
			if ([0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
			rows.push({ id: id++, date, from: '08:00', to: '16:30', is_home_office: day % 7 === -3, user: PEOPLE[U.lukasz], ...stamps });
			rows.push({ id: id++, date, from: '09:15', to: '14:15', is_home_office: false, user: PEOPLE[U.renee], ...stamps });
		}
		return rows;
	},
};

/**
 * Clock in/out for the acting user at now (UTC here; MOCO uses the account's local time) or at
 * `override` ("YYYY-MM-DD HH:MM"): closes the open presence of that day or opens one. Closing in
 * the minute it was opened discards it; a time inside another presence is 423 Locked.
 * `is_home_office` and `override` are query parameters in MOCO's OpenAPI description.
 */
function touch(ctx: ActionContext) {
	const { sim, userId } = ctx;
	const body: Record<string, unknown> = { ...ctx.body, ...ctx.req.query };
	let date = sim.today();
	let time = new Date(sim.nowMs()).toISOString().slice(11, 16);
	if (!isBlank(body.override)) {
		const m = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):([0-5]\d)$/.exec(String(body.override));
		if (!m) throw invalid({ override: ['is invalid'] });
		[date, time] = [m[1], `${m[2]}:${m[3]}`];
	}
	const store = sim.records('presences');
	const mine = store.filter((p) => ref(p.user) === userId && p.date === date);
	const locked = () => httpError(423, { message: 'The presence conflicts with an existing presence.' });
	const open = mine.find((p) => p.to === null);
	if (open) {
		if (time === open.from) {
			store.splice(store.indexOf(open), 1);
			sim.changed('presences', open, 'delete', userId);
			return json(200, sim.serialize('presences', open));
		}
		if (time < String(open.from) || mine.some((p) => p !== open && p.to !== null && String(p.from) >= String(open.from) && String(p.from) < time)) throw locked();
		open.to = time;
		if (has(body, 'is_home_office')) open.is_home_office = toBool(body.is_home_office);
		sim.changed('presences', open, 'update', userId);
		return json(200, sim.serialize('presences', open));
	}
	if (mine.some((p) => String(p.from) <= time && time < String(p.to))) throw locked();
	const created = sim.createRecord('presences', { date, from: time, is_home_office: toBool(body.is_home_office) }, ctx);
	return json(200, sim.serialize('presences', created));
}

const projectShape = (p: Rec, sim: MocoSimulator) => {
	const customer = sim.find('companies', ref(p.customer) ?? 0);
	return { id: p.id, identifier: p.identifier, name: p.name, customer_name: customer?.name ?? null, color: p.color };
};
const dealShape = (d: Rec, sim: MocoSimulator) => {
	const company = sim.find('companies', ref(d.company) ?? 0);
	return { id: d.id, name: d.name, customer_name: company?.name ?? null, color: '#aacb84' };
};

/** Resource planning (`/planning_entries`): either a project or a deal, the other is null. */
export const planningEntries: ResourceEntry = {
	name: 'planning_entries',
	path: '/planning_entries',
	target: 'PlanningEntry',
	fields: {
		project_id: { kind: 'ref', ref: 'projects', read: 'project', shape: projectShape },
		deal_id: { kind: 'ref', ref: 'deals', read: 'deal', shape: dealShape },
		task_id: { kind: 'ref', ref: 'tasks', read: 'task', shape: NAMED },
		starts_on: { kind: 'date', required: true },
		ends_on: { kind: 'date', required: true },
		hours_per_day: { kind: 'number', required: true },
		user_id: userField,
		title: { kind: 'text' },
		comment: { kind: 'text' },
		symbol: { kind: 'integer' },
		tentative: { kind: 'boolean' },
	},
	blank: ({ sim, userId }) => blankPlanning(user(sim, userId)),
	validate: (draft, body, { sim }, errors) => {
		symbolRange(10)(draft, errors);
		// Setting one of project and deal clears the other.
		if (has(body, 'project_id') && !has(body, 'deal_id')) draft.deal = null;
		if (has(body, 'deal_id') && !has(body, 'project_id')) draft.project = null;
		if (draft.project && draft.deal) errors.deal_id = ['must be blank when a project is given'];
		if (!draft.project && !draft.deal && !errors.project && !errors.deal) errors.project_id = ["can't be blank"];
		const task = draft.task ? sim.find('tasks', ref(draft.task)!) : undefined;
		if (task && task.project_id !== ref(draft.project)) errors.task = ['must exist'];
		if (draft.starts_on && draft.ends_on && String(draft.ends_on) < String(draft.starts_on)) errors.ends_on = ['must be on or after starts_on'];
		const project = draft.project ? sim.find('projects', ref(draft.project)!) : undefined;
		draft.color = project ? project.color : '#aacb84';
	},
	filters: {
		period: (e, v) => {
			const [from, to] = v.split(':');
			return (!to || String(e.starts_on) <= to) && (!from || String(e.ends_on) >= from);
		},
		user_id: idIn('user.id'),
		project_id: idIn('project.id'),
		deal_id: idIn('deal.id'),
	},
	seed: () => {
		const pe = SEED_IDS.planningEntries;
		const p = SEED_IDS.projects;
		const t = SEED_IDS.tasks;
		const relaunch = { id: p.relaunch, identifier: 'P-2024-001', name: 'Website-Relaunch', customer_name: 'Hafenlicht Reederei GmbH', color: '#2965cc' };
		const make = (id: number, userId: number, from: number, to: number, hours: number, fields: Record<string, unknown>): Rec => ({
			id, ...blankPlanning(PEOPLE[userId]), starts_on: addDaysFromAnchor(from), ends_on: addDaysFromAnchor(to), hours_per_day: hours, ...stamps, ...fields,
		});
		return [
			make(pe.relaunchZoe, U.zoe, 0, 25, 4, { title: 'Design', project: relaunch, task: { id: t.relaunchDesign, name: 'Design' } }),
			make(pe.relaunchLukasz, U.lukasz, 0, 25, 6, { title: 'Entwicklung', project: relaunch, task: { id: t.relaunchEntwicklung, name: 'Entwicklung' } }),
			make(pe.festpreisRenee, U.renee, 7, 18, 5, {
				project: { id: p.festpreis, identifier: 'P-2024-003', name: 'App-Konzept „Kapitänsbrücke“', customer_name: 'Hafenlicht Reederei GmbH', color: '#2965cc' },
				comment: 'Workshops beim Kunden', symbol: 3,
			}),
			make(pe.dealAnais, U.anais, 28, 32, 2, {
				deal: { id: SEED_IDS.deals.app, name: 'App „Kapitänsbrücke“ Phase 2', customer_name: 'Hafenlicht Reederei GmbH', color: '#aacb84' }, color: '#aacb84', tentative: true,
			}),
		];
	},
};

function blankPlanning(person: Record<string, unknown>): Record<string, unknown> {
	return {
		title: '', starts_on: null, ends_on: null, hours_per_day: 0, comment: '', symbol: null, color: '#2965cc', read_only: false, user: person,
		project: null, task: null, deal: null, series_id: null, tentative: false, series_repeat: null,
	};
}

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
