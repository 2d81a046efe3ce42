import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, userBy } from './fixtures';

const sim = useSimulator();
const U = SEED_IDS.users;

function update(parameters: INodeParameters, items?: IDataObject[], continueOnFail = false) {
	return runNode({
		parameters: { resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), ...parameters },
		items: items ?? [{ id: U.zoe }],
		continueOnFail,
	});
}

const puts = () => sim().requests.filter((r) => r.method === 'PUT').map((r) => r.json);

describe('Team and Role by name (expression mode)', () => {
	test('"Sales" becomes its ID', async () => {
		const result = await update({ unitId: '={{ "Sales" }}' });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/units', `PUT /api/v1/users/${U.zoe}`]);
		expect(puts()).toEqual([{ unit_id: SEED_IDS.units.sales }]);
	});

	test('case and surrounding spaces do not matter', async () => {
		await update({ unitId: '={{ "  design & ux " }}' });

		expect(puts()).toEqual([{ unit_id: SEED_IDS.units.design }]);
	});

	test('a role by name', async () => {
		await update({ updateFields: { roleId: '={{ "Projektleitung" }}' } });

		expect(calls(sim())).toEqual(['GET /api/v1/users/roles', `PUT /api/v1/users/${U.zoe}`]);
		expect(puts()).toEqual([{ role_id: SEED_IDS.roles.projektleitung }]);
	});

	test('an ID still goes straight through, no list fetched', async () => {
		await update({ unitId: `={{ "${SEED_IDS.units.sales}" }}` });

		expect(calls(sim())).toEqual([`PUT /api/v1/users/${U.zoe}`]);
	});

	test('50 items with the same team name: exactly one team-list fetch in total', async () => {
		const users = sim().addUsers(50);

		const result = await update({ unitId: '={{ $json.team }}' }, users.map((user) => ({ id: user.id, team: 'Sales' })));

		expect(result.error).toBeUndefined();
		expect(calls(sim()).filter((call) => call.includes('/units'))).toEqual(['GET /api/v1/units']);
		expect(puts()).toHaveLength(50);
		expect(puts().every((body) => (body as IDataObject).unit_id === SEED_IDS.units.sales)).toBe(true);
	});

	test('a shared team-list fetch that MOCO refuses fails every item, each naming itself', async () => {
		sim().injectFault({ path: '/units' }, { status: 403, body: JSON.stringify({ message: 'Keine Berechtigung' }) }, 9);

		const result = await update({ unitId: '={{ $json.team }}' }, [U.zoe, U.juergen, U.anais].map((id) => ({ id, team: 'Sales' })), true);

		expect(calls(sim())).toEqual(['GET /api/v1/units']);
		expect(result.items.map((item) => item.json)).toEqual(Array(3).fill({ error: 'MOCO refused access (403): Keine Berechtigung' }));
		expect(result.items.map((item) => item.error?.description?.slice(0, 8))).toEqual(['Item 0. ', 'Item 1. ', 'Item 2. ']);
		expect(result.items.map((item) => item.error?.context.itemIndex)).toEqual([0, 1, 2]);
	});

	test('a team list over several pages is fetched once, page by page, for all items', async () => {
		sim().addUnits(195); // 200 teams
		const target = sim().addUnit('Zielteam');

		await update({ unitId: '={{ $json.team }}' }, [{ id: U.zoe, team: 'Zielteam' }, { id: U.renee, team: 'Zielteam' }]);

		expect(calls(sim()).filter((call) => call.includes('/units'))).toEqual(['GET /api/v1/units', 'GET /api/v1/units?page=2', 'GET /api/v1/units?page=3']);
		expect(puts()).toEqual([{ unit_id: target.id }, { unit_id: target.id }]);
	});

	test('the list is fetched once per run, not kept across runs', async () => {
		await update({ unitId: '={{ "Sales" }}' });
		sim().addUnit('Neues Team');
		const second = await update({ unitId: '={{ "Neues Team" }}' });

		expect(second.error).toBeUndefined();
		expect(calls(sim()).filter((call) => call.includes('/units'))).toEqual(['GET /api/v1/units', 'GET /api/v1/units']);
	});

	test('an unknown name: a clear error listing close names, nothing changed', async () => {
		const result = await update({ unitId: '={{ "Sals" }}' });

		expect(result.error?.message).toBe('Team Name or ID: no team is named "Sals". Did you mean "Sales"? (item 0)');
		expect(calls(sim())).toEqual(['GET /api/v1/units']);
	});

	test('close names include those that contain what was typed', async () => {
		sim().addUnit('Sales Nord');
		sim().addUnit('Sales Süd');

		const result = await update({ unitId: '={{ "Sale" }}' });

		expect(result.error?.message).toBe('Team Name or ID: no team is named "Sale". Did you mean "Sales", "Sales Nord", "Sales Süd"? (item 0)');
	});

	test('an unknown name with nothing close says so', async () => {
		const result = await update({ updateFields: { roleId: '={{ "Buchhaltung" }}' } });

		expect(result.error?.message).toBe('Role Name or ID: no role is named "Buchhaltung". MOCO has 3 roles, none with a similar name. (item 0)');
	});

	test('two teams with that name: a clear error listing both IDs', async () => {
		const twin = sim().addUnit('Sales');

		const result = await update({ unitId: '={{ "Sales" }}' });

		expect(result.error?.message).toBe(
			`Team Name or ID: 2 teams are named "Sales" (IDs ${SEED_IDS.units.sales}, ${twin.id}). Use the ID instead (item 0)`,
		);
		expect(puts()).toEqual([]);
	});

	test('with Continue On Fail an unknown name fails only its own item, one fetch for all', async () => {
		const result = await update(
			{ unitId: '={{ $json.team }}' },
			[{ id: U.zoe, team: 'Sales' }, { id: U.renee, team: 'Vertrieb' }, { id: U.anais, team: 'Marketing' }],
			true,
		);

		expect(result.items.map((item) => item.json.error ?? item.json.unit_id)).toEqual([
			SEED_IDS.units.sales,
			'Team Name or ID: no team is named "Vertrieb". MOCO has 5 teams, none with a similar name. (item 1)',
			SEED_IDS.units.marketing,
		]);
		expect(calls(sim()).filter((call) => call.includes('/units'))).toEqual(['GET /api/v1/units']);
	});

	test('bad input elsewhere stops the item before the team list is fetched', async () => {
		const result = await update({ unitId: '={{ "Sales" }}', email: 'kaputt' });

		expect(result.error?.message).toBe('Email must be an email address like name@example.com, not "kaputt" (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test('Create takes a team name too', async () => {
		const result = await runNode({
			parameters: { resource: 'user', operation: 'create', firstname: 'Mia', lastname: 'Roth', email: 'mia.roth@acme.example', unitId: '={{ "Marketing" }}' },
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/units', 'POST /api/v1/users']);
		expect(sim().requests[1].json).toMatchObject({ unit_id: SEED_IDS.units.marketing });
	});
});
