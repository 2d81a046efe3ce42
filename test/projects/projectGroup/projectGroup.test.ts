import { mocoGet, pick, requestLines, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { PROJECT_GROUP_IDS } from '../../simulator/resources/projects';
import { SEED_IDS } from '../../simulator';
import { describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const G = PROJECT_GROUP_IDS;
const runs = runOn('projectGroup');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });

describe('Project Group', () => {
	test('Get by name: looked up once, then read with its projects', async () => {
		const result = await run('get', { projectGroupId: pick.by('name', 'webseiten') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/projects/groups', `GET /api/v1/projects/groups/${G.web}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/groups/${G.web}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Webseiten', company: { id: SEED_IDS.companies.hafenlicht }, projects: [{ id: SEED_IDS.projects.relaunch }] });
	});

	test('Get Many of one customer, picked by name, and one responsible user', async () => {
		const result = await run('getAll', { returnAll: true, filters: { companyId: pick.by('name', 'Nordwind Café AG') } });
		const byUser = await run('getAll', { returnAll: true, filters: { userId: pick.id(SEED_IDS.users.zoe) } });

		expect(requestLines(sim())).toEqual([
			'GET /api/v1/companies?term=Nordwind%20Caf%C3%A9%20AG',
			`GET /api/v1/projects/groups?company_id=${SEED_IDS.companies.nordwind}`,
			`GET /api/v1/projects/groups?user_id=${SEED_IDS.users.zoe}`,
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([G.apps]);
		expect(byUser.items.map((item) => item.json.id)).toEqual([G.web]);
	});

	test('a group name MOCO does not know: said in words, nothing more sent', async () => {
		const result = await run('get', { projectGroupId: pick.by('name', 'Webseite') });

		expect(result.error?.message).toBe('Project Group Name: no project group is named "Webseite". Did you mean "Webseiten"? (item 0)');
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects/groups']);
	});
});

describeRefusals(
	'projectGroup',
	sim,
	[
		{ operation: 'get', method: 'GET', parameters: { projectGroupId: pick.id(G.web) } },
		{ operation: 'getAll', method: 'GET', parameters: { returnAll: false, limit: 1 } },
	],
	VERSION,
);
