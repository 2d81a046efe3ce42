import { mocoGet, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, userBy } from './fixtures';

const sim = useSimulator();
const ZOE = SEED_IDS.users.zoe;

function report(options: Record<string, unknown> = {}, userId = userBy.id(ZOE)) {
	return runNode({ parameters: { resource: 'user', operation: 'getPerformanceReport', userId, options } as never });
}

describe('User > Get Performance Report', () => {
	test.each([{}, { year: '' }])('without a year (%j): MOCO reports on the current year', async (options) => {
		const result = await report(options);

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/users/${ZOE}/performance_report`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/${ZOE}/performance_report`)]);
	});

	test.each([2024, '2024', ' 2024 '])('for a given year (%j)', async (year) => {
		const result = await report({ year });

		expect(calls(sim())).toEqual([`GET /api/v1/users/${ZOE}/performance_report?year=2024`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/${ZOE}/performance_report?year=2024`)]);
		expect((result.items[0].json.annually as { year: number }).year).toBe(2024);
	});

	test('by email', async () => {
		await report({}, userBy.email('zoe.angstrom@acme.example'));

		expect(calls(sim())).toEqual([
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			`GET /api/v1/users/${ZOE}/performance_report`,
		]);
	});

	test.each([['last year', '"last year"'], ['={{ 24.5 }}', '24.5'], ['99', '"99"']])('year %s: refused, nothing sent', async (year, shown) => {
		const result = await report({ year });

		expect(result.error?.message).toBe(`Year must be a year like 2024, not ${shown} (item 0)`);
		expect(calls(sim())).toEqual([]);
	});
});
