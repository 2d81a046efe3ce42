import { mocoGet, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runs = runOn('userRole');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });

describe('User Role > Get Many', () => {
	test('Return All: every page, each role with its permissions', async () => {
		const result = await run('getAll', { returnAll: true });

		expect(requestLines(sim())).toEqual(['GET /api/v1/users/roles', 'GET /api/v1/users/roles?page=2']);
		expect(result.items.map((item) => item.json)).toEqual([...(mocoGet(sim(), '/users/roles') as unknown as unknown[]), ...(mocoGet(sim(), '/users/roles?page=2') as unknown as unknown[])]);
		expect(result.items.map((item) => item.json.id)).toEqual(Object.values(SEED_IDS.roles));
	});
});

describeRefusals('userRole', sim, [{ operation: 'getAll', method: 'GET', parameters: { returnAll: false, limit: 1 } }], VERSION);
