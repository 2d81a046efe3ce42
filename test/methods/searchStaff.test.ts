import { listSearch, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

const sim = useSimulator();

describe('From list of the staff and working-time records (one MOCO page per call)', () => {
	test.each([
		['searchAbsences', '/api/v1/schedules', String(SEED_IDS.schedules.zoeUrlaub), '2026-01-07, Urlaub, Zoë Ångström'],
		['searchPresences', '/api/v1/users/presences', String(SEED_IDS.presences.zoeHeute), '2026-01-05, 08:30–, Zoë Ångström'],
		['searchPlanningEntries', '/api/v1/planning_entries', String(SEED_IDS.planningEntries.relaunchZoe), '2026-01-05–2026-01-30, 4 h/day, Design, Zoë Ångström'],
		['searchHolidays', '/api/v1/users/holidays', String(SEED_IDS.holidays.renee), '2026: Urlaubsanspruch 80%, 20 days, Renée O\'Brien-Šimić'],
		['searchEmployments', '/api/v1/users/employments', String(SEED_IDS.employments.renee), '2023-01-01 to open-ended: 29.75 h/week, Renée O\'Brien-Šimić'],
		['searchWorkTimeAdjustments', '/api/v1/users/work_time_adjustments', String(SEED_IDS.workTimeAdjustments.renee), '2025-12-15: -4 h, Korrektur: Zeiterfassung vergessen, Renée O\'Brien-Šimić'],
	])('%s reads %s and names each record in words', async (method, url, id, name) => {
		const { results } = await listSearch(method);

		expect(sim().requests.map((request) => request.url)).toEqual([url]);
		expect(results).toContainEqual({ name, value: id });
	});

	test('search text is matched in the titles, here a person’s name', async () => {
		const { results } = await listSearch('searchAbsences', 'renée');

		expect(results.length).toBeGreaterThan(0);
		expect(results.every((result) => result.name.includes('Renée'))).toBe(true);
	});
});
