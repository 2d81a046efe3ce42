import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, pick, requestSummary, runNode, useSimulator, virtualClock, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

// MOCO's clock for touch follows the harness's virtual one: the seeded Monday, 09:00 (Zoë clocked in at 08:30).
const sim = useSimulator({ now: () => virtualClock().now() });
const U = SEED_IDS.users;

const touch = (parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'presence', operation: 'touch', ...parameters }, ...options });

describe('Presence > Clock In or Out ("clock in from a webhook")', () => {
	test('nothing set: POST /users/presences/touch without a body, MOCO’s presence out', async () => {
		const result = await touch();

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/users/presences/touch',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: undefined,
			},
		]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/presences/${String(result.items[0].json.id)}`));
	});

	test('home office and an override time from the badge reader: sent as MOCO’s one "YYYY-MM-DD HH:MM", in the query as MOCO’s description has them', async () => {
		const result = await touch(
			{ isHomeOffice: true, overrideDate: '={{ $json.at.slice(0, 10) }}', overrideTime: '={{ $json.at.slice(11, 16) }}' },
			{ items: [{ at: '2026-01-05T07:45:00' }] },
		);

		expect(result.error).toBeUndefined();
		expect(sim().requests[0].query).toEqual({ is_home_office: 'true', override: '2026-01-05 07:45' });
		expect(sim().requests[0].json).toBeUndefined();
	});

	test('Home Office off is not sent, so clocking out never clears the day’s home office', async () => {
		await touch({ isHomeOffice: false });

		expect(sim().requests[0].query).toEqual({});
		expect(sim().requests[0].json).toBeUndefined();
	});

	test('On Behalf Of: X-IMPERSONATE-USER-ID for that request only', async () => {
		const result = await touch({ onBehalfOf: pick.id(U.juergen) });

		expect(result.error).toBeUndefined();
		expect(sim().requests[0].headers['x-impersonate-user-id']).toBe(String(U.juergen));
		expect(sim().requests[0].json).toBeUndefined();
	});

	test.each([
		[{ overrideDate: '2026-01-05' }, 'Override Time is needed as well: MOCO takes the override as one date and time (item 0)'],
		[{ overrideTime: '07:45' }, 'Override Date is needed as well: MOCO takes the override as one date and time (item 0)'],
		[{ overrideDate: '2026-01-05', overrideTime: '7.45' }, 'Override Time must be a time of day like 08:30, not "7.45" (item 0)'],
	])('%j: refused in words, nothing sent', async (parameters, message) => {
		const result = await touch(parameters);

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('Zoë, clocked in at 08:30, clocks out on her own badge: her open presence ends now (09:00)', async () => {
		const result = await touch({ onBehalfOf: pick.id(U.zoe) });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/presences/${SEED_IDS.presences.zoeHeute}`)]);
		expect(result.items[0].json).toMatchObject({ date: '2026-01-05', from: '08:30', to: '09:00' });
	});

	test('a clock conflict (a time inside a closed presence): MOCO’s 423 Locked reaches the user in words, the other items go on', async () => {
		const result = await touch(
			{ onBehalfOf: pick.id(U.lukasz), overrideDate: '={{ $json.day }}', overrideTime: '10:00' },
			{ items: [{ day: '2026-01-02' }, { day: '2026-01-10' }], continueOnFail: true },
		);

		expect(result.items[0].json.error).toBe('MOCO refused: this conflicts with a record it already has (Locked) (423): The presence conflicts with an existing presence.');
		expect(result.items[1].json).toMatchObject({ date: '2026-01-10', from: '10:00', to: null, user: { id: U.lukasz } });
	});
});

test('README example "clock in from a webhook": the badge’s email and time end Zoë’s open presence at 17:30', async () => {
	const result = await touch(
		{ onBehalfOf: pick.by('email', '={{ $json.email }}'), overrideDate: '={{ $json.at.slice(0, 10) }}', overrideTime: '={{ $json.at.slice(11, 16) }}' },
		{ items: [{ email: 'zoe.angstrom@acme.example', at: '2026-01-05T17:30' }] },
	);

	expect(sim().requests.map((request) => [request.method, request.url, request.json, request.headers['x-impersonate-user-id']])).toEqual([
		['GET', '/api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', undefined, undefined],
		['POST', '/api/v1/users/presences/touch?override=2026-01-05%2017%3A30', undefined, String(U.zoe)],
	]);
	expect(result.items[0].json).toMatchObject({ id: 14400001, date: '2026-01-05', from: '08:30', to: '17:30', is_home_office: false, user: { id: U.zoe } });
});
