import { mocoGet, requestSummary, useSimulator, virtualClock } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

const ZOE = SEED_IDS.users.zoe;
// The key is Zoë's; the simulator's today is the harness's.
const sim = useSimulator({ keyUsers: { 'test-key': ZOE }, now: () => virtualClock().now() });
const runs = runOn('profile');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });

describe('Profile', () => {
	test('Get: the key’s own user, the exact request', async () => {
		const result = await run('get');

		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'GET', host: 'acme.mocoapp.com', url: '/api/v1/profile', authorization: 'Token token=test-key', contentType: 'application/json', json: undefined },
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), '/profile')]);
		expect(result.items[0].json).toMatchObject({ id: ZOE, first_name: 'Zoë', full_name: 'Zoë Ångström', unit: { name: 'Design & UX' } });
	});

	test('Get Performance Report for a year', async () => {
		const result = await run('getPerformanceReport', { options: { year: '2025' } });

		expect(sim().requests.map((request) => request.url)).toEqual(['/api/v1/profile/performance_report?year=2025']);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), '/profile/performance_report?year=2025')]);
		expect(result.items[0].json).toMatchObject({ annually: { year: 2025 } });
	});

	test('Get Performance Report without a year: none sent', async () => {
		await run('getPerformanceReport', { options: {} });

		expect(sim().requests.map((request) => request.url)).toEqual(['/api/v1/profile/performance_report']);
	});

	test('a bad year: refused, nothing sent', async () => {
		const result = await run('getPerformanceReport', { options: { year: 'letztes Jahr' } });

		expect(result.error?.message).toBe('Year must be a year like 2024, not "letztes Jahr" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'profile',
	sim,
	[
		{ operation: 'get', method: 'GET', parameters: {} },
		{ operation: 'getPerformanceReport', method: 'GET', parameters: {} },
	],
	VERSION,
);
