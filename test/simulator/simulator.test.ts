import axios from 'axios';
import {
	FixedWindowRateLimiter,
	MocoSimulator,
	RESOURCES,
	SEED_IDS,
	httpError,
	interceptMoco,
	isFaultSignal,
	type SimChange,
	type SimResponse,
	type SimResult,
	type SimulatorOptions,
} from './index';

const BASE = 'https://acme.mocoapp.com/api/v1';
const AUTH = { authorization: 'Token token=test-key' };
const U = SEED_IDS.users;
const T = SEED_IDS.units;

function response(result: SimResult): SimResponse {
	if (isFaultSignal(result)) throw new Error(`unexpected fault ${result.fault}`);
	return result;
}

/** Sends one request and parses the JSON answer. */
function call(sim: MocoSimulator, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
	const res = response(
		sim.handle({
			method,
			url: path.startsWith('http') ? path : `${BASE}${path}`,
			headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		}),
	);
	let data: any;
	try {
		data = res.body.length > 0 ? JSON.parse(res.body.toString()) : undefined;
	} catch {
		data = undefined; // injected faults may send plain text
	}
	return { ...res, data };
}

const make = (options: SimulatorOptions = {}): MocoSimulator => new MocoSimulator({ now: () => Date.UTC(2024, 5, 1), ...options });

describe('seed', () => {
	it('is deterministic and speaks non-ASCII', () => {
		const a = call(make(), 'GET', '/users?include_archived=true').data;
		const b = call(make(), 'GET', '/users?include_archived=true').data;
		expect(a).toEqual(b);
		expect(a.map((u: { firstname: string; lastname: string }) => `${u.firstname} ${u.lastname}`)).toEqual(
			expect.arrayContaining(['Jürgen Müller', 'Zoë Ångström']),
		);
		expect(a[0]).not.toHaveProperty('billedHours');
		expect(a[0]).not.toHaveProperty('language');
	});
});

describe('pagination', () => {
	it('pages by 100 with X- headers and a Link header that keeps the other parameters', () => {
		const sim = make();
		sim.addUnits(250);
		const total = sim.units.length; // 5 seeded + 250
		const first = call(sim, 'GET', '/units?sort_by=name%20desc');
		expect(first.status).toBe(200);
		expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
		expect(first.data).toHaveLength(100);
		expect(first.headers).toMatchObject({ 'x-page': '1', 'x-per-page': '100', 'x-total': String(total) });
		expect(first.headers.link).toBe(
			'<https://acme.mocoapp.com/api/v1/units?page=2&sort_by=name+desc>; rel="next", ' +
				'<https://acme.mocoapp.com/api/v1/units?page=3&sort_by=name+desc>; rel="last"',
		);
		const last = call(sim, 'GET', '/units?sort_by=name%20desc&page=3');
		expect(last.data).toHaveLength(total - 200);
		expect(last.headers['x-page']).toBe('3');
		expect(last.headers.link).not.toContain('rel="next"');
		expect(last.headers.link).toContain('units?page=2&sort_by=name+desc>; rel="prev"');
		// Sorted descending across pages.
		const names = [...first.data, ...last.data].map((u: { name: string }) => u.name);
		expect(names[0] >= names[1]).toBe(true);
	});

	it('answers a single page without Link and ignores per_page', () => {
		const res = call(make(), 'GET', '/units?per_page=2');
		expect(res.data).toHaveLength(5);
		expect(res.headers.link).toBeUndefined();
		expect(res.headers['x-per-page']).toBe('100');
	});

	it('filters users: archived, email, tags, ids, updated_after', () => {
		const sim = make();
		const ids = (path: string): number[] => call(sim, 'GET', path).data.map((u: { id: number }) => u.id);
		expect(ids('/users')).not.toContain(U.soeren);
		expect(ids('/users?include_archived=true')).toContain(U.soeren);
		expect(ids('/users?email=ZOE.angstrom@acme.example')).toEqual([U.zoe]);
		expect(ids('/users?tags=Freelance,Geschäftsleitung').sort()).toEqual([U.juergen, U.anais].sort());
		expect(ids(`/users?ids=${U.zoe},${U.anais}`)).toEqual([U.zoe, U.anais]);
		call(sim, 'PUT', `/users/${U.anais}`, { info: 'x' });
		expect(ids('/users?updated_after=2024-05-01T00:00:00Z')).toEqual([U.anais]);
	});
});

