import { type Rec, type ResourceEntry, PERSON, eq, idIn, isObject, isValidDate } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const person = (sim: MocoSimulator, id: number) => {
	const user = sim.find('users', id);
	return { id, firstname: user?.firstname ?? '', lastname: user?.lastname ?? '' };
};

/** A day entry as MOCO takes it: a date and whether the morning and the afternoon are asked for. */
const validEntry = (entry: unknown) =>
	isObject(entry) && isValidDate(entry.date) && typeof entry.am === 'boolean' && typeof entry.pm === 'boolean' && (entry.am || entry.pm);

const R = SEED_IDS.absenceRequests;

/** Absence requests (`/users/absence_requests`): made by the key's user, read, withdrawn with a comment. */
export const absenceRequests: ResourceEntry = {
	name: 'absenceRequests',
	path: '/users/absence_requests',
	target: 'User::AbsenceRequest',
	ops: ['list', 'get', 'create', 'delete'],
	fields: {
		type: { kind: 'enum', values: ['vacation', 'sickness', 'other'], required: true },
		approver_user_id: { kind: 'ref', ref: 'users', read: 'selected_approver', shape: PERSON, required: true, errorKey: 'approver_user' },
		entries: { kind: 'array', required: true, read: false },
		comment: { kind: 'text' },
	},
	blank: ({ sim, userId }) => ({
		type: null, status: 'pending', total_days: 0, days: [], comment: '', approved_at: null,
		user: person(sim, userId), approver: null, selected_approver: null, custom_properties: {},
	}),
	validate: (draft, body, _ctx, errors) => {
		if (!Array.isArray(body.entries)) return;
		if (body.entries.length === 0 || !body.entries.every(validEntry)) {
			errors.entries = ['is invalid'];
			return;
		}
		const days = (body.entries as Rec[]).map(({ date, am, pm }) => ({ date, am, pm }));
		draft.days = days;
		draft.total_days = days.reduce((sum, day) => sum + (day.am ? 0.5 : 0) + (day.pm ? 0.5 : 0), 0);
	},
	filters: { user_id: idIn('user.id'), selected_approver_id: idIn('selected_approver.id'), type: eq('type'), status: eq('status') },
	// MOCO wants a comment to withdraw a request.
	guardDelete: (_request, { req }) => (req?.query.comment?.trim() ? undefined : 'A comment is required to withdraw an absence request.'),
	seed: () => {
		const u = SEED_IDS.users;
		const who = (id: number, firstname: string, lastname: string) => ({ id, firstname, lastname });
		const juergen = who(u.juergen, 'Jürgen', 'Müller');
		const at = { created_at: SEED_TIME, updated_at: SEED_TIME, custom_properties: {} };
		return [
			{
				...at, id: R.renee, type: 'vacation', status: 'pending', total_days: 2, comment: 'Familienfeier', approved_at: null,
				days: [{ date: '2026-02-12', am: true, pm: true }, { date: '2026-02-13', am: true, pm: true }],
				user: who(u.renee, 'Renée', "O'Brien-Šimić"), approver: null, selected_approver: juergen,
			},
			{
				...at, id: R.lukasz, type: 'other', status: 'approved', total_days: 0.5, comment: 'Behördengang', approved_at: SEED_TIME,
				days: [{ date: '2026-01-07', am: true, pm: false }],
				user: who(u.lukasz, 'Łukasz', 'Nowak'), approver: juergen, selected_approver: juergen,
			},
		];
	},
};
