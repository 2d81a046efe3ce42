import { type ActionContext, type Rec, type ResourceEntry, PERSON, boolEq, has, httpError, idIn, invalid, isBlank, json, onOrAfter, onOrBefore, refused, toBool } from '../engine';
import { SEED_ANCHOR, SEED_IDS, addDaysFromAnchor } from '../seed';
import { PEOPLE, U, ref, stamps, user } from './staffCommon';

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
