import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'holiday', operation, ...parameters }, ...options });

const existing = () => mocoSend(sim(), 'POST', '/users/holidays', { user_id: U.zoe, year: 2026, title: 'Urlaubsanspruch', days: 30 });

describe('Holiday', () => {
	test('Create: user by email, year, title, days, creator: the exact request and MOCO’s record', async () => {
		const zoe = mocoGet(sim(), `/users/${U.zoe}`);
		const result = await run('create', {
			userId: pick.by('email', String(zoe.email)),
			year: 2027,
			title: 'Urlaubsanspruch 80%',
			days: 24,
			additionalFields: { creatorId: pick.id(U.juergen) },
		});

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests[sim().requests.length - 1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/users/holidays',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { user_id: U.zoe, year: 2027, title: 'Urlaubsanspruch 80%', days: 24, creator_id: U.juergen },
		});
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/holidays/${String(result.items[0].json.id)}`));
	});

	test.each([
		['half a year', { year: 2026.5 }, 'Year must be a whole number from 1900 to 2999, not 2026.5 (item 0)'],
		['negative days', { days: -1 }, 'Days must be a number of at least 0, not -1 (item 0)'],
		['no user from an expression', { userId: pick.id('={{ $json.none }}') }, 'User is required to create a holiday (item 0)'],
		['a user ID that is no number', { userId: pick.id('={{ "5/../x" }}') }, 'User ID must be a positive whole number, not "5/../x" (item 0)'],
	])('%s: refused in words, nothing sent', async (_label, parameters, message) => {
		const result = await run('create', { userId: pick.id(U.zoe), year: 2026, title: 'Urlaub', days: 30, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('Update Days alone, Get, Delete', async () => {
		const holiday = existing();
		const path = `/api/v1/users/holidays/${String(holiday.id)}`;

		const updated = await run('update', { holidayId: pick.id(holiday.id as number), updateFields: { days: 22 } });
		const got = await run('get', { holidayId: pick.list(holiday.id as number) });
		const deleted = await run('delete', { holidayId: pick.id(holiday.id as number) });

		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
			['PUT', path, { days: 22 }],
			['GET', path, undefined],
			['DELETE', path, undefined],
		]);
		expect(updated.items[0].json).toMatchObject({ id: holiday.id, days: 22 });
		expect(got.items[0].json).toEqual(updated.items[0].json);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('Get Many: year and user on every page (peer lesson 3)', async () => {
		for (let n = 0; n < 201; n++) mocoSend(sim(), 'POST', '/users/holidays', { user_id: U.zoe, year: 2026, title: `Anspruch ${n}`, days: 1 });

		const result = await run('getAll', { returnAll: true, filters: { year: 2026, userId: pick.id(U.zoe) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([
			`GET /api/v1/users/holidays?year=2026&user_id=${U.zoe}`,
			`GET /api/v1/users/holidays?year=2026&user_id=${U.zoe}&page=2`,
			`GET /api/v1/users/holidays?year=2026&user_id=${U.zoe}&page=3`,
		]);
		expect(result.items.length).toBeGreaterThanOrEqual(201);
	});
});

test('README example "a year’s holiday entitlement"', async () => {
	const result = await run('getAll', { filters: { year: 2026, userId: pick.by('email', 'renee.obrien@acme.example') } });

	expect(requestLines(sim())[1]).toBe(`GET /api/v1/users/holidays?year=2026&user_id=${U.renee}`);
	expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), '/users/holidays/12345004')]);
	expect(result.items[0].json).toMatchObject({ year: 2026, title: 'Urlaubsanspruch 80%', days: 20, hours: 160 });
});
