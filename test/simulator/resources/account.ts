import { type Rec, type ResourceEntry, json } from '../engine';
import type { SimUser } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';
import { performanceReport } from './users';

/** The account's letter papers (`/letter_papers`), read-only, one page. */
export const letterPapers: ResourceEntry = {
	name: 'letter_papers',
	path: '/letter_papers',
	target: '',
	ops: ['list'],
	fields: {},
	blank: () => ({ name: '', active: true, template: null, file: null }),
	seed: () => {
		const l = SEED_IDS.letterPapers;
		const make = (id: number, name: string, active: boolean, file: string | null): Rec => ({ id, name, active, template: 'default', file, created_at: SEED_TIME, updated_at: SEED_TIME });
		return [make(l.standard, 'Briefpapier 2026', true, 'https://acme.mocoapp.com/letter_papers/briefpapier-2026.pdf'), make(l.old, 'Briefpapier 2020', false, null)];
	},
};

/** The key's own user (`/profile`), impersonation applied, and its performance report. */
export const profile: ResourceEntry = {
	name: 'profile',
	path: '/profile',
	target: '',
	ops: [],
	fields: {},
	blank: () => ({}),
	actions: [
		{
			method: 'GET',
			path: '',
			handler: ({ sim, userId }) => {
				const user = sim.find('users', userId) as unknown as SimUser;
				return json(200, {
					id: user.id, email: user.email, full_name: `${user.firstname} ${user.lastname}`, first_name: user.firstname, last_name: user.lastname,
					active: user.active, external: user.extern, avatar_url: user.avatar_url, unit: { id: user.unit.id, name: user.unit.name },
					created_at: user.created_at, updated_at: user.updated_at,
				});
			},
		},
		{ method: 'GET', path: '/performance_report', handler: ({ sim, userId, req }) => performanceReport(sim.find('users', userId) as unknown as SimUser, req.query.year, sim.nowMs()) },
	],
};
