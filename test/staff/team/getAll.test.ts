import { mocoGet, useSimulator } from '../../harness';
import { calls } from '../user/fixtures';
import { runTeam } from './fixtures';

const sim = useSimulator();

describe('Team > Get Many', () => {
	test('the seeded teams with their users, one request', async () => {
		const result = await runTeam('getAll');

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/units']);
		expect(result.items.map((item) => item.json)).toEqual(sim().units.map((unit) => mocoGet(sim(), `/units/${unit.id}`)));
	});

	test('Return All over three pages: three requests', async () => {
		sim().addUnits(245);

		const result = await runTeam('getAll', { returnAll: true });

		expect(result.items).toHaveLength(250);
		expect(calls(sim())).toEqual(['GET /api/v1/units', 'GET /api/v1/units?page=2', 'GET /api/v1/units?page=3']);
	});

	test.each([
		[100, 1],
		[120, 2],
	])('Limit %i: that many, %i request(s)', async (limit, requests) => {
		sim().addUnits(245);

		const result = await runTeam('getAll', { limit });

		expect(result.items).toHaveLength(limit);
		expect(calls(sim())).toHaveLength(requests);
	});
});
