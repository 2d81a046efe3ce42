import { listSearch, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { PROJECT_GROUP_IDS } from '../simulator/resources/projects';

const sim = useSimulator();
const P = SEED_IDS.projects;

describe('Project From list (searchProjects)', () => {
	test('every project, archived ones marked, identifier and customer in the title', async () => {
		const { results } = await listSearch('searchProjects');

		expect(sim().requests.map((r) => r.url)).toEqual(['/api/v1/projects?include_archived=true']);
		expect(results).toEqual([
			{ name: 'P-2024-001 – Website-Relaunch (Hafenlicht Reederei GmbH)', value: String(P.relaunch) },
			{ name: 'P-2024-002 – SEO-Betreuung (Nordwind Café AG)', value: String(P.retainer) },
			{ name: 'P-2024-003 – App-Konzept „Kapitänsbrücke“ (Hafenlicht Reederei GmbH)', value: String(P.festpreis) },
			{ name: 'P-2023-017 – Messestand 2023 (Nordwind Café AG), archived', value: String(P.messe) },
		]);
	});

	test("search text goes to MOCO's term filter", async () => {
		const { results } = await listSearch('searchProjects', 'nordwind');

		expect(sim().requests.map((r) => r.url)).toEqual(['/api/v1/projects?include_archived=true&term=nordwind']);
		expect(results.map((r) => r.value)).toEqual([String(P.retainer), String(P.messe)]);
	});
});

describe('Project Group From list (searchProjectGroups)', () => {
	test('every group, sorted by name, filtered here', async () => {
		expect((await listSearch('searchProjectGroups')).results).toEqual([
			{ name: 'Apps', value: String(PROJECT_GROUP_IDS.apps) },
			{ name: 'Webseiten', value: String(PROJECT_GROUP_IDS.web) },
		]);
		expect((await listSearch('searchProjectGroups', 'web')).results.map((r) => r.name)).toEqual(['Webseiten']);
		expect(sim().requests.map((r) => r.url)).toEqual(['/api/v1/projects/groups', '/api/v1/projects/groups']);
	});
});
