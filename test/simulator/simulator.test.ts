import axios from 'axios';
import {
	FixedWindowRateLimiter,
	MocoSimulator,
	SEED_IDS,
	interceptMoco,
	isFaultSignal,
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
		data = res.body ? JSON.parse(res.body) : undefined;
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
