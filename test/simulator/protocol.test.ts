import { AUTH, BASE, T, U, call, make } from './testClient';

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
