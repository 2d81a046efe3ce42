import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, simplified } from './fixtures';

const sim = useSimulator();
const U = SEED_IDS.users;

function getMany(parameters: INodeParameters, items?: IDataObject[]) {
	return runNode({ parameters: { resource: 'user', operation: 'getAll', ...parameters }, items });
}

const ids = (result: Awaited<ReturnType<typeof getMany>>) => result.items.map((item) => item.json.id);

describe('User > Get Many: Return All and Limit', () => {
	test('default limit 50 from the active users, simplified, one request', async () => {
		const result = await getMany({});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/users']);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual(
			[U.juergen, U.zoe, U.lukasz, U.anais, U.renee].map((id) => simplified(sim(), id)),
		);
	});

	test('Return All over three pages: every user, three requests, none after the last page', async () => {
		sim().addUsers(244); // 249 active + Sören deactivated

		const result = await getMany({ returnAll: true, simplify: false });

		expect(result.items).toHaveLength(249);
		expect(new Set(ids(result)).size).toBe(249);
		expect(calls(sim())).toEqual(['GET /api/v1/users', 'GET /api/v1/users?page=2', 'GET /api/v1/users?page=3']);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/${U.juergen}`));
	});

	test('exactly 200: two requests, no empty third page', async () => {
		sim().addUsers(195);

		const result = await getMany({ returnAll: true });

		expect(result.items).toHaveLength(200);
		expect(calls(sim())).toHaveLength(2);
	});

	test.each([
		[100, 1],
		[101, 2],
		[150, 2],
		[200, 2],
		[201, 3],
	])('Limit %i over 250 users: exactly that many, %i request(s)', async (limit, requests) => {
		sim().addUsers(245);

		const result = await getMany({ limit });

		expect(result.items).toHaveLength(limit);
		expect(calls(sim())).toHaveLength(requests);
	});

	test('a limit from an expression that is not a number: refused, nothing sent', async () => {
		const result = await getMany({ limit: '={{ "viele" }}' });

		expect(result.error?.message).toBe('Limit must be a positive whole number, not "viele" (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});

describe('User > Get Many: filters (sent to MOCO, Return All on or off)', () => {
	test.each([true, false])('every filter together, Return All %s', async (returnAll) => {
		sim().addUsers(150, { tags: ['Hamburg'] });

		const result = await getMany({
			returnAll,
			limit: 120,
			filters: {
				includeArchived: true,
				tags: ['Hamburg', 'Remote'],
				updatedAfter: '2020-01-01T12:00:00+02:00',
				sortBy: 'lastname',
				sortDirection: 'desc',
			},
			simplify: false,
		});

		expect(result.error).toBeUndefined();
		const query = 'include_archived=true&tags=Hamburg%2CRemote&updated_after=2020-01-01T10%3A00%3A00Z&sort_by=lastname%20desc';
		expect(calls(sim())[0]).toBe(`GET /api/v1/users?${query}`);
		expect(sim().requests.slice(1).map((r) => r.query)).toEqual([
			{ include_archived: 'true', page: '2', sort_by: 'lastname desc', tags: 'Hamburg,Remote', updated_after: '2020-01-01T10:00:00Z' },
		]);
		// 150 added + Jürgen, Zoë, Łukasz, Anaïs, Sören (deactivated, included)
		expect(result.items).toHaveLength(returnAll ? 155 : 120);
		const names = result.items.map((item) => String(item.json.lastname));
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'de')));
		expect(ids(result).includes(U.soeren)).toBe(returnAll);
	});

	test('email', async () => {
		const result = await getMany({ filters: { email: 'anais.dubois@acme.example' } });

		expect(calls(sim())).toEqual(['GET /api/v1/users?email=anais.dubois%40acme.example']);
		expect(ids(result)).toEqual([U.anais]);
	});

	test('IDs, typed with spaces', async () => {
		const result = await getMany({ filters: { ids: ` ${U.zoe}, ${U.renee} ` } });

		expect(calls(sim())).toEqual([`GET /api/v1/users?ids=${U.zoe}%2C${U.renee}`]);
		expect(ids(result)).toEqual([U.zoe, U.renee]);
	});

	test('sort by without a direction sorts ascending', async () => {
		const result = await getMany({ filters: { sortBy: 'firstname' } });

		expect(calls(sim())).toEqual(['GET /api/v1/users?sort_by=firstname']);
		expect(result.items.map((item) => item.json.firstname)).toEqual(['Anaïs', 'Jürgen', 'Łukasz', 'Renée', 'Zoë']);
	});

	test('no match is an empty result, not an error', async () => {
		const result = await getMany({ filters: { email: 'nobody@acme.example' } });

		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([]);
	});

	test.each([
		[{ ids: '12, abc' }, 'IDs must be positive whole numbers separated by commas; "abc" is not one (item 0)'],
		[{ email: 'nobody' }, 'Email must be an email address like name@example.com, not "nobody" (item 0)'],
		[{ updatedAfter: 'gestern' }, 'Updated After must be a date and time, not "gestern" (item 0)'],
		[{ sortDirection: 'desc' }, 'Sort Direction needs Sort By: choose the field to sort by as well (item 0)'],
		[{ sortBy: 'password' }, 'Sort By must be one of firstname, lastname, email, id, created_at, updated_at, not "password" (item 0)'],
	])('bad filter %j: refused, nothing sent', async (filters, message) => {
		const result = await getMany({ filters });

		expect(result.error?.message).toBe(message);
		expect(calls(sim())).toEqual([]);
	});
});
