import { runNode, useSimulator } from '../../harness';
import { calls, userBy } from './fixtures';

/**
 * Updating N people named by email among U users costs at most N + ceil(U/100) + 2 requests:
 * the first two addresses are looked up through MOCO's email filter, from the third on the
 * whole user list is read once for the run. One item alone still costs 2.
 */
const sim = useSimulator();

function updateByEmail(emails: string[]) {
	return runNode({
		parameters: { resource: 'user', operation: 'update', userId: userBy.email('={{ $json.email }}'), updateFields: { info: '={{ $json.info }}' } },
		items: emails.map((email, index) => ({ email, info: `Sync ${index}` })),
		typeVersion: 1.1,
	});
}

describe('users By Email across a run', () => {
	test('one item: the filtered look-up, then the PUT', async () => {
		const result = await updateByEmail(['zoe.angstrom@acme.example']);

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toHaveLength(2);
		expect(calls(sim())[0]).toBe('GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true');
	});

	test('N = 30 people among U = 250 users: N + ceil(U/100) + 2 requests, every one updated as asked', async () => {
		const people = sim().addUsers(244); // 6 seeded + 244 = 250
		const chosen = people.slice(0, 30);

		const result = await updateByEmail(chosen.map((user) => user.email));

		expect(result.error).toBeUndefined();
		const sent = calls(sim());
		expect(sent).toHaveLength(30 + Math.ceil(250 / 100) + 2);
		expect(sent.filter((call) => call.startsWith('GET /api/v1/users?email='))).toHaveLength(2);
		expect(sent.filter((call) => /^GET \/api\/v1\/users\?include_archived=true(&page=\d)?$/.test(call))).toEqual([
			'GET /api/v1/users?include_archived=true',
			'GET /api/v1/users?include_archived=true&page=2',
			'GET /api/v1/users?include_archived=true&page=3',
		]);
		const puts = sim().requests.filter((request) => request.method === 'PUT');
		expect(puts.map((request) => request.path).sort()).toEqual(chosen.map((user) => `/api/v1/users/${user.id}`).sort());
		chosen.forEach((user, index) => {
			const put = puts.find((request) => request.path.endsWith(`/${user.id}`));
			expect(put?.json).toEqual({ info: `Sync ${index}` });
		});
		expect(result.items.map((item) => item.json.id)).toEqual(chosen.map((user) => user.id));
	});

	test('the same address on many items: one look-up for all of them', async () => {
		const result = await updateByEmail(Array(5).fill('zoe.angstrom@acme.example'));

		expect(result.error).toBeUndefined();
		expect(calls(sim()).filter((call) => call.startsWith('GET'))).toEqual(['GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true']);
	});
});
