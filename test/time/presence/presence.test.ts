import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'presence', operation, ...parameters }, ...options });

const existing = (body: IDataObject = {}) => mocoSend(sim(), 'POST', '/users/presences', { date: '2026-02-02', from: '08:00', to: '12:00', ...body });

describe('Presence > Create', () => {
	test('date and times (HH:MM, a single-digit hour padded), home office: the exact request and MOCO’s record', async () => {
		const result = await run('create', { date: '2026-02-10T00:00:00', from: '8:30', additionalFields: { to: '17:15', isHomeOffice: true } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/users/presences',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { date: '2026-02-10', from: '08:30', to: '17:15', is_home_office: true },
			},
		]);
		expect(sim().requests[0].headers['x-impersonate-user-id']).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/presences/${String(result.items[0].json.id)}`)]);
	});

	test('On Behalf Of a user given by email: X-IMPERSONATE-USER-ID on that request only, not in the body', async () => {
		const zoe = mocoGet(sim(), `/users/${U.zoe}`);
		const result = await run('create', { date: '2026-02-10', from: '09:00', additionalFields: { onBehalfOf: pick.by('email', String(zoe.email)) } });

		expect(result.error).toBeUndefined();
		const lookup = sim().requests[0];
		const post = sim().requests[1];
		expect(lookup.headers['x-impersonate-user-id']).toBeUndefined();
		expect(post.headers['x-impersonate-user-id']).toBe(String(U.zoe));
		expect(post.json).toEqual({ date: '2026-02-10', from: '09:00' });
		expect(result.items[0].json).toMatchObject({ user: { id: U.zoe } });
	});

	test.each([
		['From 25:00', { from: '25:00' }, 'From must be a time of day like 08:30, not "25:00" (item 0)'],
		['From 8.30', { from: '8.30' }, 'From must be a time of day like 08:30, not "8.30" (item 0)'],
		['To 12:60', { from: '08:00', additionalFields: { to: '12:60' } }, 'To must be a time of day like 08:30, not "12:60" (item 0)'],
		['no From (an empty expression)', { from: '={{ $json.none }}' }, 'From is required to create a presence (item 0)'],
	])('%s: refused in words, nothing sent', async (_label, parameters, message) => {
		const result = await run('create', { date: '2026-02-10', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Presence > Get, Update, Delete', () => {
	test('Get: MOCO’s record as it is', async () => {
		const presence = existing();

		const result = await run('get', { presenceId: pick.id(presence.id as number) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/users/presences/${String(presence.id)}`]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/presences/${String(presence.id)}`));
	});

	test.each([
		['To', { to: '13:45' }, { to: '13:45' }],
		['From', { from: '07:05' }, { from: '07:05' }],
		['Date', { date: '2026-02-03T00:00:00' }, { date: '2026-02-03' }],
		['Home Office off', { isHomeOffice: false }, { is_home_office: false }],
	])('Update %s alone: exactly that field (peer lesson 4)', async (_label, updateFields, body) => {
		const presence = existing();

		const result = await run('update', { presenceId: pick.id(presence.id as number), updateFields });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([['PUT', `/api/v1/users/presences/${String(presence.id)}`, body]]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/presences/${String(presence.id)}`));
	});

	test('Delete: {deleted: true}', async () => {
		const presence = existing();

		const result = await run('delete', { presenceId: pick.list(presence.id as number) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/users/presences/${String(presence.id)}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});
});

describe('Presence > Get Many', () => {
	test.each([
		['From alone', { from: '2026-02-01' }, 'Filters: To is needed as well: MOCO lists presences for a period only with both From and To (item 0)'],
		['To alone', { to: '2026-02-28' }, 'Filters: From is needed as well: MOCO lists presences for a period only with both From and To (item 0)'],
	])('%s: refused in plain words, nothing sent', async (_label, filters, message) => {
		const result = await run('getAll', { filters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('From and To, user and home office reach every page (peer lesson 3)', async () => {
		for (let day = 0; day < 210; day++) existing({ date: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10), is_home_office: true });
		const me = mocoGet(sim(), '/session');

		const result = await run('getAll', {
			returnAll: true,
			filters: { from: '2026-01-01', to: '2026-12-31', userId: pick.id(me.id as number), isHomeOffice: true },
		});

		expect(result.error).toBeUndefined();
		const query = `from=2026-01-01&to=2026-12-31&user_id=${String(me.id)}&is_home_office=true`;
		expect(requestLines(sim())).toEqual([
			`GET /api/v1/users/presences?${query}`,
			`GET /api/v1/users/presences?${query}&page=2`,
			`GET /api/v1/users/presences?${query}&page=3`,
		]);
		expect(result.items).toHaveLength(210);
	});
});
