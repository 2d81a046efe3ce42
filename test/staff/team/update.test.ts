import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../user/fixtures';
import { runTeam, teamBy } from './fixtures';

const sim = useSimulator();
const SALES = SEED_IDS.units.sales;

describe('Team > Update (rename)', () => {
	test('sends only the new name', async () => {
		const result = await runTeam('update', { teamId: teamBy.id(SALES), name: 'Vertrieb' });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`PUT /api/v1/units/${SALES}`]);
		expect(sim().requests[0].json).toEqual({ name: 'Vertrieb' });
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/units/${SALES}`)]);
		expect(result.items[0].json.name).toBe('Vertrieb');
	});

	test('the team chosen by its current name', async () => {
		await runTeam('update', { teamId: teamBy.name('Sales'), name: 'Vertrieb' });

		expect(calls(sim())).toEqual(['GET /api/v1/units', `PUT /api/v1/units/${SALES}`]);
	});

	test('an empty new name: refused before the team is even looked up', async () => {
		const result = await runTeam('update', { teamId: teamBy.name('Sales'), name: '={{ "  " }}' });

		expect(result.error?.message).toBe('Name is required (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});
