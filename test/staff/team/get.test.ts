import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../user/fixtures';
import { runTeam, teamBy } from './fixtures';

const sim = useSimulator();
const SALES = SEED_IDS.units.sales;

describe('Team > Get', () => {
	test.each([
		['By ID', teamBy.id(SALES)],
		['From list', teamBy.list(SALES)],
	])('%s: the team with its users', async (_mode, teamId) => {
		const result = await runTeam('get', { teamId });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/units/${SALES}`]);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/units/${SALES}`)]);
		expect(result.items[0].json.users).toEqual([
			{ id: SEED_IDS.users.anais, firstname: 'Anaïs', lastname: 'Dubois', email: 'anais.dubois@acme.example' },
		]);
	});

	test('By Name: looked up in the team list, then fetched', async () => {
		const result = await runTeam('get', { teamId: teamBy.name('sales') });

		expect(calls(sim())).toEqual(['GET /api/v1/units', `GET /api/v1/units/${SALES}`]);
		expect(result.items[0].json.id).toBe(SALES);
	});

	test('By Name with no such team: close names, nothing else sent', async () => {
		const result = await runTeam('get', { teamId: teamBy.name('Marketting') });

		expect(result.error?.message).toBe('Team Name: no team is named "Marketting". Did you mean "Marketing"? (item 0)');
		expect(calls(sim())).toEqual(['GET /api/v1/units']);
	});

	test('a bad ID from an item: refused, nothing sent', async () => {
		const result = await runTeam('get', { teamId: teamBy.id('={{ $json.id }}') }, { items: [{ id: 'Sales' }] });

		expect(result.error?.message).toBe('Team ID must be a positive whole number, not "Sales" (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test("an unknown ID: MOCO's 404 in plain words", async () => {
		const result = await runTeam('get', { teamId: teamBy.id(4242) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});
});
