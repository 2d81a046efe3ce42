import { httpError, type SimChange } from './index';
import { A, C, P, T, TK, U, as, at, call } from './testClient';

describe('engine', () => {
	it('pagination links: linkKeepsQuery false gives bare ?page=N links, as MOCO documents', () => {
		const sim = at({ pageSize: 3, linkKeepsQuery: false });
		const first = call(sim, 'GET', '/activities?user_id=' + U.zoe);
		expect(first.headers['x-total']).toBe('5');
		expect(first.headers.link).toBe(
			'<https://acme.mocoapp.com/api/v1/activities?page=2>; rel="next", <https://acme.mocoapp.com/api/v1/activities?page=2>; rel="last"',
		);
		// Page 2 without the filter is page 2 of everything: the client must resend its filters.
		expect(call(sim, 'GET', '/activities?page=2').headers['x-total']).toBe(String(sim.records('activities').length));
		expect(call(sim, 'GET', `/activities?page=2&user_id=${U.zoe}`).data).toHaveLength(2);
		const keeps = at({ pageSize: 3 });
		expect(call(keeps, 'GET', '/activities?user_id=' + U.zoe).headers.link).toContain(`activities?page=2&user_id=${U.zoe}>; rel="next"`);
	});

	it('sim.add fills defaults and ids, sim.records is live, refs are rendered from their records', () => {
		const sim = at();
		const task = sim.add('tasks', { project_id: P.festpreis, name: 'Abnahme' });
		const activity = sim.add('activities', { date: '2026-01-05', project: { id: P.festpreis }, task: { id: task.id }, seconds: 600 });
		expect(activity.id).toBeGreaterThan(A.today);
		expect(sim.records('activities')).toContain(activity);
		const read = call(sim, 'GET', `/activities/${activity.id}`).data;
		expect(read).toMatchObject({ project: { id: P.festpreis, name: 'App-Konzept „Kapitänsbrücke“', billable: true }, task: { id: task.id, name: 'Abnahme' }, user: { id: U.juergen, firstname: 'Jürgen' } });
		expect(read.customer).toEqual({ id: C.hafenlicht, name: 'Hafenlicht Reederei GmbH' });
		expect(() => sim.records('nothing')).toThrow(/no entry "nothing"/);
	});

	it('sim.route mounts extra endpoints after the built-in ones; httpError answers errors', () => {
		const sim = at();
		sim.route('GET', /^\/account\/web_hooks\/(\w+)$/, ({ params, userId }) => {
			if (params[0] === 'x') throw httpError(422, { message: 'nope' });
			return { status: 200, headers: {}, body: JSON.stringify({ id: params[0], userId }) };
		});
		expect(call(sim, 'GET', '/account/web_hooks/7').data).toEqual({ id: '7', userId: U.juergen });
		expect(call(sim, 'GET', '/account/web_hooks/x')).toMatchObject({ status: 422, data: { message: 'nope' } });
		expect(call(sim, 'GET', '/users/abc').status).toBe(404);
	});

	it('onChange reports create, update and delete with MOCO target, read shape and acting user', () => {
		const sim = at();
		const changes: SimChange[] = [];
		const off = sim.onChange((c) => changes.push(c));
		const created = call(sim, 'POST', '/activities', { date: '2026-01-05', project_id: P.relaunch, task_id: TK.relaunchKonzept, seconds: 900 }, as(U.renee)).data;
		call(sim, 'PUT', `/activities/${created.id}`, { description: 'x' });
		call(sim, 'DELETE', `/activities/${created.id}`);
		call(sim, 'PUT', `/units/${T.sales}`, { name: 'Vertrieb' });
		off();
		call(sim, 'PUT', `/units/${T.sales}`, { name: 'Sales' });
		expect(changes.map((c) => [c.target, c.event, c.userId])).toEqual([
			['Activity', 'create', U.renee],
			['Activity', 'update', U.juergen],
			['Activity', 'delete', U.juergen],
			['', 'update', U.juergen],
		]);
		expect(changes[0].record).toEqual(created);
		expect(changes[3]).toMatchObject({ resource: 'units', record: { name: 'Vertrieb' } });
	});

	it('impersonation: the acting user owns what is created; 403 without Staff permission or for an unknown user', () => {
		const sim = at({ apiKeys: { 'test-key': 'full', 'lukasz-key': 'full' }, keyUsers: { 'lukasz-key': U.lukasz } });
		const body = { date: '2026-01-05', project_id: P.relaunch, task_id: TK.relaunchKonzept };
		expect(call(sim, 'POST', '/activities', body).data.user.id).toBe(U.juergen);
		expect(call(sim, 'POST', '/activities', body, as(U.zoe)).data.user).toEqual({ id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' });
		const lukasz = { authorization: 'Bearer lukasz-key' };
		expect(call(sim, 'GET', '/session', undefined, lukasz).data.id).toBe(U.lukasz);
		expect(call(sim, 'POST', '/activities', body, lukasz).data.user.id).toBe(U.lukasz);
		const denied = call(sim, 'POST', '/activities', body, { ...lukasz, 'x-impersonate-user-id': String(U.zoe) });
		expect(denied).toMatchObject({ status: 403, data: { message: expect.stringMatching(/Staff/) } });
		expect(call(sim, 'GET', '/activities', undefined, as(1)).status).toBe(403);
	});

	it('422 in both of MOCO shapes: a field map for input, a message for guards', () => {
		const sim = at();
		expect(call(sim, 'POST', '/activities', { seconds: 'viel' })).toMatchObject({
			status: 422,
			data: { date: ["can't be blank"], project_id: ["can't be blank"], task_id: ["can't be blank"], seconds: ['is not a number'] },
		});
		expect(call(sim, 'DELETE', `/activities/${A.billed}`)).toMatchObject({ status: 422, data: { message: 'The activity cannot be deleted because it has already been billed.' } });
	});
});
