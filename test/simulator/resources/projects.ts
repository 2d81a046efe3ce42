import {
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	NAMED,
	PERSON,
	boolEq,
	has,
	idIn,
	isLastOfMonth,
	json,
	onOrAfter,
	onOrBefore,
	oneOf,
	tagsAny,
	term,
} from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';
import { assignGroup, assigned, report, setActive, share } from './projectActions';
import { PROJECT_GROUP_IDS } from './projectGroups';

// Tests import the group ids from here.
export { PROJECT_GROUP_IDS };

const text: FieldSpec = { kind: 'text' };
const number: FieldSpec = { kind: 'number' };
const ref = (id: unknown): number | undefined => (id as Rec | null)?.id;

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
