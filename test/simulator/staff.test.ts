import { SEED_IDS } from './index';
import { ANCHOR, P, TK, U, as, at, call, ids } from './testClient';

describe('absences, presences, planning, holidays, employments, work-time adjustments, contracts', () => {
	const S = SEED_IDS.schedules;
	const PE = SEED_IDS.planningEntries;
	const K = SEED_IDS.contracts;

	it('schedules: absence_code becomes assignment, one per user and day unless overwrite, filters', () => {
		const sim = at();
		expect(call(sim, 'POST', '/schedules', { date: '2026-01-12', absence_code: 6 }).data).toEqual({ absence_code: ['is not included in the list'] });
		const created = call(sim, 'POST', '/schedules', { date: '2026-01-12', absence_code: '4', am: true, pm: false, symbol: 5 }, as(U.lukasz)).data;
		expect(created).toMatchObject({ date: '2026-01-12', am: true, pm: false, symbol: 5, assignment: { code: '4', name: 'Urlaub', type: 'Absence' }, user: { id: U.lukasz } });
		expect(created).not.toHaveProperty('absence_request_id');
		expect(call(sim, 'POST', '/schedules', { date: '2026-01-12', absence_code: 3, user_id: U.lukasz }).data).toEqual({ date: ['has already been taken'] });
		const replaced = call(sim, 'POST', '/schedules', { date: '2026-01-12', absence_code: 3, user_id: U.lukasz, overwrite: true }).data;
		expect(ids(sim, `/schedules?user_id=${U.lukasz}&from=2026-01-12&to=2026-01-12`)).toEqual([replaced.id]);
		expect(call(sim, 'PUT', `/schedules/${S.reneeVormittag}`, { symbol: 13 }).data).toEqual({ symbol: ['must be between 1 and 12'] });
		expect(ids(sim, '/schedules?absence_code=3,5&to=2026-01-10')).toEqual([S.lukaszKrank, S.reneeVormittag]);
		expect(ids(sim, '/schedules?absence_request_id=880001')).toEqual([S.zoeUrlaub, S.zoeUrlaub + 1, S.zoeUrlaub + 2]);
	});

	it('presences: created for the acting user, from/to together, to after from', () => {
		const sim = at();
		expect(call(sim, 'POST', '/users/presences', { date: '2026-01-05' }).data).toEqual({ from: ["can't be blank"] });
		expect(call(sim, 'POST', '/users/presences', { date: '2026-01-05', from: '8:00', to: '7:59' }).data).toEqual({ to: ['must be after from'] });
		const mine = call(sim, 'POST', '/users/presences', { date: '2026-01-05', from: '8:00', to: '12:30' }, as(U.renee)).data;
		expect(mine).toMatchObject({ from: '08:00', to: '12:30', is_home_office: false, user: { id: U.renee, firstname: 'Renée' } });
		expect(call(sim, 'GET', '/users/presences?from=2026-01-01').data).toEqual({ message: 'from and to have to be provided together' });
		expect(ids(sim, `/users/presences?from=2026-01-05&to=2026-01-05`)).toEqual([SEED_IDS.presences.zoeHeute, mine.id]);
		expect(call(sim, 'GET', `/users/presences?user_id=${U.lukasz}&is_home_office=true`).data.length).toBe(4);
	});

	it('presences/touch: clocks out the open presence, clocks in, discards a same-minute touch, 423 on a conflict', () => {
		let now = ANCHOR; // 09:00
		const sim = at({ now: () => now });
		const zoe = as(U.zoe);
		expect(call(sim, 'POST', '/users/presences/touch', {}, zoe).data).toMatchObject({ id: SEED_IDS.presences.zoeHeute, from: '08:30', to: '09:00' });
		now += 3 * 3600_000; // 12:00
		const opened = call(sim, 'POST', '/users/presences/touch', { is_home_office: true }, zoe).data;
		expect(opened).toMatchObject({ date: '2026-01-05', from: '12:00', to: null, is_home_office: true, user: { id: U.zoe } });
		now += 20_000; // same minute
		call(sim, 'POST', '/users/presences/touch', {}, zoe);
		expect(sim.find('presences', opened.id)).toBeUndefined();
		expect(call(sim, 'POST', '/users/presences/touch', { override: '2026-01-05 08:45' }, zoe)).toMatchObject({ status: 423, data: { message: expect.any(String) } });
		expect(call(sim, 'POST', '/users/presences/touch', { override: '5.1.2026 8:45' }, zoe).data).toEqual({ override: ['is invalid'] });
		expect(call(sim, 'POST', '/users/presences/touch', { override: '2026-01-06 07:55' }).data).toMatchObject({ date: '2026-01-06', from: '07:55', user: { id: U.juergen } });
	});

	it('planning entries: project or deal, task within the project, period filter', () => {
		const sim = at();
		expect(call(sim, 'POST', '/planning_entries', { starts_on: '2026-02-02', ends_on: '2026-02-06', hours_per_day: 4 }).data).toEqual({ project_id: ["can't be blank"] });
		const both = { starts_on: '2026-02-02', ends_on: '2026-02-06', hours_per_day: 4, project_id: P.retainer, deal_id: SEED_IDS.deals.podcast };
		expect(call(sim, 'POST', '/planning_entries', both).data).toEqual({ deal_id: ['must be blank when a project is given'] });
		expect(call(sim, 'POST', '/planning_entries', { ...both, deal_id: undefined, task_id: TK.relaunchDesign }).data).toEqual({ task: ['must exist'] });
		const created = call(sim, 'POST', '/planning_entries', { ...both, deal_id: undefined, task_id: TK.retainerSeo, user_id: U.lukasz, tentative: true }).data;
		expect(created).toMatchObject({
			project: { id: P.retainer, identifier: 'P-2024-002', name: 'SEO-Betreuung', customer_name: 'Nordwind Café AG', color: '#2965cc' },
			task: { id: TK.retainerSeo, name: 'SEO-Optimierung' }, deal: null, user: { id: U.lukasz }, tentative: true, read_only: false,
		});
		const moved = call(sim, 'PUT', `/planning_entries/${created.id}`, { deal_id: SEED_IDS.deals.podcast, task_id: null }).data;
		expect(moved).toMatchObject({ project: null, deal: { id: SEED_IDS.deals.podcast, name: 'Podcast-Produktion', customer_name: null } });
		expect(ids(sim, '/planning_entries?period=2026-01-14:2026-01-16')).toEqual([PE.relaunchZoe, PE.relaunchLukasz, PE.festpreisRenee]);
		expect(ids(sim, `/planning_entries?deal_id=${SEED_IDS.deals.app}`)).toEqual([PE.dealAnais]);
	});

	it('holidays, employments and work-time adjustments: required fields, derived hours, filters', () => {
		const sim = at();
		expect(Object.keys(call(sim, 'POST', '/users/holidays', {}).data).sort()).toEqual(['days', 'title', 'user_id', 'year']);
		expect(call(sim, 'POST', '/users/holidays', { year: 2027, title: 'Anspruch', days: 12.5, user_id: U.anais }).data).toMatchObject({ hours: 100, user: { id: U.anais }, creator: { id: U.juergen } });
		expect(ids(sim, `/users/holidays?year=2026&user_id=${U.renee}`)).toEqual([SEED_IDS.holidays.renee]);

		expect(call(sim, 'POST', '/users/employments', { user_id: U.anais, pattern: { am: [4, 4], pm: [] } }).data).toEqual({ pattern: ['must have am and pm with five hour values each'] });
		const employment = call(sim, 'POST', '/users/employments', { user_id: U.anais, pattern: { am: [4, 4, 4, 4, 4], pm: [0, 0, 0, 0, 0] } }).data;
		expect(employment).toMatchObject({ weekly_target_hours: 20, from: '2026-01-05', to: null, user: { id: U.anais } });
		expect(call(sim, 'PUT', `/users/employments/${SEED_IDS.employments.renee}`, { to: '2026-06-30' }).data).toMatchObject({ weekly_target_hours: 29.75, to: '2026-06-30' });
		expect(ids(sim, '/users/employments?from=2026-07-01')).not.toContain(SEED_IDS.employments.renee);

		expect(call(sim, 'POST', '/users/work_time_adjustments', { user_id: U.zoe, date: '2026-01-05', hours: 'acht' }).data).toEqual({ description: ["can't be blank"], hours: ['is not a number'] });
		const adjustment = call(sim, 'POST', '/users/work_time_adjustments', { user_id: U.zoe, date: '2026-01-05', hours: -1.5, description: 'Arzt' }).data;
		expect(adjustment).toMatchObject({ hours: -1.5, user: { id: U.zoe }, creator: { id: U.juergen } });
		expect(ids(sim, '/users/work_time_adjustments?from=2026-01-01&to=2026-01-31')).toEqual([SEED_IDS.workTimeAdjustments.lukasz, adjustment.id]);
	});

	it('contracts: staff of a project, user fixed, no delete with tracked hours, listed in the project', () => {
		const sim = at();
		const path = `/projects/${P.festpreis}/contracts`;
		expect(ids(sim, path)).toEqual([K.festpreisZoe, K.festpreisRenee]);
		expect(call(sim, 'POST', path, { user_id: U.zoe }).data).toEqual({ user_id: ['has already been taken'] });
		expect(call(sim, 'POST', path, { user_id: 1 }).data).toEqual({ user: ['must exist'] });
		const created = call(sim, 'POST', path, { user_id: U.lukasz, budget: 9900, hourly_rate: 110 }).data;
		expect(created).toEqual({ id: expect.any(Number), user_id: U.lukasz, firstname: 'Łukasz', lastname: 'Nowak', billable: true, active: true, budget: 9900, hourly_rate: 110, created_at: expect.any(String), updated_at: expect.any(String) });
		expect(call(sim, 'PUT', `${path}/${created.id}`, { user_id: U.zoe }).data).toEqual({ user_id: ['cannot be changed'] });
		expect(call(sim, 'PUT', `${path}/${created.id}`, { budget: 8800 }).data.budget).toBe(8800);
		expect(call(sim, 'GET', `/projects/${P.festpreis}`).data.contracts.map((c: { user_id: number }) => c.user_id)).toEqual([U.zoe, U.renee, U.lukasz]);
		expect(call(sim, 'DELETE', `${path}/${K.festpreisRenee}`).data.message).toMatch(/tracked hours/);
		expect(call(sim, 'DELETE', `${path}/${created.id}`).status).toBe(204);
		expect(call(sim, 'GET', `/projects/${P.relaunch}/contracts/${K.festpreisZoe}`).status).toBe(404);
	});
});
