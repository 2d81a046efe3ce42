import { mocoGet, pick, requestLines, requestSummary, useSimulator, virtualClock } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

// The simulator's today is the harness's: 2026-01-05.
const sim = useSimulator({ pageSize: 2, now: () => virtualClock().now() });
const U = SEED_IDS.users;
const runs = runOn('report');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const jsonOf = (result: Awaited<ReturnType<typeof run>>) => result.items.map((item) => item.json);
/** Every row MOCO has for this query, all pages read straight from the simulator. */
function mocoRows(path: string): unknown[] {
	const rows: unknown[] = [];
	for (let page = 1; ; page++) {
		const answer = mocoGet(sim(), `${path}${path.includes('?') ? '&' : '?'}page=${page}`) as unknown as unknown[];
		rows.push(...answer);
		if (answer.length < 2) return rows;
	}
}

describe('Report > Get Utilization', () => {
	test('a week: the exact request, one item per user and day', async () => {
		const result = await run('getUtilization', { from: '2026-01-05', to: '2026-01-09' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'GET', host: 'acme.mocoapp.com', url: '/api/v1/report/utilization?from=2026-01-05&to=2026-01-09', authorization: 'Token token=test-key', contentType: 'application/json', json: undefined },
		]);
		expect(jsonOf(result)).toEqual(mocoGet(sim(), '/report/utilization?from=2026-01-05&to=2026-01-09'));
		expect(result.items.length).toBeGreaterThan(5);
		expect(result.items[0].json).toEqual({
			date: '2026-01-05', user_id: expect.any(Number), target_hours: 8, billable_hours: expect.any(Number), unbillable_hours: expect.any(Number),
			billable_seconds: expect.any(Number), unbillable_seconds: expect.any(Number),
		});
	});

	test('Whole Report as One Item: the rows in one item', async () => {
		const result = await run('getUtilization', { from: '2026-01-05', to: '2026-01-05', wholeReport: true });

		expect(jsonOf(result)).toEqual([{ rows: mocoGet(sim(), '/report/utilization?from=2026-01-05&to=2026-01-05') }]);
	});

	test('no period: none sent, MOCO’s default', async () => {
		await run('getUtilization', { from: '', to: '' });

		expect(requestLines(sim())).toEqual(['GET /api/v1/report/utilization']);
	});

	test.each([
		[{ from: '2026-01-09', to: '2026-01-05' }, 'From (2026-01-09) must not be after To (2026-01-05) (item 0)'],
		[{ from: '5.1.2026' }, 'From must be a date in the form YYYY-MM-DD, not "5.1.2026" (item 0)'],
	])('bad period %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('getUtilization', parameters);

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Report > Get Absences', () => {
	test('a year, active users only: one item per user', async () => {
		const result = await run('getAbsences', { filters: { year: 2026, active: true } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/report/absences?year=2026&active=true']);
		expect(jsonOf(result)).toEqual(mocoGet(sim(), '/report/absences?year=2026&active=true'));
		expect(result.items.find((item) => (item.json.user as { id: number }).id === U.zoe)?.json).toEqual({
			user: { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' }, total_vacation_days: 28, used_vacation_days: 0, planned_vacation_days: 3, sickdays: 0,
		});
	});

	test.each([[1850, 'Year must be a whole number from 1900 to 9999, not 1850 (item 0)'], [2026.5, 'Year must be a whole number from 1900 to 9999, not 2026.5 (item 0)']])('year %p: refused, nothing sent', async (year, message) => {
		const result = await run('getAbsences', { filters: { year } });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Report > Get Cashflow, Get Finance, Get Planned vs Tracked: every page read, the query kept on each', () => {
	test('Cashflow over two pages', async () => {
		sim().add('invoice_payments', { date: '2026-01-03', invoice: { id: SEED_IDS.invoices.relaunch }, paid_total: 500, paid_total_in_account_currency: 500, currency: 'EUR' });
		const result = await run('getCashflow', { from: '2025-12-01', to: '2026-01-31', filters: { kinds: 'invoice_payment' } });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/report/cashflow?kinds=invoice_payment&from=2025-12-01&to=2026-01-31',
			'GET /api/v1/report/cashflow?kinds=invoice_payment&from=2025-12-01&to=2026-01-31&page=2',
		]);
		expect(jsonOf(result)).toEqual(mocoRows('/report/cashflow?kinds=invoice_payment&from=2025-12-01&to=2026-01-31'));
		expect(result.items).toHaveLength(3);
	});

	test('Finance of one company, picked by name', async () => {
		const result = await run('getFinance', { from: '2025-12-01', to: '2025-12-31', filters: { companyId: pick.by('name', 'Hafenlicht Reederei GmbH'), term: 'Relaunch' } });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/companies?term=Hafenlicht%20Reederei%20GmbH',
			`GET /api/v1/report/finance?term=Relaunch&from=2025-12-01&to=2025-12-31&company_id=${SEED_IDS.companies.hafenlicht}`,
		]);
		expect(jsonOf(result)).toEqual(mocoRows(`/report/finance?term=Relaunch&company_id=${SEED_IDS.companies.hafenlicht}&from=2025-12-01&to=2025-12-31`));
		expect(result.items.map((item) => item.json.record_id)).toEqual([SEED_IDS.invoices.relaunch]);
	});

	test('Planned vs Tracked for two users of one project, as one item', async () => {
		const result = await run('getPlannedVsTracked', {
			from: '2026-01-05',
			to: '2026-01-30',
			wholeReport: true,
			filters: { userIds: ` ${U.zoe}, ${U.lukasz} `, projectId: pick.id(SEED_IDS.projects.relaunch) },
		});

		const query = `user_ids=${U.zoe}%2C${U.lukasz}&project_id=${SEED_IDS.projects.relaunch}&from=2026-01-05&to=2026-01-30`;
		expect(requestLines(sim())).toEqual([`GET /api/v1/report/planned_vs_tracked?${query}`]);
		expect(jsonOf(result)).toEqual([{ rows: mocoRows(`/report/planned_vs_tracked?${query}`) }]);
		expect((result.items[0].json.rows as Array<{ user_id: number; planned_hours: number }>).map((row) => [row.user_id, row.planned_hours])).toEqual([
			[U.zoe, 80],
			[U.lukasz, 120],
		]);
	});

	test('a bad user ID: named, nothing sent', async () => {
		const result = await run('getPlannedVsTracked', { filters: { userIds: 'Zoë' } });

		expect(result.error?.message).toMatch(/^User IDs /);
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'report',
	sim,
	[
		// One item per run, so that a refused item stands beside one answered item.
		{ operation: 'getUtilization', method: 'GET', parameters: { from: '2026-01-05', to: '2026-01-05', wholeReport: true } },
		{ operation: 'getAbsences', method: 'GET', parameters: { wholeReport: true } },
		{ operation: 'getCashflow', method: 'GET', parameters: { wholeReport: true } },
		{ operation: 'getFinance', method: 'GET', parameters: { wholeReport: true } },
		{ operation: 'getPlannedVsTracked', method: 'GET', parameters: { wholeReport: true, filters: { userIds: String(U.zoe) } } },
	],
	VERSION,
);
