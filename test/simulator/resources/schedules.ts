import { type Rec, type ResourceEntry, idIn, onOrAfter, onOrBefore, oneOf, toBool } from '../engine';
import { SEED_IDS, addDaysFromAnchor } from '../seed';
import { PEOPLE, U, ref, stamps, symbolRange, user, userField } from './staffCommon';

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
