import { A, ANCHOR, C, P, TK, U, as, at, call, ids } from './testClient';

describe('activities', () => {
	it('create maps project_id/task_id to project/task, seconds to hours; PUT keeps unsent fields', () => {
		const sim = at();
		const created = call(sim, 'POST', '/activities', { date: '2026-01-05', project_id: P.relaunch, task_id: TK.relaunchPl, seconds: 5400, description: 'Jour fixe', tag: 'PL' });
		expect(created.status).toBe(200);
		expect(created.data).toMatchObject({ hours: 1.5, seconds: 5400, worked_seconds: 5400, billable: false, billed: false, project: { id: P.relaunch }, task: { id: TK.relaunchPl, name: 'Projektleitung' } });
		expect(created.data).not.toHaveProperty('locked');
		const updated = call(sim, 'PUT', `/activities/${created.data.id}`, { description: 'Jour fixe mit Kunde' }).data;
		expect(updated).toEqual({ ...created.data, description: 'Jour fixe mit Kunde' });
		expect(call(sim, 'PUT', `/activities/${created.data.id}`, { task_id: TK.retainerSeo })).toMatchObject({ status: 422, data: { task: ['must exist'] } });
		expect(call(sim, 'PUT', `/activities/${created.data.id}`, { project_id: 1 }).data).toEqual({ project: ['must exist'] });
		expect(call(sim, 'PUT', `/activities/${created.data.id}`, { remote_service: 'notion' }).data).toEqual({ remote_service: ['is not included in the list'] });
	});

	it('filters: from/to, user, project, task, company, billable, billed, term', () => {
		const sim = at();
		expect(ids(sim, '/activities?from=2026-01-05&to=2026-01-05')).toEqual([A.today]);
		expect(ids(sim, `/activities?user_id=${U.lukasz}&to=2025-12-29`)).toEqual([A.billed]);
		expect(ids(sim, '/activities?billed=true')).toEqual([A.billed]);
		expect(ids(sim, `/activities?company_id=${C.nordwind}`)).toEqual([A.locked]);
		expect(ids(sim, `/activities?project_id=${P.festpreis}`)).toHaveLength(4);
		expect(ids(sim, `/activities?task_id=${TK.relaunchPl}&billable=false`)).toHaveLength(1);
		expect(ids(sim, '/activities?term=des-12')).toEqual([A.today]);
		expect(ids(sim, '/activities?sort_by=date%20desc')[0]).toBe(A.today);
	});

	it('billed and locked entries refuse update and delete with a message', () => {
		const sim = at();
		expect(call(sim, 'PUT', `/activities/${A.billed}`, { seconds: 1 }).data).toEqual({ message: 'The activity cannot be changed because it has already been billed.' });
		expect(call(sim, 'DELETE', `/activities/${A.locked}`).data).toEqual({ message: 'The activity cannot be deleted because it is locked.' });
		expect(call(sim, 'DELETE', `/activities/${A.today}`).status).toBe(204);
	});

	it('timers run only on today’s entries, one per user, and add whole minutes', () => {
		let now = ANCHOR;
		const sim = at({ now: () => now });
		expect(call(sim, 'PATCH', `/activities/${A.locked + 2}/start_timer`).data).toEqual({ message: 'The timer can only be started on activities of the current day.' });
		const started = call(sim, 'PATCH', `/activities/${A.today}/start_timer`).data;
		expect(started.timer_started_at).toBe('2026-01-05T09:00:00Z');
		now += 25 * 60_000 + 30_000;
		const stopped = call(sim, 'PATCH', `/activities/${A.today}/stop_timer`).data;
		expect(stopped).toMatchObject({ timer_started_at: null, seconds: 1800 + 1500, worked_seconds: 1800 + 1500, hours: 0.92 });
		expect(call(sim, 'PATCH', `/activities/${A.today}/stop_timer`).status).toBe(422);
		// Starting a second timer stops the first.
		const other = call(sim, 'POST', '/activities', { date: '2026-01-05', project_id: P.relaunch, task_id: TK.relaunchDesign }, as(U.zoe)).data;
		call(sim, 'PATCH', `/activities/${A.today}/start_timer`);
		now += 10 * 60_000;
		call(sim, 'PATCH', `/activities/${other.id}/start_timer`);
		expect(call(sim, 'GET', `/activities/${A.today}`).data).toMatchObject({ timer_started_at: null, seconds: 3300 + 600 });
	});

	it('billable_seconds: project leaders only (403 otherwise), worked_seconds stays', () => {
		const sim = at({ apiKeys: { 'test-key': 'full', 'zoe-key': 'full' }, keyUsers: { 'zoe-key': U.zoe } });
		const path = `/activities/${A.today}/billable_seconds`;
		expect(call(sim, 'PATCH', path, { seconds: 900 }, as(U.lukasz))).toMatchObject({ status: 403, data: { message: expect.any(String) } });
		expect(call(sim, 'PATCH', path, {}, { authorization: 'Bearer zoe-key' }).data).toEqual({ seconds: ["can't be blank"] });
		const res = call(sim, 'PATCH', path, { seconds: 900 }, { authorization: 'Bearer zoe-key' });
		expect(res.data).toMatchObject({ seconds: 900, worked_seconds: 1800, hours: 0.25 });
		// Jürgen leads the retainer project, but the entry is locked.
		expect(call(sim, 'PATCH', `/activities/${A.locked}/billable_seconds`, { seconds: 1 }).data.message).toMatch(/locked/);
	});

	it('disregard marks the customer’s activities as billed; reason, activity_ids, company_id required', () => {
		const sim = at();
		expect(call(sim, 'POST', '/activities/disregard', {}).data).toEqual({ reason: ["can't be blank"], activity_ids: ["can't be blank"], company_id: ["can't be blank"] });
		expect(call(sim, 'POST', '/activities/disregard', { reason: 'Kulanz', activity_ids: [A.today], company_id: C.nordwind }).data.message).toMatch(/does not belong/);
		const done = call(sim, 'POST', '/activities/disregard', { reason: 'Kulanz', activity_ids: [A.today], company_id: C.hafenlicht });
		expect(done.data.map((a: { billed: boolean }) => a.billed)).toEqual([true]);
		expect(call(sim, 'DELETE', `/activities/${A.today}`).status).toBe(422);
	});

	it('bulk creates all or nothing', () => {
		const sim = at();
		const before = sim.records('activities').length;
		const good = { date: '2026-01-05', project_id: P.relaunch, task_id: TK.relaunchKonzept, seconds: 60 };
		expect(call(sim, 'POST', '/activities/bulk', { activities: [good, { ...good, task_id: 1 }] }).data).toEqual({ task: ['must exist'] });
		expect(sim.records('activities')).toHaveLength(before);
		expect(call(sim, 'POST', '/activities/bulk', { activities: [good, good] }).data).toHaveLength(2);
		expect(sim.records('activities')).toHaveLength(before + 2);
	});
});