describe('auth', () => {
	it('accepts both header forms and answers /session', () => {
		const sim = make();
		for (const authorization of ['Token token=test-key', 'Bearer test-key', 'Token token="test-key"']) {
			const res = call(sim, 'GET', '/session', undefined, { authorization });
			expect(res.status).toBe(200);
			expect(res.data).toEqual({ id: expect.any(Number), uuid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
		}
	});

	it('401 with a message for missing or unknown keys', () => {
		const sim = make();
		for (const headers of [{}, { authorization: 'Bearer nope' }, { authorization: 'Basic dGVzdA==' }] as Array<Record<string, string>>) {
			const res = call(sim, 'GET', '/session', undefined, headers);
			expect(res.status).toBe(401);
			expect(res.data).toEqual({ message: expect.any(String) });
		}
	});

	it('403 on writes with a read-only key, reads still fine', () => {
		const sim = make({ apiKeys: { ro: 'read', rw: 'full' } });
		const ro = { authorization: 'Bearer ro' };
		expect(call(sim, 'GET', '/units', undefined, ro).status).toBe(200);
		expect(call(sim, 'POST', '/units', { name: 'X' }, ro).status).toBe(403);
		expect(call(sim, 'PUT', `/units/${T.sales}`, { name: 'X' }, ro).status).toBe(403);
		expect(call(sim, 'DELETE', `/units/${T.marketing}`, undefined, ro).data).toEqual({ message: expect.any(String) });
		expect(call(sim, 'POST', '/units', { name: 'X' }, { authorization: 'Bearer rw' }).status).toBe(200);
	});
});

describe('users', () => {
	it('PUT changes only the sent fields and maps write names to read names', () => {
		const sim = make();
		const before = call(sim, 'GET', `/users/${U.zoe}`).data;
		const res = call(sim, 'PUT', `/users/${U.zoe}`, {
			external: true,
			unit_id: T.entwicklung,
			role_id: SEED_IDS.roles.admin,
			bday: '1990-02-28',
			tags: ['Berlin'],
		});
		expect(res.status).toBe(200);
		expect(res.data).toEqual({
			...before,
			extern: true,
			unit: { id: T.entwicklung, name: 'Entwicklung' },
			role: { id: SEED_IDS.roles.admin, name: 'Administrator' },
			birthday: '1990-02-28',
			tags: ['Berlin'],
			updated_at: '2024-06-01T00:00:00Z',
		});
		expect(res.data).not.toHaveProperty('external');
		expect(res.data).not.toHaveProperty('unit_id');
		const team = call(sim, 'GET', `/units/${T.entwicklung}`).data;
		expect(team.users.map((u: { id: number }) => u.id)).toContain(U.zoe);
		expect(team.users[0]).toEqual({ id: expect.any(Number), firstname: expect.any(String), lastname: expect.any(String), email: expect.any(String) });
	});

	it('422 as a field map, and a rejected PUT changes nothing', () => {
		const sim = make();
		const before = call(sim, 'GET', `/users/${U.zoe}`).data;
		const res = call(sim, 'PUT', `/users/${U.zoe}`, { firstname: 'Neu', unit_id: 1, email: 'kaputt' });
		expect(res.status).toBe(422);
		expect(res.data).toEqual({ unit: ['must exist'], email: ['is invalid'] });
		expect(call(sim, 'GET', `/users/${U.zoe}`).data).toEqual(before);
		expect(call(sim, 'PUT', `/users/${U.zoe}`, { email: 'JUERGEN.mueller@acme.example' }).data).toEqual({ email: ['has already been taken'] });
	});

	it('POST requires firstname, lastname, email, unit_id', () => {
		const sim = make();
		const bad = call(sim, 'POST', '/users', { firstname: 'Carmen' });
		expect(bad.status).toBe(422);
		expect(Object.keys(bad.data).sort()).toEqual(['email', 'lastname', 'unit_id']);
		const ok = call(sim, 'POST', '/users', { firstname: 'Carmen', lastname: 'Sandiego', email: 'carmen@acme.example', unit_id: T.sales, external: true });
		expect(ok.status).toBe(200);
		expect(ok.data).toMatchObject({ firstname: 'Carmen', extern: true, unit: { id: T.sales, name: 'Sales' }, role: { name: 'Mitarbeiter' } });
		expect(call(sim, 'GET', `/users/${ok.data.id}`).data).toEqual(ok.data);
	});

	it('404 for unknown and non-numeric ids, unknown routes and other accounts', () => {
		const sim = make();
		for (const url of [`${BASE}/users/1`, `${BASE}/users/abc`, `${BASE}/nothing`, 'https://other.mocoapp.com/api/v1/users']) {
			const res = call(sim, 'GET', url);
			expect(res.status).toBe(404);
			expect(res.data).toEqual({ message: expect.any(String) });
		}
	});

	it('DELETE refuses users with billed hours, otherwise 204', () => {
		const sim = make();
		const billed = call(sim, 'DELETE', `/users/${U.juergen}`);
		expect(billed.status).toBe(422);
		expect(billed.data.message).toMatch(/billed/);
		const gone = call(sim, 'DELETE', `/users/${U.renee}`);
		expect(gone).toMatchObject({ status: 204, body: '' });
		expect(call(sim, 'GET', `/users/${U.renee}`).status).toBe(404);
	});

	it('serves roles and a performance report', () => {
		const sim = make();
		const roles = call(sim, 'GET', '/users/roles').data;
		expect(roles).toHaveLength(3);
		expect(roles[0]).toEqual({ id: expect.any(Number), name: expect.any(String), is_default: expect.any(Boolean), is_admin: expect.any(Boolean), permission: expect.any(Object) });
		const report = call(sim, 'GET', `/users/${U.zoe}/performance_report?year=2024`).data;
		expect(report.annually.year).toBe(2024);
		expect(report.monthly).toHaveLength(12);
		expect(call(sim, 'GET', `/users/${U.zoe}/performance_report?year=abc`).status).toBe(422);
	});
});

describe('units', () => {
	it('creates, renames (users see the new name) and deletes only empty teams', () => {
		const sim = make();
		expect(call(sim, 'POST', '/units', {}).data).toEqual({ name: ["can't be blank"] });
		const created = call(sim, 'POST', '/units', { name: 'Support' }).data;
		expect(created).toMatchObject({ name: 'Support', users: [] });
		call(sim, 'PUT', `/units/${T.sales}`, { name: 'Vertrieb' });
		expect(call(sim, 'GET', `/users/${U.anais}`).data.unit).toEqual({ id: T.sales, name: 'Vertrieb' });
		const busy = call(sim, 'DELETE', `/units/${T.sales}`);
		expect(busy.status).toBe(422);
		expect(busy.data.message).toMatch(/users are assigned/);
		expect(call(sim, 'DELETE', `/units/${created.id}`).status).toBe(204);
	});
});

describe('faults and recording', () => {
	it('serves injected faults for the next N matching requests and records everything', () => {
		const sim = make();
		sim.injectFault({ method: 'GET', path: '/units' }, { status: 503, body: 'down' }, 2);
		sim.injectFault({ path: /\/users\/\d+$/ }, 'reset');
		sim.injectFault({ path: '/api/v1/session' }, 'hang');
		expect(call(sim, 'GET', '/units').status).toBe(503);
		expect(call(sim, 'POST', '/units', { name: 'A' }).status).toBe(200); // method does not match
		expect(call(sim, 'GET', '/units').body).toBe('down');
		expect(call(sim, 'GET', '/units').status).toBe(200);
		expect(sim.handle({ method: 'PUT', url: `${BASE}/users/${U.zoe}`, headers: AUTH, body: '{}' })).toEqual({ fault: 'reset' });
		expect(sim.handle({ method: 'GET', url: '/api/v1/session', headers: { ...AUTH, host: 'acme.mocoapp.com' } })).toEqual({ fault: 'hang' });
		expect(sim.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
			'GET /api/v1/units',
			'POST /api/v1/units',
			'GET /api/v1/units',
			'GET /api/v1/units',
			`PUT /api/v1/users/${U.zoe}`,
			'GET /api/v1/session',
		]);
		expect(sim.requests[1]).toMatchObject({ host: 'acme.mocoapp.com', json: { name: 'A' }, headers: { authorization: 'Token token=test-key' } });
		sim.clearRequests();
		expect(sim.requests).toHaveLength(0);
	});

	it('records the query parsed and the url as received', () => {
		const sim = make();
		call(sim, 'GET', '/users?tags=a%2Cb&custom_properties[Ort]=Hamburg');
		expect(sim.requests[0]).toMatchObject({
			path: '/api/v1/users',
			url: '/api/v1/users?tags=a%2Cb&custom_properties[Ort]=Hamburg',
			query: { tags: 'a,b', 'custom_properties[Ort]': 'Hamburg' },
		});
	});
});

describe('rate limiter', () => {
	const MINUTE = 60_000;

	it('a burst trips it once the interpolated count passes max', () => {
		let now = 30_000; // halfway through the first window: f = 0.5
		const rl = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		const results = Array.from({ length: 25 }, () => rl.hit('k').allowed);
		// round(n * 0.5) > 10 first at n = 21
		expect(results.indexOf(false)).toBe(20);
		expect(results.slice(20).every((a) => !a)).toBe(true);
		expect(rl.hit('other key').allowed).toBe(true);
		now = 45_000; // the same count weighs more as the window ages
		expect(rl.estimate('k')).toBe(Math.round(25 * 0.75));
	});

	it('rejected requests are counted, so hammering prolongs the block', () => {
		const burst = (rl: FixedWindowRateLimiter): void => {
			for (let i = 0; i < 30; i++) rl.hit('k');
		};
		let now = 30_000;
		const idle = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		burst(idle);
		now = 90_000; // next window, f = 0.5: round(30 * 0.5) = 15 > 10
		expect(idle.estimate('k')).toBe(15);
		now = 101_000; // round(30 * (1 - 41/60)) = 10, plus this request at weight f: still 10
		expect(idle.hit('k').allowed).toBe(true);

		now = 30_000;
		const hammer = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		burst(hammer);
		const outcomes: boolean[] = [];
		for (now = 31_000; now <= 101_000; now += 1000) outcomes.push(hammer.hit('k').allowed);
		expect(outcomes.every((a) => !a)).toBe(true);
	});

	it('steady pacing at max/window never trips it', () => {
		for (const offset of [0, 1, 500, 999]) {
			let now = 0;
			const rl = new FixedWindowRateLimiter({ max: 120, windowMs: 120_000, origin: 0 }, () => now);
			for (let i = 0; i < 1200; i++) {
				now = offset + i * 1000;
				expect(rl.hit('k')).toMatchObject({ allowed: true });
			}
		}
	});

	it('textbook weighting is available for comparison', () => {
		const now = 0;
		const rl = new FixedWindowRateLimiter({ max: 3, windowMs: MINUTE, origin: 0, weighting: 'full' }, () => now);
		expect([1, 2, 3, 4].map(() => rl.hit('k').allowed)).toEqual([true, true, true, false]);
	});

	it('the simulator answers 429 with an empty body and no Retry-After, per Authorization value', () => {
		const now = 30_000;
		const sim = make({ now: () => now, rateLimit: { max: 2, windowMs: MINUTE, origin: 0 } });
		const statuses = Array.from({ length: 6 }, () => call(sim, 'GET', '/session').status);
		expect(statuses).toEqual([200, 200, 200, 200, 429, 429]); // round(5 * 0.5) = 3 > 2
		const limited = response(sim.handle({ method: 'GET', url: `${BASE}/session`, headers: AUTH }));
		expect(limited).toEqual({ status: 429, headers: { 'content-length': '0' }, body: '' });
		expect(sim.requests).toHaveLength(7);
		expect(call(sim, 'GET', '/session', undefined, { authorization: 'Bearer test-key' }).status).toBe(200);
	});
});

describe('interceptMoco (nock + axios)', () => {
	let sim: MocoSimulator;
	let intercept: { restore(): void };
	beforeEach(() => {
		sim = make();
		intercept = interceptMoco(sim);
	});
	afterEach(() => intercept.restore());

	it('answers through the simulator, including pagination headers and bodies', async () => {
		sim.addUnits(150);
		const page = await axios.get(`${BASE}/units?page=2`, { headers: { Authorization: 'Bearer test-key' } });
		expect(page.status).toBe(200);
		expect(page.headers['x-total']).toBe('155');
		expect(page.data).toHaveLength(55);
		const created = await axios.post(`${BASE}/units`, { name: 'Ärzte & Co' }, { headers: AUTH });
		expect(created.data.name).toBe('Ärzte & Co');
		expect(sim.requests[1]).toMatchObject({ method: 'POST', host: 'acme.mocoapp.com', body: '{"name":"Ärzte & Co"}' });
		const missing = await axios.get(`${BASE}/users/1`, { headers: AUTH, validateStatus: () => true });
		expect(missing.status).toBe(404);
	});

	it("turns 'reset' into ECONNRESET and 'hang' into a client timeout", async () => {
		sim.injectFault({ path: '/session' }, 'reset');
		await expect(axios.get(`${BASE}/session`, { headers: AUTH })).rejects.toMatchObject({ code: 'ECONNRESET' });
		sim.injectFault({ path: '/session' }, 'hang');
		await expect(axios.get(`${BASE}/session`, { headers: AUTH, timeout: 50 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect((await axios.get(`${BASE}/session`, { headers: AUTH })).status).toBe(200);
	});

	it('blocks every other host and survives restore/re-intercept', async () => {
		await expect(axios.get('https://example.com/')).rejects.toMatchObject({ code: 'ENETUNREACH' });
		intercept.restore();
		intercept = interceptMoco(sim);
		expect((await axios.get(`${BASE}/session`, { headers: AUTH })).status).toBe(200);
	});
});

// ---- the engine over every entry -------------------------------------------------------------

const P = SEED_IDS.projects;
const TK = SEED_IDS.tasks;
const C = SEED_IDS.companies;
const A = SEED_IDS.activities;
/** The harness's virtual clock starts here; the seed's "today". */
const ANCHOR = Date.UTC(2026, 0, 5, 9, 0, 0);
const at = (options: SimulatorOptions = {}): MocoSimulator => new MocoSimulator({ now: () => ANCHOR, ...options });
const ids = (sim: MocoSimulator, path: string): number[] => call(sim, 'GET', path).data.map((r: { id: number }) => r.id);
const as = (userId: number) => ({ ...AUTH, 'x-impersonate-user-id': String(userId) });

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

describe('projects and tasks', () => {
	const base = { name: 'Intranet', currency: 'EUR', start_date: '2026-02-01', finish_date: '2026-06-30', fixed_price: false, retainer: false, leader_id: U.zoe, customer_id: C.hafenlicht };

	it('create requires MOCO’s fields, assigns an identifier, maps leader/customer', () => {
		const sim = at();
		expect(Object.keys(call(sim, 'POST', '/projects', {}).data).sort()).toEqual(
			['currency', 'customer_id', 'finish_date', 'fixed_price', 'leader_id', 'name', 'retainer', 'start_date'],
		);
		const created = call(sim, 'POST', '/projects', { ...base, tags: ['Intern'] }).data;
		expect(created).toMatchObject({ identifier: 'P-2026-001', leader: { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' }, customer: { id: C.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, tasks: [], active: true });
		expect(call(sim, 'POST', '/projects', { ...base, identifier: 'P-2024-001' }).data).toEqual({ identifier: ['has already been taken'] });
	});

	it('retainer rules: start on the 1st, finish on a month’s last day, monthly budget', () => {
		const sim = at();
		expect(call(sim, 'POST', '/projects', { ...base, retainer: true, start_date: '2026-02-02', finish_date: '2026-06-29' }).data).toEqual({
			start_date: ['must be the first day of a month'],
			finish_date: ['must be the last day of a month'],
			budget_monthly: ["can't be blank"],
		});
		expect(call(sim, 'POST', '/projects', { ...base, retainer: true, budget_monthly: 900 }).status).toBe(200);
		expect(call(sim, 'PUT', `/projects/${P.retainer}`, { finish_date: '2026-12-30' }).data).toEqual({ finish_date: ['must be the last day of a month'] });
	});

	it('PUT is partial; currency cannot be changed', () => {
		const sim = at();
		const before = call(sim, 'GET', `/projects/${P.festpreis}`).data;
		const after = call(sim, 'PUT', `/projects/${P.festpreis}`, { budget: 20000 }).data;
		expect(after).toEqual({ ...before, budget: 20000, updated_at: after.updated_at });
		expect(after.fixed_price).toBe(true);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}`, { currency: 'CHF' }).data).toEqual({ currency: ['cannot be changed'] });
		expect(call(sim, 'PUT', `/projects/${P.festpreis}`, { currency: 'EUR' }).status).toBe(200);
	});

	it('filters, archive/unarchive, include_company', () => {
		const sim = at();
		expect(ids(sim, '/projects')).not.toContain(P.messe);
		expect(ids(sim, '/projects?include_archived=true')).toContain(P.messe);
		expect(ids(sim, `/projects?company_id=${C.hafenlicht}`)).toEqual([P.relaunch, P.festpreis]);
		expect(ids(sim, `/projects?leader_id=${U.juergen}`)).toEqual([P.relaunch, P.retainer]); // co-leader counts
		expect(ids(sim, '/projects?identifier=P-2024-002,P-2024-003')).toEqual([P.retainer, P.festpreis]);
		expect(ids(sim, '/projects?retainer=true')).toEqual([P.retainer]);
		expect(ids(sim, '/projects?term=nordwind')).toEqual([P.retainer]);
		expect(ids(sim, '/projects?tags=app')).toEqual([P.festpreis]);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}/archive`).data.active).toBe(false);
		expect(ids(sim, '/projects')).not.toContain(P.festpreis);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}/unarchive`).data.active).toBe(true);
		expect(call(sim, 'GET', '/projects?include_company=true').data[0].customer).toMatchObject({ id: C.hafenlicht, type: 'customer', currency: 'EUR' });
	});

	it('report, assigned (with tasks), share; DELETE refused while activities exist', () => {
		const sim = at();
		const report = call(sim, 'GET', `/projects/${P.retainer}/report`).data;
		expect(report).toMatchObject({ currency: 'CHF', hours_total: 1, hours_billable: 1, costs_by_task: [{ id: TK.retainerSeo, hours_total: 0 }, { id: TK.retainerReporting, hours_total: 1 }] });
		const mine = call(sim, 'GET', '/projects/assigned', undefined, as(U.zoe)).data;
		expect(mine.map((p: { id: number }) => p.id)).toEqual([P.relaunch, P.festpreis]);
		expect(mine[0].tasks[0]).toEqual({ id: TK.relaunchKonzept, name: 'Konzeption', active: true, billable: true });
		expect(call(sim, 'PUT', `/projects/${P.relaunch}/share`).data).toEqual({ id: P.relaunch, active: true, url: expect.stringContaining('customer_report') });
		expect(call(sim, 'PUT', `/projects/${P.relaunch}/disable_share`).data).toEqual({ id: P.relaunch, active: false, url: null });
		expect(call(sim, 'DELETE', `/projects/${P.relaunch}`).data).toEqual({ message: 'The project cannot be deleted because it has activities.' });
		expect(call(sim, 'DELETE', `/projects/${P.messe}`).status).toBe(204);
	});

	it('tasks live under their project; tracked tasks cannot be deleted', () => {
		const sim = at();
		expect(ids(sim, `/projects/${P.retainer}/tasks`)).toEqual([TK.retainerSeo, TK.retainerReporting]);
		expect(call(sim, 'GET', `/projects/${P.retainer}/tasks/${TK.relaunchDesign}`).status).toBe(404);
		expect(call(sim, 'GET', '/projects/1/tasks').status).toBe(404);
		expect(call(sim, 'POST', `/projects/${P.retainer}/tasks`, {}).data).toEqual({ name: ["can't be blank"] });
		expect(call(sim, 'POST', `/projects/${P.retainer}/tasks`, { name: 'Reporting' }).data).toEqual({ name: ['has already been taken'] });
		const created = call(sim, 'POST', `/projects/${P.retainer}/tasks`, { name: 'Linkaufbau', billable: false }).data;
		expect(created).toMatchObject({ name: 'Linkaufbau', billable: false, active: true, revenue_category: null });
		expect(call(sim, 'GET', `/projects/${P.retainer}`).data.tasks.map((t: { name: string }) => t.name)).toContain('Linkaufbau');
		expect(call(sim, 'DELETE', `/projects/${P.retainer}/tasks/${TK.retainerReporting}`).data).toEqual({ message: 'The task cannot be deleted because hours are tracked on it.' });
		expect(call(sim, 'DELETE', `/projects/${P.retainer}/tasks/destroy_all`).status).toBe(204);
		expect(ids(sim, `/projects/${P.retainer}/tasks`)).toEqual([TK.retainerReporting]);
	});
});

describe('companies', () => {
	it('customers need a currency and get an identifier; suppliers need neither', () => {
		const sim = at();
		expect(call(sim, 'POST', '/companies', { name: 'Kunde', type: 'customer' }).data).toEqual({ currency: ["can't be blank"] });
		expect(call(sim, 'POST', '/companies', { name: 'Kunde', type: 'partner', currency: 'EUR' }).data).toEqual({ type: ['is not included in the list'] });
		const customer = call(sim, 'POST', '/companies', { name: 'Kunde', type: 'customer', currency: 'EUR', user_id: U.anais }).data;
		expect(customer).toMatchObject({ identifier: 'K-1003', user: { id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' }, projects: [] });
		const supplier = call(sim, 'POST', '/companies', { name: 'Lieferant', type: 'supplier', iban: 'CH3908704016075473007' }).data;
		expect(supplier).toMatchObject({ type: 'supplier', iban: 'CH3908704016075473007' });
		expect(supplier).not.toHaveProperty('customer_vat');
		expect(customer).not.toHaveProperty('iban');
	});

	it('filters, archive, and no delete while projects exist', () => {
		const sim = at();
		expect(ids(sim, '/companies?type=supplier')).toEqual([C.druckerei]);
		expect(ids(sim, '/companies?term=café')).toEqual([C.nordwind]);
		expect(ids(sim, '/companies?identifier=K-1001')).toEqual([C.hafenlicht]);
		expect(ids(sim, '/companies?type=customer&custom_properties[Branche]=Logistik')).toEqual([C.hafenlicht]);
		expect(ids(sim, '/companies?custom_properties[Branche]=Logistik')).toEqual([]);
		expect(call(sim, 'GET', `/companies/${C.hafenlicht}`).data.projects.map((p: { id: number }) => p.id)).toEqual([P.relaunch, P.festpreis]);
		expect(call(sim, 'PUT', `/companies/${C.verband}/archive`).data).toMatchObject({ active: false, archived_on: '2026-01-05' });
		expect(ids(sim, '/companies')).not.toContain(C.verband);
		expect(call(sim, 'PUT', `/companies/${C.verband}/unarchive`).data).toMatchObject({ active: true, archived_on: null });
		expect(call(sim, 'DELETE', `/companies/${C.nordwind}`).data).toEqual({ message: 'The company cannot be deleted because it has projects.' });
		expect(call(sim, 'DELETE', `/companies/${C.verband}`).status).toBe(204);
	});
});

describe('contacts, deals, deal categories, comments', () => {
	const K = SEED_IDS.contacts;
	const D = SEED_IDS.deals;
	const DC = SEED_IDS.dealCategories;

	it('contacts: lastname and gender required, company ref, list without info, term and phone filters', () => {
		const sim = at();
		expect(call(sim, 'POST', '/contacts/people', { firstname: 'Ida' }).data).toEqual({ lastname: ["can't be blank"], gender: ["can't be blank"] });
		expect(call(sim, 'POST', '/contacts/people', { lastname: 'Berg', gender: 'W' }).data).toEqual({ gender: ['is not included in the list'] });
		const ida = call(sim, 'POST', '/contacts/people', { firstname: 'Ida', lastname: 'Berg', gender: 'F', company_id: C.nordwind, info: 'VIP' }).data;
		expect(ida).toMatchObject({ company: { id: C.nordwind, type: 'customer', name: 'Nordwind Café AG' }, info: 'VIP', tags: [] });
		expect(ida).not.toHaveProperty('user');
		expect(sim.find('contacts', ida.id)?.user).toEqual({ id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' });
		expect(call(sim, 'PUT', `/contacts/people/${ida.id}`, { job_position: 'CEO' }).data).toEqual({ ...ida, job_position: 'CEO' });
		const list = call(sim, 'GET', '/contacts/people').data;
		expect(list[0]).not.toHaveProperty('info');
		expect(ids(sim, '/contacts/people?term=nordwind')).toEqual([K.luca, ida.id]);
		expect(ids(sim, '/contacts/people?phone=79%20826')).toEqual([K.luca]);
		expect(ids(sim, '/contacts/people?tags=weihnachtskarte')).toEqual([K.luca]);
	});

	it('deals: required fields, refs to user/category/company/person, service period rules, filters', () => {
		const sim = at();
		expect(Object.keys(call(sim, 'POST', '/deals', {}).data).sort()).toEqual(['currency', 'deal_category_id', 'money', 'name', 'reminder_date', 'user_id']);
		const base = { name: 'Newsletter', currency: 'EUR', money: 4200, reminder_date: '2026-02-01', user_id: U.anais, deal_category_id: DC.kontakt };
		expect(call(sim, 'POST', '/deals', { ...base, service_period_from: '2026-02-02', service_period_to: '2026-02-27' }).data).toEqual({
			service_period_from: ['must be the first day of a month'],
			service_period_to: ['must be the last day of a month'],
		});
		expect(call(sim, 'POST', '/deals', { ...base, deal_category_id: 1 }).data).toEqual({ category: ['must exist'] });
		const deal = call(sim, 'POST', '/deals', { ...base, company_id: C.nordwind, person_id: K.luca }).data;
		expect(deal).toMatchObject({
			status: 'pending', money: 4200, user: { id: U.anais, firstname: 'Anaïs' }, category: { id: DC.kontakt, name: 'Erstkontakt', probability: 10 },
			company: { id: C.nordwind, name: 'Nordwind Café AG', type: 'customer' }, person: { id: K.luca, name: 'Luca Bernasconi' },
			inbox_email_address: expect.stringMatching(/^lead-newsletter-\d+@inbox\.mocoapp\.com$/),
		});
		expect(ids(sim, '/deals?status=won,lost')).toEqual([D.relaunch, D.messe]);
		expect(ids(sim, '/deals?closed_from=2025-10-01')).toEqual([D.messe]);
		expect(ids(sim, '/deals?closed_to=2025-10-01')).toEqual([D.relaunch]);
		expect(ids(sim, `/deals?company_id=${C.hafenlicht}`)).toEqual([D.relaunch, D.app]);
		expect(call(sim, 'GET', `/projects/${P.relaunch}`).data.deal).toEqual({ id: D.relaunch, name: 'Relaunch hafenlicht.example' });
	});

	it('deal categories: probability 0..100, no delete while deals use one', () => {
		const sim = at();
		expect(call(sim, 'POST', '/deal_categories', { name: 'Abschluss', probability: 120 }).data).toEqual({ probability: ['must be between 0 and 100'] });
		const created = call(sim, 'POST', '/deal_categories', { name: 'Abschluss', probability: 95 }).data;
		expect(created).toEqual({ id: expect.any(Number), name: 'Abschluss', probability: 95, created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z' });
		expect(call(sim, 'DELETE', `/deal_categories/${DC.angebot}`).data).toEqual({ message: 'The category cannot be deleted because deals are assigned to it.' });
		expect(call(sim, 'DELETE', `/deal_categories/${created.id}`).status).toBe(204);
	});

	it('comments: commentable must exist, HTML is cleaned, impersonating_user only when impersonated, bulk, generated ones stay', () => {
		const sim = at();
		expect(call(sim, 'POST', '/comments', { commentable_type: 'Project', commentable_id: 1, text: 'x' }).data).toEqual({ commentable: ['must exist'] });
		const own = call(sim, 'POST', '/comments', { commentable_type: 'Project', commentable_id: P.retainer, text: '<div onclick="x()">Hi <script>alert(1)</script><b>du</b></div>' }).data;
		expect(own).toMatchObject({ text: '<div>Hi alert(1)du</div>', manual: true, user: { id: U.juergen } });
		expect(own).not.toHaveProperty('impersonating_user');
		const forZoe = call(sim, 'POST', '/comments', { commentable_type: 'Deal', commentable_id: D.app, text: 'Angebot raus' }, as(U.zoe)).data;
		expect(forZoe).toMatchObject({ user: { id: U.zoe }, impersonating_user: { id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' } });
		const bulk = call(sim, 'POST', '/comments/bulk', { commentable_type: 'Contact', commentable_ids: [K.fenja, K.luca], text: 'Newsletter 2026/01' }).data;
		expect(bulk.map((c: { commentable_id: number }) => c.commentable_id)).toEqual([K.fenja, K.luca]);
		expect(ids(sim, `/comments?commentable_type=Contact`)).toEqual(bulk.map((c: { id: number }) => c.id));
		expect(ids(sim, '/comments?manual=false')).toEqual([SEED_IDS.comments.automatisch]);
		expect(call(sim, 'DELETE', `/comments/${SEED_IDS.comments.automatisch}`).status).toBe(422);
		expect(call(sim, 'DELETE', `/comments/${own.id}`).status).toBe(204);
	});
});

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

describe.each(RESOURCES.map((entry) => [entry.name, entry] as const))('every entry: %s', (_name, entry) => {
	const ops = new Set(entry.ops ?? ['list', 'get', 'create', 'update', 'delete']);
	const pathOf = (sim: MocoSimulator): string => {
		const parent = entry.parentKey ? String(sim.records(entry.name)[0][entry.parentKey]) : '';
		return entry.path.replace(/:\w+/, parent);
	};
	const query = entry.name === 'users' || entry.name === 'projects' || entry.name === 'companies' ? '?include_archived=true' : '';

	// An entry of actions only (taggings) has no list of its own.
	if (ops.has('list')) it('is seeded, and Return All over 2-record pages finds every record in both link styles', () => {
		for (const linkKeepsQuery of [true, false]) {
			const sim = at({ pageSize: 2, linkKeepsQuery });
			const path = pathOf(sim);
			const all = ids(at(), `${path}${query}`);
			expect(all.length).toBeGreaterThan(0);
			const seen: number[] = [];
			let next: string | undefined = `${BASE}${path}${query}`;
			while (next) {
				const res = call(sim, 'GET', next);
				expect(res.status).toBe(200);
				expect(res.data.length).toBeLessThanOrEqual(2);
				seen.push(...res.data.map((r: { id: number }) => r.id));
				const link = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1];
				// With bare links the client adds its own parameters back, as the node must.
				next = link && !linkKeepsQuery && query ? `${link}&${query.slice(1)}` : link;
			}
			expect(seen).toEqual(all);
		}
	});

	if (ops.has('get')) it('GET /{id} answers each record; other ids are 404', () => {
		const sim = at();
		const path = pathOf(sim);
		const record = sim.records(entry.name)[0];
		expect(call(sim, 'GET', `${path}/${record.id}`).data).toEqual(sim.serialize(entry.name, record));
		for (const hidden of entry.hidden ?? []) expect(call(sim, 'GET', `${path}/${record.id}`).data).not.toHaveProperty(hidden);
		expect(call(sim, 'GET', `${path}/1`).status).toBe(404);
		expect(call(sim, 'GET', `${path}/x1`).status).toBe(404);
	});

	if (ops.has('create')) it("POST {} is a 422 field map naming every required field, and stores nothing", () => {
		const sim = at();
		const before = sim.records(entry.name).length;
		const res = call(sim, 'POST', pathOf(sim), {});
		expect(res.status).toBe(422);
		const required = Object.entries(entry.fields).filter(([, spec]) => spec.required).map(([field]) => field);
		expect(Object.keys(res.data)).toEqual(expect.arrayContaining(required));
		for (const messages of Object.values(res.data)) expect(messages).toEqual([expect.any(String)]);
		expect(sim.records(entry.name)).toHaveLength(before);
	});

	// Read back by GET: an entry without a GET of one record (purchase budgets) has its own tests.
	if (ops.has('update') && ops.has('get')) it('PUT with no fields changes nothing; PUT of one field changes only that field', () => {
		const sim = at();
		const path = pathOf(sim);
		const record = sim.records(entry.name).find((r) => !entry.guardUpdate?.(r, { sim, userId: U.juergen, keyUserId: U.juergen }))!;
		const before = call(sim, 'GET', `${path}/${record.id}`).data;
		expect(call(sim, 'PUT', `${path}/${record.id}`, {}).data).toEqual(before);
		// A free text field: a currency is a code MOCO checks, not free text.
		const [field, spec] = Object.entries(entry.fields).find(([name, s]) => s.kind === 'text' && s.read !== false && !s.immutable && name !== 'currency') ?? [];
		if (!field || !spec) return;
		const after = call(sim, 'PUT', `${path}/${record.id}`, { [field]: 'Geändert' }).data;
		expect(after).toEqual({ ...before, [spec.read || field]: 'Geändert', updated_at: '2026-01-05T09:00:00Z' });
	});
});
