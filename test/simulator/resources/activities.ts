import {
	type Rec,
	type ResourceEntry,
	NAMED,
	PERSON,
	boolEq,
	has,
	idIn,
	onOrAfter,
	onOrBefore,
	round2,
	term,
	addDays,
	bulkCreate,
} from '../engine';
import { SEED_ANCHOR, SEED_IDS, SEED_TIME } from '../seed';
import { billableSeconds, customerOf, disregard, refusal, startTimer, stopTimer } from './activityActions';

const REMOTE_SERVICES = ['trello', 'jira', 'asana', 'basecamp', 'wunderlist', 'basecamp2', 'basecamp3', 'toggl', 'mite', 'github', 'youtrack'];
const ref = (v: unknown): number | undefined => (v as Rec | null)?.id;

/**
 * Time entries (`/activities`), created for the acting user (impersonation: X-IMPERSONATE-USER-ID).
 * `seconds` are billable seconds, `worked_seconds` the worked ones; a write of `seconds` sets both,
 * PATCH billable_seconds only the first. Billed or locked entries refuse changes.
 */
export const activities: ResourceEntry = {
	name: 'activities',
	path: '/activities',
	target: 'Activity',
	fields: {
		date: { kind: 'date', required: true },
		project_id: { kind: 'ref', ref: 'projects', read: 'project', shape: ['id', 'name', 'billable'], required: true },
		task_id: { kind: 'ref', ref: 'tasks', read: 'task', shape: ['id', 'name', 'billable'], required: true },
		seconds: { kind: 'integer' },
		description: { kind: 'text' },
		billable: { kind: 'boolean' },
		tag: { kind: 'text' },
		remote_service: { kind: 'enum', values: REMOTE_SERVICES },
		remote_id: { kind: 'text' },
		remote_url: { kind: 'text' },
	},
	hidden: ['locked'],
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ sim, userId }) => blankActivity(sim.find('users', userId) ?? { id: userId }),
	validate: (draft, body, { sim, creating }, errors) => {
		const task = sim.find('tasks', ref(draft.task) ?? 0);
		if (task && task.project_id !== ref(draft.project) && !errors.task) errors.task = ['must exist'];
		if (has(body, 'seconds')) draft.worked_seconds = draft.seconds ?? 0;
		if (draft.seconds === null) draft.seconds = 0;
		const project = sim.find('projects', ref(draft.project) ?? 0);
		if (creating && !has(body, 'billable')) draft.billable = Boolean(project?.billable) && Boolean(task?.billable ?? true);
		if (project) draft.hourly_rate = task && project.billing_variant === 'task' ? task.hourly_rate : project.hourly_rate;
	},
	derive: (activity) => {
		activity.hours = round2(Number(activity.seconds) / 3600);
	},
	serialize: (out, activity, { sim }) => {
		const customer = customerOf(sim, activity);
		const company = customer && sim.find('companies', customer.id);
		out.customer = company ? sim.render(NAMED, company) : (customer ?? null);
		return reorder(out);
	},
	filters: {
		from: onOrAfter('date'),
		to: onOrBefore('date'),
		user_id: idIn('user.id'),
		project_id: idIn('project.id'),
		task_id: idIn('task.id'),
		company_id: (a, v, { sim }) => v.split(',').includes(String(customerOf(sim, a)?.id)),
		billable: boolEq('billable'),
		billed: boolEq('billed'),
		term: term('tag', 'description', 'remote_id'),
	},
	guardUpdate: (a) => refusal(a, 'changed'),
	guardDelete: (a) => refusal(a, 'deleted'),
	actions: [
		{ method: 'PATCH', path: '/:id/start_timer', handler: startTimer },
		{ method: 'PATCH', path: '/:id/stop_timer', handler: stopTimer },
		{ method: 'PATCH', path: '/:id/billable_seconds', handler: billableSeconds },
		{ method: 'POST', path: '/disregard', handler: disregard },
		// Creates every activity or none: the first invalid one answers 422 and nothing is kept.
		bulkCreate('activities', 'activities'),
	],
	seed: seedActivities,
};

function blankActivity(user: Record<string, unknown>): Record<string, unknown> {
	return {
		date: null, hours: 0, seconds: 0, worked_seconds: 0, description: '', billed: false, invoice_id: null, billable: true, tag: '',
		remote_service: null, remote_id: null, remote_url: null, project: null, task: null, customer: null,
		user: { id: user.id, firstname: user.firstname ?? '', lastname: user.lastname ?? '' }, hourly_rate: 0, timer_started_at: null, locked: false,
	};
}

