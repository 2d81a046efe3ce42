import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'employment', operation, ...parameters }, ...options });

/** A 4-day week as people say it: Monday to Thursday 8 hours, Friday off. */
const fourDays = {
	mondayMorning: 4,
	mondayAfternoon: 4,
	tuesdayMorning: 4,
	tuesdayAfternoon: 4,
	wednesdayMorning: 4,
	wednesdayAfternoon: 4,
	thursdayMorning: 4.25,
	thursdayAfternoon: 3.75,
	fridayMorning: 0,
	fridayAfternoon: 0,
};

const existing = () =>
	mocoSend(sim(), 'POST', '/users/employments', { user_id: U.zoe, from: '2026-01-01', pattern: { am: [4, 4, 4, 4, 4], pm: [4, 4, 4, 4, 0] } });

describe('Employment: the week entered per half-day, sent as MOCO’s pattern', () => {
	test('Create: hours per morning and afternoon become pattern {am, pm}, Monday first', async () => {
		const result = await run('create', { userId: pick.id(U.zoe), ...fourDays, additionalFields: { from: '2026-03-01T00:00:00', to: '2026-12-31' } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/users/employments',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { user_id: U.zoe, pattern: { am: [4, 4, 4, 4.25, 0], pm: [4, 4, 4, 3.75, 0] }, from: '2026-03-01', to: '2026-12-31' },
			},
		]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/employments/${String(result.items[0].json.id)}`));
		expect(result.items[0].json).toMatchObject({ weekly_target_hours: 32 });
	});

	test('Create with the form’s defaults: a 40-hour week', async () => {
		const result = await run('create', { userId: pick.id(U.zoe) });

		expect(result.error).toBeUndefined();
		expect(sim().requests[0].json).toEqual({ user_id: U.zoe, pattern: { am: [4, 4, 4, 4, 4], pm: [4, 4, 4, 4, 4] } });
	});

	test('a half-day above 24 hours or below 0: refused, nothing sent', async () => {
		const result = await run('create', { userId: pick.id(U.zoe), ...fourDays, fridayMorning: -2 });

		expect(result.error?.message).toBe('Friday Morning must be a number from 0 to 24, not -2 (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update Friday Afternoon alone: the other nine half-days keep their hours, read first, then one PUT (peer lesson 4)', async () => {
		const employment = existing();
		const path = `/api/v1/users/employments/${String(employment.id)}`;

		const result = await run('update', { employmentId: pick.id(employment.id as number), updateFields: { fridayAfternoon: 2 } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
			['GET', path, undefined],
			['PUT', path, { pattern: { am: [4, 4, 4, 4, 4], pm: [4, 4, 4, 4, 2] } }],
		]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/employments/${String(employment.id)}`));
	});

	test('Update the whole week or only To: no read first', async () => {
		const employment = existing();
		const path = `/api/v1/users/employments/${String(employment.id)}`;

		await run('update', { employmentId: pick.id(employment.id as number), updateFields: fourDays });
		await run('update', { employmentId: pick.id(employment.id as number), updateFields: { to: '2026-06-30' } });

		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
			['PUT', path, { pattern: { am: [4, 4, 4, 4.25, 0], pm: [4, 4, 4, 3.75, 0] } }],
			['PUT', path, { to: '2026-06-30' }],
		]);
	});

	test('Get Many: To without From is refused; From and user reach MOCO', async () => {
		const refused = await run('getAll', { filters: { to: '2026-12-31' } });
		expect(refused.error?.message).toBe('Filters: From is needed as well: MOCO takes To only together with From (From alone lists the open-ended ones too) (item 0)');
		expect(sim().requests).toEqual([]);

		const result = await run('getAll', { filters: { from: '2026-01-01', userId: pick.id(U.zoe) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`GET /api/v1/users/employments?from=2026-01-01&user_id=${U.zoe}`]);
	});

	test('Delete: {deleted: true}', async () => {
		const employment = existing();

		const result = await run('delete', { employmentId: pick.id(employment.id as number) });

		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});
});

test('README example "Renée now works Friday afternoons"', async () => {
	const result = await run('update', { employmentId: pick.id(982237004), updateFields: { fridayAfternoon: 4.25 } });

	expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
		['GET', '/api/v1/users/employments/982237004', undefined],
		['PUT', '/api/v1/users/employments/982237004', { pattern: { am: [0, 4.25, 4.25, 4.25, 4.25], pm: [0, 4.25, 4.25, 4.25, 4.25] } }],
	]);
	expect(result.items[0].json).toMatchObject({ id: 982237004, weekly_target_hours: 34 });
});
