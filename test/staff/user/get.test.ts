import { mocoGet, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, simplified, userBy } from './fixtures';

const sim = useSimulator();
const ZOE = SEED_IDS.users.zoe;

describe('User > Get', () => {
	test('by ID, simplified', async () => {
		const result = await runNode({ parameters: { resource: 'user', operation: 'get', userId: userBy.id(ZOE) } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/users/${ZOE}`]);
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), ZOE)]);
	});

	test('by email, the full record', async () => {
		const result = await runNode({
			parameters: { resource: 'user', operation: 'get', userId: userBy.email('zoe.angstrom@acme.example'), simplify: false },
		});

		expect(calls(sim())).toEqual([
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			`GET /api/v1/users/${ZOE}`,
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/${ZOE}`)]);
	});

	test("an unknown ID: MOCO's 404 in plain words", async () => {
		const result = await runNode({ parameters: { resource: 'user', operation: 'get', userId: userBy.id(424242) } });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});
});
