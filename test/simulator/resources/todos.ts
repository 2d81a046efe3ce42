import { type ResourceEntry, boolEq, idIn, term } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

const T = SEED_IDS.todos;

/** Users' to-dos on records (`/todos`): read-only in MOCO's API. */
export const todos: ResourceEntry = {
	name: 'todos',
	path: '/todos',
	target: '',
	ops: ['list', 'get'],
	fields: {},
	blank: () => ({}),
	filters: {
		// MOCO's description says no more of "responsible" than of "assigned to": the simulator reads both as the assignee.
		responsible_user_id: idIn('assigned_to.id'),
		assigned_to_user_id: idIn('assigned_to.id'),
		created_by_user_id: idIn('created_by.id'),
		completed: boolEq('completed'),
		term: term('title', 'todoable_description'),
	},
	seed: () => {
		const u = SEED_IDS.users;
		const juergen = { id: u.juergen, firstname: 'Jürgen', lastname: 'Müller' };
		const zoe = { id: u.zoe, firstname: 'Zoë', lastname: 'Ångström' };
		const at = { created_at: SEED_TIME, updated_at: SEED_TIME, personal: false };
		return [
			{ ...at, id: T.angebot, title: 'Angebot nachfassen', due_date: '2026-01-09T00:00:00Z', completed_at: null, completed: false, todoable_id: SEED_IDS.deals.app, todoable_type: 'Deal', todoable_description: 'App „Kapitänsbrücke“ Phase 2', created_by: juergen, assigned_to: zoe },
			{ ...at, id: T.rechnung, title: 'Rechnung prüfen', due_date: '2026-01-06T00:00:00Z', completed_at: null, completed: false, todoable_id: SEED_IDS.invoices.entwurf, todoable_type: 'Invoice', todoable_description: 'Rechnung Website-Relaunch', created_by: zoe, assigned_to: juergen },
			{ ...at, id: T.erledigt, title: 'Kick-off vorbereiten', due_date: '2025-10-01T00:00:00Z', completed_at: '2025-10-01T08:00:00Z', completed: true, todoable_id: SEED_IDS.companies.hafenlicht, todoable_type: 'Company', todoable_description: 'Hafenlicht Reederei GmbH', created_by: zoe, assigned_to: zoe, personal: true },
		];
	},
};
