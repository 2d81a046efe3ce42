import { listSearch, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

const sim = useSimulator({ pageSize: 100 });
const calls = () => sim().requests.map((r) => `${r.method} ${r.url}`);
const U = SEED_IDS.users;

describe('User From list (searchUsers)', () => {
	test('no search text: the first page, deactivated users marked, one request', async () => {
		const { results, paginationToken } = await listSearch('searchUsers');

		expect(results).toEqual([
			{ name: 'Jürgen Müller (juergen.mueller@acme.example)', value: String(U.juergen) },
			{ name: 'Zoë Ångström (zoe.angstrom@acme.example)', value: String(U.zoe) },
			{ name: 'Łukasz Nowak (lukasz.nowak@acme.example)', value: String(U.lukasz) },
			{ name: 'Anaïs Dubois (anais.dubois@acme.example)', value: String(U.anais) },
			{ name: 'Sören Kjær (soeren.kjaer@acme.example), deactivated', value: String(U.soeren) },
			{ name: "Renée O'Brien-Šimić (renee.obrien@acme.example)", value: String(U.renee) },
		]);
		expect(paginationToken).toBeUndefined();
		expect(calls()).toEqual(['GET /api/v1/users?include_archived=true']);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
	});

	test('pages: one MOCO page per scroll, the token is the next page number', async () => {
		sim().addUsers(194); // 200 users: exactly two pages

		const first = await listSearch('searchUsers');
		const second = await listSearch('searchUsers', undefined, first.paginationToken);

		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('2');
		expect(second.results).toHaveLength(100);
		expect(second.paginationToken).toBeUndefined();
		expect(new Set([...first.results, ...second.results].map((r) => r.value)).size).toBe(200);
		expect(calls()).toEqual(['GET /api/v1/users?include_archived=true', 'GET /api/v1/users?include_archived=true&page=2']);
	});

	test('a full email is filtered by MOCO itself', async () => {
		const { results } = await listSearch('searchUsers', 'anais.dubois@acme.example');

		expect(results).toEqual([{ name: 'Anaïs Dubois (anais.dubois@acme.example)', value: String(U.anais) }]);
		expect(calls()).toEqual(['GET /api/v1/users?include_archived=true&email=anais.dubois%40acme.example']);
	});

	test('other text matches every word against name and email, ignoring case', async () => {
		const { results } = await listSearch('searchUsers', 'hamburg');
		expect(results).toEqual([]);

		const byName = await listSearch('searchUsers', 'renée o');
		expect(byName.results.map((r) => r.value)).toEqual([String(U.renee)]);
	});

	test('a search reads on until a page has a match, no further', async () => {
		sim().addUsers(250, { firstname: 'Test' });
		const target = sim().addUser({ firstname: 'Gesuchte', lastname: 'Person', email: 'gesucht@acme.example' });

		const { results, paginationToken } = await listSearch('searchUsers', 'gesuchte');

		expect(results).toEqual([{ name: 'Gesuchte Person (gesucht@acme.example)', value: String(target.id) }]);
		expect(paginationToken).toBeUndefined();
		expect(calls()).toHaveLength(3);
	});

	test('a search that matches nothing stops after five pages and offers the next', async () => {
		sim().addUsers(694); // 7 pages

		const { results, paginationToken } = await listSearch('searchUsers', 'nobody-like-this');

		expect(results).toEqual([]);
		expect(paginationToken).toBe('6');
		expect(calls()).toHaveLength(5);
	});

	test('a forged token cannot send the key elsewhere: it is only a page number', async () => {
		await listSearch('searchUsers', undefined, 'https://evil.example/steal');

		expect(sim().requests.map((r) => [r.host, r.url])).toEqual([['acme.mocoapp.com', '/api/v1/users?include_archived=true']]);
	});

	test("MOCO's refusal reaches the editor", async () => {
		await expect(listSearch('searchUsers', undefined, undefined, { subdomain: 'acme', apiKey: 'wrong' })).rejects.toThrow(
			'MOCO rejected the API key (401): Unauthorized: invalid API key',
		);
	});
});
