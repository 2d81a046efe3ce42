import { runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, userBy } from './fixtures';

const sim = useSimulator();
const U = SEED_IDS.users;

describe('User > Delete', () => {
	test('returns {"deleted": true} and the user is gone', async () => {
		const result = await runNode({ parameters: { resource: 'user', operation: 'delete', userId: userBy.id(U.renee) } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`DELETE /api/v1/users/${U.renee}`]);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().users.some((user) => user.id === U.renee)).toBe(false);
	});

	test('by email', async () => {
		const result = await runNode({ parameters: { resource: 'user', operation: 'delete', userId: userBy.email('anais.dubois@acme.example') } });

		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=anais.dubois%40acme.example&include_archived=true', `DELETE /api/v1/users/${U.anais}`]);
	});

	test("a user with billed hours: MOCO's refusal reaches the user, with Continue On Fail the others go", async () => {
		const result = await runNode({
			parameters: { resource: 'user', operation: 'delete', userId: userBy.id('={{ $json.id }}') },
			items: [{ id: U.juergen }, { id: U.renee }],
			continueOnFail: true,
		});

		expect(result.items.map((item) => item.json)).toEqual([
			{ error: 'MOCO could not save the data (422): The user cannot be deleted because billed hours exist. Deactivate the user instead.' },
			{ deleted: true },
		]);
	});

	test('a bad ID from an item: refused, nothing sent', async () => {
		const result = await runNode({ parameters: { resource: 'user', operation: 'delete', userId: userBy.id('={{ $json.id }}') }, items: [{ id: '7; DROP' }] });

		expect(result.error?.message).toBe('User ID must be a positive whole number, not "7; DROP" (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});