/** customer sits after task, as in MOCO's example. */
function reorder(out: Record<string, unknown>): Record<string, unknown> {
	const { customer, user, hourly_rate, timer_started_at, created_at, updated_at, ...head } = out;
	return { ...head, customer, user, hourly_rate, timer_started_at, created_at, updated_at };
}

/**
 * A week of time entries: Mon 2025-12-29 to Mon 2026-01-05 (the anchor), several users and
 * projects. SEED_IDS.activities names the billed one, the locked one and today's.
 */
function seedActivities(): Rec[] {
	const u = SEED_IDS.users;
	const p = SEED_IDS.projects;
	const t = SEED_IDS.tasks;
	const a = SEED_IDS.activities;
	const people: Record<number, [string, string]> = {
		[u.juergen]: ['Jürgen', 'Müller'], [u.zoe]: ['Zoë', 'Ångström'], [u.lukasz]: ['Łukasz', 'Nowak'], [u.renee]: ['Renée', "O'Brien-Šimić"],
	};
	const projects: Record<number, [string, boolean, number, { id: number; name: string }]> = {
		[p.relaunch]: ['Website-Relaunch', true, 120, { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' }],
		[p.retainer]: ['SEO-Betreuung', true, 140, { id: SEED_IDS.companies.nordwind, name: 'Nordwind Café AG' }],
		[p.festpreis]: ['App-Konzept „Kapitänsbrücke“', true, 110, { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' }],
	};
	const taskNames: Record<number, [string, number, boolean]> = {
		[t.relaunchKonzept]: ['Konzeption', p.relaunch, true], [t.relaunchDesign]: ['Design', p.relaunch, true],
		[t.relaunchEntwicklung]: ['Entwicklung', p.relaunch, true], [t.relaunchPl]: ['Projektleitung', p.relaunch, false],
		[t.retainerSeo]: ['SEO-Optimierung', p.retainer, true], [t.retainerReporting]: ['Reporting', p.retainer, true],
		[t.festpreisKonzept]: ['Konzeption', p.festpreis, true], [t.festpreisUmsetzung]: ['Umsetzung', p.festpreis, true],
	};
	const make = (id: number, date: string, userId: number, taskId: number, seconds: number, description: string, extra: Record<string, unknown> = {}): Rec => {
		const [taskName, projectId, taskBillable] = taskNames[taskId];
		const [projectName, projectBillable, rate, customer] = projects[projectId];
		const [firstname, lastname] = people[userId];
		const billable = taskBillable && projectBillable;
		return {
			id, ...blankActivity({ id: userId, firstname, lastname }), date, hours: round2(seconds / 3600), seconds, worked_seconds: seconds, description, billable,
			project: { id: projectId, name: projectName, billable: projectBillable }, task: { id: taskId, name: taskName, billable: taskBillable },
			customer, hourly_rate: rate, created_at: SEED_TIME, updated_at: SEED_TIME, ...extra,
		};
	};
	const rows = [
		make(a.billed, addDays(SEED_ANCHOR, -7), u.lukasz, t.relaunchEntwicklung, 7200, 'Navigation umgesetzt', { billed: true, invoice_id: 5500001 }),
		make(a.locked, addDays(SEED_ANCHOR, -7), u.juergen, t.retainerReporting, 3600, 'Monatsreport Dezember', { locked: true }),
		make(a.today, SEED_ANCHOR, u.zoe, t.relaunchDesign, 1800, 'Startseite: Varianten', { tag: 'DES-12' }),
	];
	// Three entries a weekday for Zoë, Łukasz and Renée, Tue 2025-12-30 .. Fri 2026-01-02.
	const plan: Array<[number, number, number, string]> = [
		[u.zoe, t.relaunchDesign, 14400, 'Designsystem: Farben und Typografie'],
		[u.lukasz, t.relaunchEntwicklung, 21600, 'Komponenten gebaut'],
		[u.renee, t.festpreisKonzept, 10800, 'Workshop vorbereitet'],
	];
	let id = a.today + 1;
	for (let day = -6; day <= -3; day++) {
		for (const [userId, taskId, seconds, description] of plan) {
			rows.push(make(id++, addDays(SEED_ANCHOR, day), userId, taskId, seconds + day * 900, description, day === -3 ? { remote_service: 'jira', remote_id: `HL-${id}`, remote_url: `https://jira.example/browse/HL-${id}` } : {}));
		}
	}
	rows.push(make(id++, addDays(SEED_ANCHOR, -4), u.juergen, t.relaunchPl, 2700, 'Abstimmung mit Hafenlicht'));
	return rows;
}
