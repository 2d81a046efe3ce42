import { mocoGet, pick, requestLines, requestSummary, useSimulator, virtualClock } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

// The simulator's today is the harness's: 2026-01-05.
const sim = useSimulator({ pageSize: 1, now: () => virtualClock().now() });
const U = SEED_IDS.users;
const runs = runOn('rate');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const jsonOf = (result: Awaited<ReturnType<typeof run>>) => result.items.map((item) => item.json);
const rateOf = (userId: number, year: number) => sim().records('internal_hourly_rates').find((entry) => entry.user_id === userId && entry.year === year)?.rate;

describe('Rate > Get Fixed Costs', () => {
	test('for a year: every page read, one item per fixed cost, its months of that year', async () => {
		const result = await run('getFixedCosts', { filters: { year: 2026 } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/fixed_costs?year=2026', 'GET /api/v1/account/fixed_costs?year=2026&page=2']);
		expect(jsonOf(result)).toEqual([
			...(mocoGet(sim(), '/account/fixed_costs?year=2026') as unknown as unknown[]),
			...(mocoGet(sim(), '/account/fixed_costs?year=2026&page=2') as unknown as unknown[]),
		]);
		expect((result.items[0].json.costs as unknown[]).length).toBe(12);
	});

	test('MOCO’s refusal in its words', async () => {
		sim().injectFault({ method: 'GET' }, { status: 403, body: JSON.stringify({ message: 'Keine Berechtigung' }), headers: { 'content-type': 'application/json' } });

		const result = await run('getFixedCosts', { filters: { year: 2026 } });

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Keine Berechtigung', httpCode: '403' });
	});

	test('a bad year: refused, nothing sent', async () => {
		const result = await run('getFixedCosts', { filters: { year: 26 } });

		expect(result.error?.message).toBe('Year must be a whole number from 1900 to 9999, not 26 (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Rate > Get Hourly Rates', () => {
	test('of a customer picked by name, archived users too: one item, MOCO’s answer', async () => {
		const result = await run('getHourlyRates', { filters: { companyId: pick.by('name', 'Hafenlicht Reederei GmbH'), includeArchivedUsers: true } });

		const query = `include_archived_users=true&company_id=${SEED_IDS.companies.hafenlicht}`;
		expect(requestLines(sim())).toEqual(['GET /api/v1/companies?term=Hafenlicht%20Reederei%20GmbH', `GET /api/v1/account/hourly_rates?${query}`]);
		expect(jsonOf(result)).toEqual([mocoGet(sim(), `/account/hourly_rates?${query}`)]);
		expect(result.items[0].json.defaults_rates).toEqual([{ currency: 'EUR', hourly_rate: 110 }]);
	});

	test('no filter: nothing but the path', async () => {
		await run('getHourlyRates');

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/hourly_rates']);
	});
});

describe('Rate > Get Internal Hourly Rates', () => {
	test('two years of one team, as MOCO’s comma list', async () => {
		const result = await run('getInternalHourlyRates', { filters: { years: ' 2025 , 2026', teamId: pick.id(SEED_IDS.units.design) } });

		expect(requestLines(sim())).toEqual([`GET /api/v1/account/internal_hourly_rates?years=2025%2C2026&unit_id=${SEED_IDS.units.design}`]);
		expect(jsonOf(result)).toEqual(mocoGet(sim(), `/account/internal_hourly_rates?years=2025,2026&unit_id=${SEED_IDS.units.design}`));
		expect(result.items.find((item) => item.json.id === U.zoe)?.json.rates).toEqual([{ year: 2025, rate: 70 }, { year: 2026, rate: 75 }]);
	});

	test('a bad year list: refused, nothing sent', async () => {
		const result = await run('getInternalHourlyRates', { filters: { years: '2025; 2026' } });

		expect(result.error?.message).toBe('Years must be years like 2025, 2026, not "2025; 2026" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Rate > Update Internal Hourly Rates', () => {
	test('the users given, for the year given: the exact request; other users and years unchanged', async () => {
		const result = await run('updateInternalHourlyRates', {
			year: 2026,
			rates: { row: [{ userId: pick.by('email', 'zoe.angstrom@acme.example'), rate: 80 }, { userId: pick.id(U.renee), rate: 60 }] },
		});

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary).at(-1)).toEqual({
			method: 'PUT', host: 'acme.mocoapp.com', url: '/api/v1/account/internal_hourly_rates', authorization: 'Token token=test-key', contentType: 'application/json',
			json: { year: 2026, rates: [{ user_id: U.zoe, rate: 80 }, { user_id: U.renee, rate: 60 }] },
		});
		expect(jsonOf(result)).toEqual([{ status: 'ok' }]);
		expect([rateOf(U.zoe, 2026), rateOf(U.renee, 2026), rateOf(U.zoe, 2025), rateOf(U.juergen, 2026)]).toEqual([80, 60, 70, 90]);
	});

	test('from JSON rows, a user by email', async () => {
		await run('updateInternalHourlyRates', { year: 2025, ratesFrom: 'json', ratesJson: JSON.stringify([{ user_email: 'zoe.angstrom@acme.example', rate: 72.5 }]) });

		expect(sim().requests.at(-1)?.json).toEqual({ year: 2025, rates: [{ user_id: U.zoe, rate: 72.5 }] });
	});

	test.each([
		[{ year: '={{ "" }}' }, 'Year is required to run this operation (item 0)'],
		[{ rates: { row: [] } }, 'Rates has no rate: give at least one row (item 0)'],
		[{ rates: { row: [{ userId: pick.id(U.zoe), rate: -5 }] } }, 'Rate 1’s Rate must be a number of at least 0, not -5 (item 0)'],
		[{ rates: { row: [{ userId: pick.id(U.zoe) }] } }, 'Rate 1’s Rate is required to update internal hourly rates (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('updateInternalHourlyRates', { year: 2026, rates: { row: [{ userId: pick.id(U.zoe), rate: 80 }] }, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'rate',
	sim,
	[
		{ operation: 'getHourlyRates', method: 'GET', parameters: {} },
		{ operation: 'updateInternalHourlyRates', method: 'PUT', parameters: { year: 2026, rates: { row: [{ userId: pick.id(U.zoe), rate: 80 }] } } },
	],
	VERSION,
);
