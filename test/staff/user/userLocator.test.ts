import type { IDataObject } from 'n8n-workflow';

import { listSearch, requestSummary, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { Moco } from '../../../nodes/Moco/Moco.node';
import { userBy } from './fixtures';

const sim = useSimulator();
const ZOE = SEED_IDS.users.zoe;

function renameVia(userId: unknown, items?: IDataObject[], continueOnFail = false) {
	return runNode({
		parameters: { resource: 'user', operation: 'update', userId: userId as never, lastname: 'Meier', simplify: false },
		items,
		continueOnFail,
	});
}

const calls = () => sim().requests.map((r) => `${r.method} ${r.url}`);

describe('User parameter: By Email', () => {
	test('looks the address up once, then acts on that user', async () => {
		const result = await renameVia(userBy.email('zoe.angstrom@acme.example'));

		expect(result.error).toBeUndefined();
		expect(calls()).toEqual([
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			`PUT /api/v1/users/${ZOE}`,
		]);
		expect(requestSummary(sim().requests[0]).authorization).toBe('Token token=test-key');
		expect(sim().requests[1].json).toEqual({ lastname: 'Meier' });
		expect(result.items[0].json).toMatchObject({ id: ZOE, lastname: 'Meier' });
	});

	test('items with the same email share one look-up per run', async () => {
		const result = await renameVia(userBy.email('={{ $json.mail }}'), [
			{ mail: 'zoe.angstrom@acme.example' },
			{ mail: 'ZOE.angstrom@acme.example' },
			{ mail: 'renee.obrien@acme.example' },
		]);

		expect(result.error).toBeUndefined();
		expect(calls().filter((call) => call.startsWith('GET'))).toHaveLength(2);
		expect(calls().filter((call) => call.startsWith('PUT'))).toEqual([
			`PUT /api/v1/users/${ZOE}`,
			`PUT /api/v1/users/${ZOE}`,
			`PUT /api/v1/users/${SEED_IDS.users.renee}`,
		]);
	});

	test('finds a deactivated user and ignores case and spaces', async () => {
		const result = await renameVia(userBy.email('  Soeren.Kjaer@ACME.example '));

		expect(result.error).toBeUndefined();
		expect(calls()[1]).toBe(`PUT /api/v1/users/${SEED_IDS.users.soeren}`);
	});

	test('no user with that email: a clear error naming the item, nothing changed', async () => {
		const result = await renameVia(userBy.email('nobody@acme.example'));

		expect(result.error?.message).toBe(
			'User Email: no MOCO user has the email "nobody@acme.example". Check the address, or choose the user By ID (item 0)',
		);
		expect(calls()).toEqual(['GET /api/v1/users?email=nobody%40acme.example&include_archived=true']);
	});

	test('two users with that email: a clear error listing both IDs, nothing changed', async () => {
		const twin = sim().addUser({ firstname: 'Zoë', lastname: 'Zwilling', email: 'zoe.angstrom@acme.example' });

		const result = await renameVia(userBy.email('zoe.angstrom@acme.example'));

		expect(result.error?.message).toBe(
			`User Email: 2 MOCO users have the email "zoe.angstrom@acme.example" (IDs ${ZOE}, ${twin.id}). Choose the user By ID (item 0)`,
		);
		expect(calls()).toHaveLength(1);
	});

	test('a malformed address from an expression: refused per item, no request', async () => {
		const result = await renameVia(userBy.email('={{ $json.mail }}'), [{ mail: 'zoe at acme' }, { mail: 'zoe.angstrom@acme.example' }], true);

		expect(result.items.map((item) => item.json.error ?? item.json.id)).toEqual([
			'User Email must be an email address like name@example.com, not "zoe at acme" (item 0)',
			ZOE,
		]);
		expect(calls()).toEqual([
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			`PUT /api/v1/users/${ZOE}`,
		]);
	});

	test('with Continue On Fail an unknown email fails only its own item', async () => {
		const result = await renameVia(userBy.email('={{ $json.mail }}'), [{ mail: 'nobody@acme.example' }, { mail: 'zoe.angstrom@acme.example' }], true);

		expect(result.items.map((item) => item.json.error ?? item.json.id)).toEqual([
			'User Email: no MOCO user has the email "nobody@acme.example". Check the address, or choose the user By ID (item 0)',
			ZOE,
		]);
	});

	test('a typed address that is not one: n8n itself refuses to run', async () => {
		const result = await renameVia(userBy.email('zoe'));

		expect(result.error?.message).toContain('User Email must be an email address like name@example.com');
		expect(calls()).toEqual([]);
	});
});

describe('User parameter: From list and plain values', () => {
	test('a user picked from the list', async () => {
		const { results } = await listSearch('searchUsers', 'Zoë');
		sim().clearRequests();

		const result = await renameVia(userBy.list(String(results[0].value)));

		expect(result.error).toBeUndefined();
		expect(calls()).toEqual([`PUT /api/v1/users/${ZOE}`]);
	});

	test('a plain ID (a whole-parameter expression) still works', async () => {
		const result = await renameVia(String(ZOE));

		expect(calls()).toEqual([`PUT /api/v1/users/${ZOE}`]);
		expect(result.error).toBeUndefined();
	});
});

describe('the locator fields in the node description', () => {
	test('User offers From list, By ID, By Email; Team offers From list, By ID, By Name; one picker serves every operation', () => {
		const { properties } = new Moco().getNodeType(1.1).description;
		const pickers = (name: string, resource: string) =>
			properties
				.filter((p) => p.name === name && p.displayOptions?.show?.resource?.includes(resource))
				.map((p) => ({ modes: p.modes?.map((mode) => mode.name), operations: p.displayOptions?.show?.operation }));

		expect(pickers('userId', 'user')).toEqual([{ modes: ['list', 'id', 'email'], operations: ['delete', 'get', 'getPerformanceReport', 'update'] }]);
		expect(pickers('teamId', 'team')).toEqual([{ modes: ['list', 'id', 'name'], operations: ['delete', 'get', 'update'] }]);
	});
});
