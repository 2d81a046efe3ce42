import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../user/fixtures';
import { runTeam, teamBy } from './fixtures';

const sim = useSimulator();
const T = SEED_IDS.units;
const REFUSAL = 'The team cannot be deleted while users are assigned to it (3 assigned).';

describe('Team > Delete', () => {
	test('a team without users: one DELETE, {"deleted": true}', async () => {
		const result = await runTeam('delete', { teamId: teamBy.id(T.marketing) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`DELETE /api/v1/units/${T.marketing}`]);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(sim().requests[0].body).toBe('');
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().units.some((unit) => unit.id === T.marketing)).toBe(false);
	});

	test('MOCO refuses a team that still has users: then the team is looked up and its people named', async () => {
		const result = await runTeam('delete', { teamId: teamBy.name('Entwicklung') });

		expect(result.error?.message).toBe(
			'Team: MOCO cannot delete team "Entwicklung" (ID 909147861) while users belong to it. It still has 3 users: Łukasz Nowak, Sören Kjær, Renée O\'Brien-Šimić. Move them to another team (User > Update, Team) or delete them first (item 0)',
		);
		expect(calls(sim())).toEqual(['GET /api/v1/units', `DELETE /api/v1/units/${T.entwicklung}`, `GET /api/v1/units/${T.entwicklung}`]);
		expect(sim().units.some((unit) => unit.id === T.entwicklung)).toBe(true);
	});

	test('more than five users are summed up', async () => {
		sim().addUsers(7, { unit: { id: T.sales, name: 'Sales' } });

		const result = await runTeam('delete', { teamId: teamBy.id(T.sales) });

		expect(result.error?.message).toContain('It still has 8 users: Anaïs Dubois, Test Nutzer 0007, Test Nutzer 0008, Test Nutzer 0009, Test Nutzer 0010 and 3 more.');
		expect(calls(sim())).toEqual([`DELETE /api/v1/units/${T.sales}`, `GET /api/v1/units/${T.sales}`]);
	});

	test("MOCO refuses, but the team has no users (any other reason): MOCO's own words reach the user", async () => {
		sim().injectFault({ method: 'DELETE' }, { status: 422, body: JSON.stringify({ message: 'Team is referenced by a project' }) });

		const result = await runTeam('delete', { teamId: teamBy.id(T.marketing) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): Team is referenced by a project', httpCode: '422' });
		expect(calls(sim())).toEqual([`DELETE /api/v1/units/${T.marketing}`, `GET /api/v1/units/${T.marketing}`]);
	});

	test("MOCO refuses and the look-up fails too: MOCO's refusal, not the look-up's error, reaches the user", async () => {
		sim().injectFault({ method: 'DELETE' }, { status: 422, body: JSON.stringify({ message: REFUSAL }) });
		sim().injectFault({ method: 'GET' }, { status: 404, body: JSON.stringify({ message: 'Not found' }) });

		const result = await runTeam('delete', { teamId: teamBy.id(T.entwicklung) });

		expect(result.error).toMatchObject({ message: `MOCO could not save the data (422): ${REFUSAL}`, httpCode: '422' });
		expect(calls(sim())).toEqual([`DELETE /api/v1/units/${T.entwicklung}`, `GET /api/v1/units/${T.entwicklung}`]);
	});

	test('a team that does not exist: MOCO\'s 404 and no look-up', async () => {
		const result = await runTeam('delete', { teamId: teamBy.id(999) });

		expect(result.error).toMatchObject({ httpCode: '404' });
		expect(calls(sim())).toEqual(['DELETE /api/v1/units/999']);
	});

	test('with Continue On Fail the other teams are still deleted, each with its own requests', async () => {
		const result = await runTeam(
			'delete',
			{ teamId: teamBy.id('={{ $json.id }}') },
			{ items: [{ id: T.sales }, { id: T.marketing }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.deleted ?? String(item.json.error).split(' (ID')[0])).toEqual([
			'Team: MOCO cannot delete team "Sales"',
			true,
		]);
		expect([...calls(sim())].sort()).toEqual(
			[`DELETE /api/v1/units/${T.marketing}`, `DELETE /api/v1/units/${T.sales}`, `GET /api/v1/units/${T.sales}`].sort(),
		);
	});
});
