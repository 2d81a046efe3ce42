import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'workTimeAdjustment', operation, ...parameters }, ...options });

describe('Work Time Adjustment', () => {
	test('Create: negative hours take time from the balance; the exact request and MOCO’s record', async () => {
		const result = await run('create', { userId: pick.id(U.juergen), date: '2026-01-01T00:00:00', description: 'Überstunden 2025 ausbezahlt', hours: -12.5 });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/users/work_time_adjustments',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { user_id: U.juergen, date: '2026-01-01', description: 'Überstunden 2025 ausbezahlt', hours: -12.5 },
			},
		]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/users/work_time_adjustments/${String(result.items[0].json.id)}`));
	});

	test('Create without a description: refused, nothing sent', async () => {
		const result = await run('create', { userId: pick.id(U.juergen), date: '2026-01-01', description: ' ', hours: 3 });

		expect(result.error?.message).toBe('Description is required to create a work time adjustment (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update Description alone, Get, Delete', async () => {
		const adjustment = mocoSend(sim(), 'POST', '/users/work_time_adjustments', { user_id: U.zoe, date: '2026-01-01', description: 'Übertrag', hours: 8 });
		const path = `/api/v1/users/work_time_adjustments/${String(adjustment.id)}`;

		const updated = await run('update', { workTimeAdjustmentId: pick.id(adjustment.id as number), updateFields: { description: 'Übertrag 2025' } });
		const got = await run('get', { workTimeAdjustmentId: pick.id(adjustment.id as number) });
		const deleted = await run('delete', { workTimeAdjustmentId: pick.id(adjustment.id as number) });

		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
			['PUT', path, { description: 'Übertrag 2025' }],
			['GET', path, undefined],
			['DELETE', path, undefined],
		]);
		expect(got.items[0].json).toEqual(updated.items[0].json);
		expect(got.items[0].json).toMatchObject({ description: 'Übertrag 2025', hours: 8 });
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('Update does not offer User (MOCO takes user_id on create only): a value a saved workflow holds is not sent', async () => {
		const adjustment = mocoSend(sim(), 'POST', '/users/work_time_adjustments', { user_id: U.zoe, date: '2026-01-01', description: 'Übertrag', hours: 8 });

		const result = await run('update', { workTimeAdjustmentId: pick.id(adjustment.id as number), updateFields: { hours: 6, userId: pick.id(U.juergen) } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([['PUT', `/api/v1/users/work_time_adjustments/${String(adjustment.id)}`, { hours: 6 }]]);
		expect(result.items[0].json).toMatchObject({ hours: 6, user: { id: U.zoe } });
	});

	test('Get Many: from, to and user reach MOCO', async () => {
		const result = await run('getAll', { filters: { from: '2026-01-01', to: '2026-01-31', userId: pick.id(U.zoe) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`GET /api/v1/users/work_time_adjustments?from=2026-01-01&to=2026-01-31&user_id=${U.zoe}`]);
	});
});

test('README example "pay out overtime"', async () => {
	const result = await run('create', { userId: pick.by('email', 'lukasz.nowak@acme.example'), date: '2026-01-31', description: 'Überstunden ausbezahlt', hours: -10 });

	expect(sim().requests[1].json).toEqual({ date: '2026-01-31', description: 'Überstunden ausbezahlt', hours: -10, user_id: U.lukasz });
	expect(result.items[0].json).toMatchObject({ id: 1972003, hours: -10, user: { id: U.lukasz, firstname: 'Łukasz', lastname: 'Nowak' } });
});
