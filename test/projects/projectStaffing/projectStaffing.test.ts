import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;
const P = SEED_IDS.projects;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'projectStaffing', operation, ...parameters }, ...options });

const contracts = (project: number) => `/projects/${project}/contracts`;

describe('Project Staffing', () => {
	test('Create: the project by identifier, the user by email; billable and active as JSON booleans (peer lesson 5), budget and hourly rate as numbers', async () => {
		const anais = mocoGet(sim(), `/users/${U.anais}`);
		const result = await run('create', {
			projectId: pick.by('identifier', 'P-2024-003'),
			userId: pick.by('email', String(anais.email)),
			additionalFields: { billable: false, active: true, budget: 9900, hourlyRate: 110 },
		});

		expect(result.error).toBeUndefined();
		const post = sim().requests.find((request) => request.method === 'POST')!;
		expect(requestSummary(post)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: `/api/v1${contracts(P.festpreis)}`,
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { user_id: U.anais, billable: false, active: true, budget: 9900, hourly_rate: 110 },
		});
		expect(result.items[0].json).toEqual(mocoGet(sim(), `${contracts(P.festpreis)}/${String(result.items[0].json.id)}`));
	});

	test('Update changes only what is set (peer lesson 4); the user cannot be changed (not offered)', async () => {
		const contract = mocoSend(sim(), 'POST', contracts(P.relaunch), { user_id: U.anais, budget: 5000 });

		const result = await run('update', {
			projectId: pick.id(P.relaunch),
			staffAssignmentId: pick.id(contract.id as number),
			updateFields: { hourlyRate: 95.5, userId: pick.id(U.zoe) },
		});

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([
			['PUT', `/api/v1${contracts(P.relaunch)}/${String(contract.id)}`, { hourly_rate: 95.5 }],
		]);
		expect(result.items[0].json).toMatchObject({ user_id: U.anais, budget: 5000, hourly_rate: 95.5 });
	});

	test('Get, Get Many and Delete within the project', async () => {
		const contract = mocoSend(sim(), 'POST', contracts(P.retainer), { user_id: U.lukasz });
		const path = `/api/v1${contracts(P.retainer)}`;

		const got = await run('get', { projectId: pick.id(P.retainer), staffAssignmentId: pick.list(contract.id as number) });
		const many = await run('getAll', { projectId: pick.id(P.retainer), returnAll: true });
		const deleted = await run('delete', { projectId: pick.id(P.retainer), staffAssignmentId: pick.id(contract.id as number) });

		expect(requestLines(sim())).toEqual([`GET ${path}/${String(contract.id)}`, `GET ${path}`, `DELETE ${path}/${String(contract.id)}`]);
		expect(got.items[0].json).toMatchObject({ id: contract.id, user_id: U.lukasz });
		expect(many.items.map((item) => item.json.id)).toContain(contract.id);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('removing someone with hours on the project: MOCO’s 422 message reaches the user, Continue On Fail goes on', async () => {
		const withHours = SEED_IDS.contracts.relaunchLukasz;
		const spare = mocoSend(sim(), 'POST', contracts(P.retainer), { user_id: U.anais });

		const result = await run(
			'delete',
			{ projectId: pick.id('={{ $json.project }}'), staffAssignmentId: pick.id('={{ $json.contract }}') },
			{ items: [{ project: P.relaunch, contract: withHours }, { project: P.retainer, contract: spare.id }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json)).toEqual([
			{ error: 'MOCO could not save the data (422): The staff assignment cannot be deleted because the person has tracked hours on this project.' },
			{ deleted: true },
		]);
	});

	test('a bad project ID: refused before any request', async () => {
		const result = await run('getAll', { projectId: pick.id('={{ "5/../x" }}'), returnAll: true });

		expect(result.error?.message).toBe('Project ID must be a positive whole number, not "5/../x" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

test('README example "staff a project"', async () => {
	const result = await run('create', {
		projectId: pick.by('identifier', 'P-2024-003'),
		userId: pick.by('email', 'anais.dubois@acme.example'),
		additionalFields: { budget: 5000, hourlyRate: 95 },
	});

	expect(requestLines(sim())[2]).toBe(`POST /api/v1/projects/${P.festpreis}/contracts`);
	expect(sim().requests[2].json).toEqual({ budget: 5000, hourly_rate: 95, user_id: U.anais });
	expect(result.items[0].json).toMatchObject({ id: 458600008, user_id: U.anais, firstname: 'Anaïs', lastname: 'Dubois', billable: true, active: true, budget: 5000, hourly_rate: 95 });
});
