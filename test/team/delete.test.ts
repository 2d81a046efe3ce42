import { useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { calls } from '../user/fixtures';
import { runTeam, teamBy } from './fixtures';

const sim = useSimulator();
const T = SEED_IDS.units;

describe('Team > Delete', () => {
	test('a team without users: {"deleted": true}', async () => {
		const result = await runTeam('delete', { teamId: teamBy.id(T.marketing) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/units/${T.marketing}`, `DELETE /api/v1/units/${T.marketing}`]);
		expect(sim().requests[1].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().units.some((unit) => unit.id === T.marketing)).toBe(false);
	});

	test('a team that still has users: plain words naming them, no DELETE sent', async () => {
		const result = await runTeam('delete', { teamId: teamBy.name('Entwicklung') });

		expect(result.error?.message).toBe(
			'Team: MOCO cannot delete team "Entwicklung" (ID 909147861) while users belong to it. It still has 3 users: Łukasz Nowak, Sören Kjær, Renée O\'Brien-Šimić. Move them to another team (User > Update, Team) or delete them first (item 0)',
		);
		expect(calls(sim())).toEqual(['GET /api/v1/units', `GET /api/v1/units/${T.entwicklung}`]);
	});

	test('more than five users are summed up', async () => {
		sim().addUsers(7, { unit: { id: T.sales, name: 'Sales' } });

		const result = await runTeam('delete', { teamId: teamBy.id(T.sales) });

		expect(result.error?.message).toContain('It still has 8 users: Anaïs Dubois, Test Nutzer 0007, Test Nutzer 0008, Test Nutzer 0009, Test Nutzer 0010 and 3 more.');
	});

	test("if MOCO refuses anyway (a user joined meanwhile), MOCO's words reach the user", async () => {
		sim().injectFault({ method: 'DELETE' }, { status: 422, body: JSON.stringify({ message: 'Team still has users' }) });

		const result = await runTeam('delete', { teamId: teamBy.id(T.marketing) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): Team still has users', httpCode: '422' });
	});

	test('with Continue On Fail the other teams are still deleted', async () => {
		const result = await runTeam('delete', { teamId: teamBy.id('={{ $json.id }}') }, { items: [{ id: T.sales }, { id: T.marketing }], continueOnFail: true });

		expect(result.items.map((item) => item.json.deleted ?? String(item.json.error).split(' (ID')[0])).toEqual([
			'Team: MOCO cannot delete team "Sales"',
			true,
		]);
	});
});
