import { SEED_IDS } from './index';
import { BASE, T, U, call, make } from './testClient';

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
