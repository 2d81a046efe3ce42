import { type Rec, type ResourceEntry, NAMED, has, idIn } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, addDaysFromAnchor } from '../seed';
import { PEOPLE, U, ref, stamps, symbolRange, user, userField } from './staffCommon';

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
