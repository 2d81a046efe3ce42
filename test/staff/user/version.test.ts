import type { INodeProperties } from 'n8n-workflow';

import { mocoGet, runNode, useSimulator, type RunOptions } from '../../harness';
import { shownIn } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { Moco } from '../../../nodes/Moco/Moco.node';
import { calls, userBy } from './fixtures';

/**
 * Node version 1.1: Team and Role are record pickers (From list, By ID, By Name) and every
 * Update field sits in Update Fields. Version 1's layout stays for saved workflows (the other
 * User tests run it).
 */
const sim = useSimulator();
const { zoe: ZOE } = SEED_IDS.users;
const { sales: SALES, design: DESIGN } = SEED_IDS.units;
const byName = (name: string) => ({ __rl: true, mode: 'name', value: name });
const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });

function run(parameters: RunOptions['parameters'], options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'user', ...parameters }, typeVersion: 1.1, ...options });
}

describe('User > Update, version 1.1', () => {
	test('a team named in an expression is a valid picker value: one team list, then the PUT', async () => {
		const result = await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: { unitId: byName('={{ "Sales" }}') } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/units', `PUT /api/v1/users/${ZOE}`]);
		expect(sim().requests[1].json).toEqual({ unit_id: SALES });
		expect(result.items[0].json).toMatchObject({ id: ZOE, unit_id: SALES });
	});

	test('a team and a role by ID: no look-up at all', async () => {
		await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: { unitId: byId(DESIGN), roleId: byId(SEED_IDS.roles.admin) } });

		expect(calls(sim())).toEqual([`PUT /api/v1/users/${ZOE}`]);
		expect(sim().requests[0].json).toEqual({ unit_id: DESIGN, role_id: SEED_IDS.roles.admin });
	});

	test('a role by name', async () => {
		await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: { roleId: byName('administrator') } });

		expect(calls(sim())).toEqual(['GET /api/v1/users/roles', `PUT /api/v1/users/${ZOE}`]);
		expect(sim().requests[1].json).toEqual({ role_id: SEED_IDS.roles.admin });
	});

	test('a misspelt team: the picker is named, close names offered, nothing changed', async () => {
		const result = await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: { unitId: byName('Sals') } });

		expect(result.error?.message).toBe('Team Name: no team is named "Sals". Did you mean "Sales"? (item 0)');
		expect(calls(sim())).toEqual(['GET /api/v1/units']);
	});

	test('a team ID that is not one: refused before any request', async () => {
		const result = await run({ operation: 'update', userId: userBy.email('zoe.angstrom@acme.example'), updateFields: { unitId: byId('Sales') } });

		expect(result.error?.message).toBe('Team ID must be a positive whole number, not "Sales" (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test('names and email are Update Fields too: only what is set is sent', async () => {
		await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: { lastname: 'Berg' } });

		expect(sim().requests[0].json).toEqual({ lastname: 'Berg' });
		expect(mocoGet(sim(), `/users/${ZOE}`)).toMatchObject({ lastname: 'Berg', firstname: 'Zoë' });
	});

	test('nothing set: refused, nothing sent', async () => {
		const result = await run({ operation: 'update', userId: userBy.id(ZOE), updateFields: {} });

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});

describe('User > Create, version 1.1', () => {
	test('the team by name, the role by name', async () => {
		const result = await run({
			operation: 'create',
			firstname: 'Mia',
			lastname: 'Berg',
			email: 'mia.berg@acme.example',
			unitId: byName('Sales'),
			additionalFields: { roleId: byName('Projektleitung') },
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/units', 'GET /api/v1/users/roles', 'POST /api/v1/users']);
		expect(sim().requests[2].json).toEqual({
			firstname: 'Mia',
			lastname: 'Berg',
			email: 'mia.berg@acme.example',
			unit_id: SALES,
			role_id: SEED_IDS.roles.projektleitung,
		});
	});

	test('no team: n8n itself refuses to run, naming the picker', async () => {
		const result = await run({ operation: 'create', firstname: 'Mia', lastname: 'Berg', email: 'mia.berg@acme.example', unitId: byId('') });

		expect(result.error?.message).toContain('Parameter "Team" is required');
		expect(calls(sim())).toEqual([]);
	});

	test('a team that an expression leaves empty: refused per item, naming the picker', async () => {
		const result = await run({
			operation: 'create',
			firstname: 'Mia',
			lastname: 'Berg',
			email: 'mia.berg@acme.example',
			unitId: byName('={{ $json.team }}'),
		});

		expect(result.error?.message).toBe('Team is required to create a user (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});

describe('the two layouts in the description', () => {
	const { properties } = new Moco().getNodeType(1.1).description;
	const forVersion = (version: number, operation: string) =>
		properties.filter((p) => p.displayOptions?.show?.resource?.includes('user') && p.displayOptions.show.operation?.includes(operation) && shownIn(p, version));

	test('new nodes get version 2; saved nodes of 1 and 1.1 keep their layout', () => {
		const moco = new Moco();
		expect(moco.description.defaultVersion).toBe(2);
		expect(moco.getNodeType(1).description.version).toEqual([1, 1.1]);
		expect(moco.getNodeType(1.1).description.version).toEqual([1, 1.1]);
		expect(moco.getNodeType(2).description.version).toEqual([2]);
	});

	test('1.1: Team is a picker with From list, By ID, By Name; Role inside the collections likewise', () => {
		const team = forVersion(1.1, 'create').find((p) => p.name === 'unitId');
		expect(team?.type).toBe('resourceLocator');
		expect(team?.modes?.map((mode) => mode.name)).toEqual(['list', 'id', 'name']);
		const role = forVersion(1.1, 'update')
			.find((p) => p.name === 'updateFields')
			?.options?.find((option) => 'name' in option && option.name === 'roleId') as INodeProperties;
		expect(role.type).toBe('resourceLocator');
		// The avatar is new in every version: empty, it sends nothing, so saved workflows are unchanged.
		expect(forVersion(1.1, 'update').map((p) => p.name)).toEqual(['userId', 'updateFields', 'simplify', 'avatarBinaryField']);
	});

	test('1: the team and role dropdowns and the top-level update fields, as saved workflows have them', () => {
		const team = forVersion(1, 'create').find((p) => p.name === 'unitId');
		expect(team).toMatchObject({ type: 'options', displayName: 'Team Name or ID', typeOptions: { loadOptionsMethod: 'getTeams' } });
		expect(forVersion(1, 'update').map((p) => p.name)).toEqual(['userId', 'firstname', 'lastname', 'email', 'password', 'unitId', 'updateFields', 'simplify', 'avatarBinaryField']);
	});
});
