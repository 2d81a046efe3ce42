import {
	type ActionContext,
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	NAMED,
	PERSON,
	boolEq,
	has,
	idIn,
	invalid,
	isLastOfMonth,
	json,
	noContent,
	onOrAfter,
	onOrBefore,
	oneOf,
	round2,
	tagsAny,
	term,
} from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const text: FieldSpec = { kind: 'text' };
const number: FieldSpec = { kind: 'number' };
const ref = (id: unknown): number | undefined => (id as Rec | null)?.id;
const hoursOf = (activities: Rec[], key: 'seconds' | 'worked_seconds'): number => round2(activities.reduce((s, a) => s + Number(a[key]), 0) / 3600);

/** Projects (`/projects`). Currency cannot change after creation: a different one is refused. */
export const projects: ResourceEntry = {
	name: 'projects',
	path: '/projects',
	target: 'Project',
	fields: {
		name: { kind: 'text', required: true },
		currency: { kind: 'text', required: true, immutable: true },
		start_date: { kind: 'date', required: true },
		finish_date: { kind: 'date', required: true },
		fixed_price: { kind: 'boolean', required: true },
		retainer: { kind: 'boolean', required: true },
		leader_id: { kind: 'ref', ref: 'users', read: 'leader', shape: PERSON, required: true },
		co_leader_id: { kind: 'ref', ref: 'users', read: 'co_leader', shape: PERSON },
		customer_id: { kind: 'ref', ref: 'companies', read: 'customer', shape: NAMED, required: true },
		deal_id: { kind: 'ref', ref: 'deals', read: 'deal', shape: NAMED },
		contact_id: { kind: 'ref', ref: 'contacts', read: 'contact', shape: PERSON },
		secondary_contact_id: { kind: 'ref', ref: 'contacts', read: 'secondary_contact', shape: PERSON },
		billing_contact_id: { kind: 'ref', ref: 'contacts', read: 'billing_contact', shape: PERSON },
		project_group_id: { kind: 'ref', ref: 'projectGroups', read: 'project_group', shape: NAMED },
		identifier: text,
		billing_address: text,
		billing_email_to: text,
		billing_email_cc: text,
		billing_notes: text,
		setting_include_time_report: { kind: 'boolean' },
		billing_variant: { kind: 'enum', values: ['project', 'task', 'user'] },
		hourly_rate: number,
		budget: number,
		budget_monthly: number,
		budget_expenses: number,
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
		info: text,
		skip_favorite: { kind: 'boolean', read: false },
		retainer_billing_date: { kind: 'integer', read: false },
		retainer_billing_title: { kind: 'text', read: false },
		retainer_billing_description: { kind: 'text', read: false },
	},
	hidden: ['shared'],
	blank: () => blankProject(),
	validate: (draft, body, { sim }, errors) => {
		const add = (key: string, message: string): void => {
			if (!errors[key]) errors[key] = [message];
		};
		const start = draft.start_date as string | null;
		const finish = draft.finish_date as string | null;
		if (start && finish && finish < start) add('finish_date', 'must be after the start date');
		if (draft.retainer === true) {
			// MOCO's retainer rules (projects.md): whole months and a monthly budget.
			if (!start) add('start_date', "can't be blank");
			else if (!start.endsWith('-01')) add('start_date', 'must be the first day of a month');
			if (!finish) add('finish_date', "can't be blank");
			else if (!isLastOfMonth(finish)) add('finish_date', 'must be the last day of a month');
			if (draft.budget_monthly === null || draft.budget_monthly === undefined) add('budget_monthly', "can't be blank");
		}
		const all = sim.records('projects');
		if (!draft.identifier) draft.identifier = nextIdentifier(all, sim.today());
		else if (has(body, 'identifier') && all.some((p) => p.id !== draft.id && p.identifier === draft.identifier)) add('identifier', 'has already been taken');
	},
	derive: (project, { sim }) => {
		project.customer_report_url = `https://${sim.host}/projects/${project.id}/customer_report/${String(project.id).padStart(20, '0')}`;
	},
	serialize: (out, project, { sim, query }) => {
		out.tasks = sim
			.records('tasks')
			.filter((t) => t.project_id === project.id)
			.map(({ id, name, billable, active, budget, hourly_rate, description }) => ({ id, name, billable, active, budget, hourly_rate, description }));
		out.contracts = sim.knows('contracts')
			? sim.records('contracts').filter((c) => c.project_id === project.id).map((c) => contractSummary(sim, c))
			: [];
		const customer = ref(project.customer);
		const company = query.include_company === 'true' && customer ? sim.find('companies', customer) : undefined;
		if (company) out.customer = sim.serialize('companies', company);
		return reorder(out);
	},
	scope: (rows, q) => (q.include_archived === 'true' ? rows : rows.filter((p) => p.active)),
	filters: {
		leader_id: (p, v) => [ref(p.leader), ref(p.co_leader)].some((id) => v.split(',').map((s) => s.trim()).includes(String(id))),
		company_id: idIn('customer.id'),
		created_from: onOrAfter('created_at'),
		created_to: onOrBefore('created_at'),
		updated_from: onOrAfter('updated_at'),
		updated_to: onOrBefore('updated_at'),
		tags: tagsAny,
		identifier: oneOf('identifier'),
		retainer: boolEq('retainer'),
		project_group_id: idIn('project_group.id'),
		deal_id: idIn('deal.id'),
		term: term('name', 'identifier', 'customer.name'),
	},
	guardDelete: (project, { sim }) =>
		sim.records('activities').some((a) => ref(a.project) === project.id) ? 'The project cannot be deleted because it has activities.' : undefined,
	actions: [
		{ method: 'GET', path: '/assigned', handler: assigned },
		{ method: 'PUT', path: '/:id/archive', handler: (c) => setActive(c, false) },
		{ method: 'PUT', path: '/:id/unarchive', handler: (c) => setActive(c, true) },
		{ method: 'GET', path: '/:id/report', handler: ({ record, sim }) => json(200, report(sim, record!)) },
		{ method: 'PUT', path: '/:id/share', handler: (c) => share(c, true) },
		{ method: 'PUT', path: '/:id/disable_share', handler: (c) => share(c, false) },
		{ method: 'PUT', path: '/:id/assign_project_group', handler: assignGroup },
		{ method: 'PUT', path: '/:id/unassign_project_group', handler: assignGroup },
	],
	seed: () => {
		const p = SEED_IDS.projects;
		const c = SEED_IDS.companies;
		const u = SEED_IDS.users;
		const person = (id: number, firstname: string, lastname: string) => ({ id, firstname, lastname });
		const zoe = person(u.zoe, 'Zoë', 'Ångström');
		const juergen = person(u.juergen, 'Jürgen', 'Müller');
		const make = (id: number, fields: Record<string, unknown>): Rec => {
			const project: Rec = { id, ...blankProject(), created_at: SEED_TIME, updated_at: SEED_TIME, ...fields };
			project.customer_report_url = `https://acme.mocoapp.com/projects/${id}/customer_report/${String(id).padStart(20, '0')}`;
			return project;
		};
		return [
			make(p.relaunch, {
				identifier: 'P-2024-001', name: 'Website-Relaunch', start_date: '2025-10-01', finish_date: '2026-03-31', leader: zoe, co_leader: juergen,
				customer: { id: c.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, budget: 48000, hourly_rate: 120, tags: ['Web', 'Relaunch'],
				custom_properties: { 'PO-Nummer': 'HL-2024-17' }, billing_variant: 'task', info: 'Abrechnung monatlich nach Aufwand',
				billing_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg', billing_email_to: 'buchhaltung@hafenlicht.example',
				project_group: { id: PROJECT_GROUP_IDS.web, name: 'Webseiten' },
				deal: { id: SEED_IDS.deals.relaunch, name: 'Relaunch hafenlicht.example' }, contact: { id: SEED_IDS.contacts.fenja, firstname: 'Fenja', lastname: 'Ohlsen' },
			}),
			make(p.retainer, {
				identifier: 'P-2024-002', name: 'SEO-Betreuung', retainer: true, start_date: '2025-01-01', finish_date: '2026-12-31', budget_monthly: 2500,
				leader: juergen, customer: { id: c.nordwind, name: 'Nordwind Café AG' }, currency: 'CHF', hourly_rate: 140, tags: ['SEO'],
			}),
			make(p.festpreis, {
				identifier: 'P-2024-003', name: 'App-Konzept „Kapitänsbrücke“', fixed_price: true, start_date: '2025-11-03', finish_date: '2026-02-27', budget: 18000,
				leader: zoe, customer: { id: c.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, hourly_rate: 110, tags: ['App'],
				billing_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
			}),
			make(p.messe, {
				identifier: 'P-2023-017', name: 'Messestand 2023', active: false, start_date: '2023-03-01', finish_date: '2023-09-30', budget: 9000,
				leader: juergen, customer: { id: c.nordwind, name: 'Nordwind Café AG' }, currency: 'CHF', hourly_rate: 100, tags: ['Event'],
			}),
		];
	},
};

function blankProject(): Record<string, unknown> {
	return {
		identifier: '', name: '', active: true, billable: true, fixed_price: false, retainer: false, start_date: null, finish_date: null,
		color: '#2965cc', currency: 'EUR', billing_variant: 'project', billing_address: '', billing_email_to: '', billing_email_cc: '',
		billing_notes: '', setting_include_time_report: false, budget: null, budget_monthly: null, budget_expenses: null, hourly_rate: 0,
		info: '', tags: [], customer_report_url: '', custom_properties: {}, leader: null, co_leader: null, customer: null, deal: null,
		project_group: null, billing_contact: null, contact: null, secondary_contact: null, shared: false,
	};
}

/** Keeps MOCO's key order: tasks and contracts sit after deal, timestamps last. */
function reorder(out: Record<string, unknown>): Record<string, unknown> {
	const { tasks, contracts, created_at, updated_at, project_group, billing_contact, contact, secondary_contact, ...head } = out;
	return { ...head, tasks, contracts, project_group, billing_contact, contact, secondary_contact, created_at, updated_at };
}

/** "P-<year>-<nnn>" when no identifier is sent (automatic number ranges). */
function nextIdentifier(all: Rec[], today: string): string {
	const year = today.slice(0, 4);
	const numbers = all.map((p) => new RegExp(`^P-${year}-(\\d+)$`).exec(String(p.identifier))?.[1]).filter(Boolean).map(Number);
	return `P-${year}-${String(Math.max(0, ...numbers) + 1).padStart(3, '0')}`;
}

function contractSummary(sim: MocoSimulator, contract: Rec): Record<string, unknown> {
	const user = sim.find('users', Number(contract.user_id));
	const { id, user_id, billable, active, budget, hourly_rate } = contract;
	return { id, user_id, firstname: user?.firstname ?? '', lastname: user?.lastname ?? '', billable, active, budget, hourly_rate };
}

/** The acting user's projects: staffed on them (contracts) or leading them. */
function assigned({ sim, userId, req }: ActionContext) {
	const staffed = (p: Rec): Rec | undefined =>
		sim.knows('contracts') ? sim.records('contracts').find((c) => c.project_id === p.id && c.user_id === userId) : undefined;
	const rows = sim
		.records('projects')
		.filter((p) => staffed(p) || ref(p.leader) === userId || ref(p.co_leader) === userId)
		.filter((p) => req.query.active === undefined || req.query.active === '' || p.active === (req.query.active === 'true'))
		.map((p) => {
			const contract = staffed(p);
			const customer = p.customer ? sim.render(NAMED, sim.find('companies', ref(p.customer)!) ?? (p.customer as Rec)) : null;
			const tasks = sim
				.records('tasks')
				.filter((t) => t.project_id === p.id)
				.map(({ id, name, active, billable }) => ({ id, name, active, billable }));
			return { id: p.id, identifier: p.identifier, name: p.name, active: p.active, billable: p.billable, customer, tasks, contract: { user_id: userId, active: contract ? contract.active : true } };
		});
	return json(200, rows);
}

function setActive({ sim, record, userId }: ActionContext, active: boolean) {
	record!.active = active;
	sim.changed('projects', record!, 'update', userId);
	return json(200, sim.serialize('projects', record!));
}

function share({ sim, record, userId }: ActionContext, active: boolean) {
	record!.shared = active;
	sim.changed('projects', record!, 'update', userId);
	return json(200, { id: record!.id, active, url: active ? record!.customer_report_url : null });
}

/** Assign takes `project_group_id` (the group must exist); unassign takes nothing. */
function assignGroup({ sim, record, userId, body, req }: ActionContext) {
	if (req.path.endsWith('/unassign_project_group')) record!.project_group = null;
	else {
		const group = sim.find('projectGroups', Number(body.project_group_id));
		if (!group) throw invalid({ project_group: ['must exist'] });
		record!.project_group = { id: group.id, name: group.name };
	}
	sim.changed('projects', record!, 'update', userId);
	return json(200, sim.serialize('projects', record!));
}

/** Figures derived from the project's activities (billed ones count as invoiced). */
function report(sim: MocoSimulator, project: Rec) {
	const activities = sim.records('activities').filter((a) => ref(a.project) === project.id);
	const rate = Number(project.hourly_rate ?? 0);
	const budget = Number(project.budget ?? 0);
	const hoursBillable = hoursOf(activities, 'seconds');
	const costs = round2(hoursOf(activities, 'worked_seconds') * 60);
	const billableValue = round2(hoursBillable * rate);
	return {
		budget_total: budget,
		budget_progress_in_percentage: budget ? Math.round((billableValue / budget) * 100) : 0,
		budget_remaining: round2(budget - billableValue),
		invoiced_total: round2(hoursOf(activities.filter((a) => a.billed), 'seconds') * rate),
		currency: project.currency,
		hours_total: hoursOf(activities, 'worked_seconds'),
		hours_billable: hoursBillable,
		hours_remaining: rate && budget ? round2(budget / rate - hoursBillable) : 0,
		costs_expenses: 0,
		costs_activities: costs,
		costs_by_task: sim
			.records('tasks')
			.filter((t) => t.project_id === project.id)
			.map((t) => {
				const own = activities.filter((a) => ref(a.task) === t.id);
				return { id: t.id, name: t.name, hours_total: hoursOf(own, 'worked_seconds'), total_costs: round2(hoursOf(own, 'worked_seconds') * 60) };
			}),
	};
}

/** Services on a project (`/projects/{id}/tasks`). */
export const tasks: ResourceEntry = {
	name: 'tasks',
	path: '/projects/:projectId/tasks',
	target: 'Task',
	parentKey: 'project_id',
	fields: {
		name: { kind: 'text', required: true },
		billable: { kind: 'boolean' },
		active: { kind: 'boolean' },
		budget: number,
		hourly_rate: number,
		description: text,
	},
	blank: () => ({ name: '', billable: true, active: true, budget: null, hourly_rate: 0, revenue_category: null, description: '' }),
	validate: (draft, body, { sim, parentId }, errors) => {
		const project = parentId ?? draft.project_id;
		if (has(body, 'name') && sim.records('tasks').some((t) => t.id !== draft.id && t.project_id === project && t.name === draft.name)) {
			errors.name = ['has already been taken'];
		}
	},
	guardDelete: (task, { sim }) => (tracked(sim, task) ? 'The task cannot be deleted because hours are tracked on it.' : undefined),
	actions: [
		{
			method: 'DELETE',
			path: '/destroy_all',
			handler: ({ sim, parentId, userId }) => {
				// Skips the tasks it cannot delete, as MOCO does.
				for (const task of sim.records('tasks').filter((t) => t.project_id === parentId && !tracked(sim, t))) {
					sim.records('tasks').splice(sim.records('tasks').indexOf(task), 1);
					sim.changed('tasks', task, 'delete', userId);
				}
				return noContent();
			},
		},
	],
	seed: () => {
		const t = SEED_IDS.tasks;
		const p = SEED_IDS.projects;
		const make = (id: number, project_id: number, name: string, fields: Record<string, unknown> = {}): Rec => ({
			id, name, billable: true, active: true, budget: null, hourly_rate: 0, revenue_category: null, description: '',
			created_at: SEED_TIME, updated_at: SEED_TIME, project_id, ...fields,
		});
		return [
			make(t.relaunchKonzept, p.relaunch, 'Konzeption', { budget: 6000, hourly_rate: 120 }),
			make(t.relaunchDesign, p.relaunch, 'Design', { budget: 12000, hourly_rate: 120 }),
			make(t.relaunchEntwicklung, p.relaunch, 'Entwicklung', { budget: 24000, hourly_rate: 110 }),
			make(t.relaunchPl, p.relaunch, 'Projektleitung', { billable: false, description: 'Interne Abstimmung' }),
			make(t.retainerSeo, p.retainer, 'SEO-Optimierung', { hourly_rate: 140 }),
			make(t.retainerReporting, p.retainer, 'Reporting', { hourly_rate: 140 }),
			make(t.festpreisKonzept, p.festpreis, 'Konzeption'),
			make(t.festpreisUmsetzung, p.festpreis, 'Umsetzung'),
			make(t.messeAufbau, p.messe, 'Messebau', { active: false }),
		];
	},
};

const tracked = (sim: MocoSimulator, task: Rec): boolean => sim.records('activities').some((a) => ref(a.task) === task.id);

/** Project groups (`/projects/groups`): read-only in MOCO's API, picked on projects. */
export const PROJECT_GROUP_IDS = { web: 456601, apps: 456602 } as const;

export const projectGroups: ResourceEntry = {
	name: 'projectGroups',
	path: '/projects/groups',
	target: '',
	ops: ['list', 'get'],
	fields: { name: text },
	blank: () => ({ name: '', user: null, company: null, budget: null, currency: 'EUR', info: null, custom_properties: {}, customer_report_url: null }),
	filters: { user_id: idIn('user.id'), company_id: idIn('company.id') },
	serialize: (out, group, { sim }) => {
		const { created_at, updated_at, ...head } = out;
		const projects = sim
			.records('projects')
			.filter((p) => ref(p.project_group) === group.id)
			.map(({ id, identifier, name, active, budget }) => ({ id, identifier, name, active, budget: budget ?? null }));
		return { ...head, projects, created_at, updated_at };
	},
	seed: () => {
		const at = { created_at: SEED_TIME, updated_at: SEED_TIME, currency: 'EUR', custom_properties: {}, customer_report_url: null };
		return [
			{
				id: PROJECT_GROUP_IDS.web, name: 'Webseiten', user: { id: SEED_IDS.users.zoe, firstname: 'Zoë', lastname: 'Ångström' },
				company: { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, budget: 100000, info: 'Alle Webprojekte der Reederei', ...at,
			},
			{ id: PROJECT_GROUP_IDS.apps, name: 'Apps', user: null, company: { id: SEED_IDS.companies.nordwind, name: 'Nordwind Café AG' }, budget: null, info: null, ...at },
		];
	},
};
