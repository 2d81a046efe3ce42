import { type Rec, type ResourceEntry, idIn, invalid, isObject, json, toBool, toId, toNumber } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const fullName = (user: Rec) => `${String(user.firstname)} ${String(user.lastname)}`;
const listed = (sim: MocoSimulator, archived: boolean) => sim.records('users').filter((user) => archived || user.active);

/** Fixed costs (`/account/fixed_costs`): `year` narrows each one's monthly amounts. */
export const fixedCosts: ResourceEntry = {
	name: 'fixed_costs',
	path: '/account/fixed_costs',
	target: '',
	ops: ['list'],
	fields: {},
	blank: () => ({}),
	serialize: (out, _cost, { query }) => {
		const { created_at, updated_at, costs, ...head } = out;
		const wanted = (costs as Array<{ year: number }>).filter((entry) => query.year === undefined || String(entry.year) === query.year);
		return { ...head, costs: wanted, created_at, updated_at };
	},
	seed: () => {
		const f = SEED_IDS.fixedCosts;
		const months = (amount: number) => [2025, 2026].flatMap((year) => Array.from({ length: 12 }, (_, index) => ({ year, month: index + 1, amount })));
		return [
			{ id: f.miete, title: 'Büromiete', description: 'Speicherstadt, 3. OG', payment_day: 1, costs: months(3500), ...stamps },
			{ id: f.lizenzen, title: 'Softwarelizenzen', description: null, payment_day: 15, costs: months(420), ...stamps },
		];
	},
};

/** Billing rates (`/account/hourly_rates`): the account's default, a customer's own, and per user. */
export const hourlyRates: ResourceEntry = {
	name: 'hourly_rates',
	path: '/account/hourly_rates',
	target: '',
	ops: [],
	fields: {},
	blank: () => ({}),
	actions: [
		{
			method: 'GET',
			path: '',
			handler: ({ sim, req }) => {
				const company = req.query.company_id === undefined ? undefined : sim.find('companies', Number(req.query.company_id));
				const rate = company?.id === SEED_IDS.companies.hafenlicht ? 110 : 120;
				return json(200, {
					defaults_rates: [{ currency: 'EUR', hourly_rate: rate }],
					tasks: [{ id: SEED_IDS.tasks.relaunchPl, name: 'Projektleitung', rates: [{ currency: 'EUR', hourly_rate: rate + 20 }] }],
					users: listed(sim, toBool(req.query.include_archived_users)).map((user, index) => ({ id: user.id, full_name: fullName(user), rates: [{ currency: 'EUR', hourly_rate: 100 + index * 10 }] })),
				});
			},
		},
	],
};

/** Internal rates (`/account/internal_hourly_rates`), one stored record per user and year; PUT upserts the users given. */
export const internalHourlyRates: ResourceEntry = {
	name: 'internal_hourly_rates',
	path: '/account/internal_hourly_rates',
	target: '',
	ops: [],
	fields: {},
	blank: () => ({ user_id: null, year: null, rate: 0 }),
	filters: { user_id: idIn('user_id') },
	actions: [
		{
			method: 'GET',
			path: '',
			handler: ({ sim, req }) => {
				const years = (req.query.years ?? sim.today().slice(0, 4)).split(',').map(Number);
				if (years.some((year) => !Number.isInteger(year))) throw invalid({ years: ['is invalid'] });
				const users = listed(sim, toBool(req.query.include_archived)).filter((user) => req.query.unit_id === undefined || String((user.unit as Rec).id) === req.query.unit_id);
				const stored = sim.records('internal_hourly_rates');
				return json(200, users.map((user) => ({
					id: user.id, full_name: fullName(user),
					rates: years.map((year) => ({ year, rate: stored.find((entry) => entry.user_id === user.id && entry.year === year)?.rate ?? 0 })),
				})));
			},
		},
		{
			method: 'PUT',
			path: '',
			handler: ({ sim, body }) => {
				const year = toId(body.year);
				const rates = Array.isArray(body.rates) ? body.rates : undefined;
				if (year === undefined || year < 1900) throw invalid({ year: ['is invalid'] });
				if (!rates) throw invalid({ rates: ["can't be blank"] });
				const rows = rates.map((row) => {
					const userId = isObject(row) ? toId(row.user_id) : undefined;
					const rate = isObject(row) ? toNumber(row.rate) : undefined;
					if (userId === undefined || !sim.find('users', userId)) throw invalid({ user_id: ['must exist'] });
					if (rate === undefined) throw invalid({ rate: ['is not a number'] });
					return { userId, rate };
				});
				const stored = sim.records('internal_hourly_rates');
				for (const { userId, rate } of rows) {
					const entry = stored.find((candidate) => candidate.user_id === userId && candidate.year === year);
					if (entry) entry.rate = rate;
					else sim.add('internal_hourly_rates', { user_id: userId, year, rate });
				}
				return json(200, { status: 'ok' });
			},
		},
	],
	seed: () => {
		const U = SEED_IDS.users;
		let id = 9900001;
		return [[U.juergen, 85], [U.zoe, 70], [U.lukasz, 65]].flatMap(([user, rate]) => [2025, 2026].map((year) => ({ id: id++, user_id: user, year, rate: year === 2026 ? rate + 5 : rate })));
	},
};
