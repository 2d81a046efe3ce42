import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { PROJECT_GROUP_IDS } from '../../simulator/resources/projects';
import { describeRefusals } from '../../customers/company/fixtures';
import { calls } from '../../staff/user/fixtures';
import { pick, projectBy, runProject, simplified } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;
const G = PROJECT_GROUP_IDS;
const reportUrl = (id: number) => `https://acme.mocoapp.com/projects/${id}/customer_report/${String(id).padStart(20, '0')}`;

describe('Project > Share Report and Stop Sharing Report', () => {
	test('Share Report: PUT /projects/{id}/share without a body; the output is MOCO’s share state with the report’s address', async () => {
		const result = await runProject('share', { projectId: projectBy.id(P.festpreis) });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'PUT', url: `/api/v1/projects/${P.festpreis}/share`, authorization: 'Token token=test-key', json: undefined }),
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ id: P.festpreis, active: true, url: reportUrl(P.festpreis) }]);
		expect(sim().find('projects', P.festpreis)?.shared).toBe(true);
	});

	test('Stop Sharing Report by project number: the report is off, no address', async () => {
		await runProject('share', { projectId: projectBy.id(P.relaunch) });
		sim().clearRequests();

		const result = await runProject('disableShare', { projectId: projectBy.identifier('P-2024-001') });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `PUT /api/v1/projects/${P.relaunch}/disable_share`]);
		expect(result.items.map((item) => item.json)).toEqual([{ id: P.relaunch, active: false, url: null }]);
		expect(sim().find('projects', P.relaunch)?.shared).toBe(false);
	});

	test('a bad ID sends nothing', async () => {
		const result = await runProject('share', { projectId: projectBy.id('={{ "abc" }}') });

		expect(result.error?.message).toBe('Project ID must be a positive whole number, not "abc" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Project > Assign to Project Group and Remove From Project Group', () => {
	test('Assign: PUT /projects/{id}/assign_project_group with the group’s ID; the project, simplified, now in the group', async () => {
		const result = await runProject('assignProjectGroup', { projectId: projectBy.id(P.retainer), projectGroupId: pick('list', G.apps) });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'PUT', url: `/api/v1/projects/${P.retainer}/assign_project_group`, json: { project_group_id: G.apps } }),
		]);
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), P.retainer)]);
		expect(mocoGet(sim(), `/projects/${P.retainer}`).project_group).toEqual({ id: G.apps, name: 'Apps' });
	});

	test('the group by name: looked up once, then assigned', async () => {
		const result = await runProject('assignProjectGroup', { projectId: projectBy.id(P.retainer), projectGroupId: pick('name', 'Webseiten'), simplify: false });

		expect(calls(sim())).toEqual(['GET /api/v1/projects/groups', `PUT /api/v1/projects/${P.retainer}/assign_project_group`]);
		expect(result.items[0].json).toMatchObject({ id: P.retainer, project_group: { id: G.web, name: 'Webseiten' } });
	});

	test('a group name MOCO does not have: named, no PUT', async () => {
		const result = await runProject('assignProjectGroup', { projectId: projectBy.id(P.retainer), projectGroupId: pick('name', 'Webseite') });

		expect(result.error?.message).toMatch(/^Project Group Name: no project group is named "Webseite"\. Did you mean "Webseiten"\?/);
		expect(sim().requests.filter((request) => request.method === 'PUT')).toEqual([]);
	});

	test("a group ID MOCO does not have: MOCO's refusal in its words", async () => {
		const result = await runProject('assignProjectGroup', { projectId: projectBy.id(P.retainer), projectGroupId: pick('id', 99) });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): project_group must exist' });
	});

	test('Remove: PUT /projects/{id}/unassign_project_group without a body; the project has no group', async () => {
		const result = await runProject('unassignProjectGroup', { projectId: projectBy.id(P.relaunch), simplify: false });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'PUT', url: `/api/v1/projects/${P.relaunch}/unassign_project_group`, json: undefined }),
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.relaunch}`)]);
		expect(result.items[0].json.project_group).toBeNull();
	});
});

describeRefusals('project', sim, [
	{ operation: 'share', method: 'PUT', parameters: { projectId: projectBy.id(P.relaunch) } },
	{ operation: 'disableShare', method: 'PUT', parameters: { projectId: projectBy.id(P.relaunch) } },
	{ operation: 'assignProjectGroup', method: 'PUT', parameters: { projectId: projectBy.id(P.relaunch), projectGroupId: pick('id', G.web) } },
	{ operation: 'unassignProjectGroup', method: 'PUT', parameters: { projectId: projectBy.id(P.relaunch) } },
]);
