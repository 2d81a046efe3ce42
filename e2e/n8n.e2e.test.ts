/**
 * The packed package inside a real n8n 2.41.1 (Node 24), talking to the MOCO simulator at
 * https://acme.mocoapp.com through a local CONNECT proxy with a run-time test CA.
 *
 * One fresh n8n user folder for the whole file: first the headless CLI runs (`n8n execute`), then
 * `n8n start` for the REST and browser checks (never both at once on one SQLite file).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import type { Sandbox } from '../test/simulator/https';
import { checkTeamDropdown, checkTeamField } from './editor';
import { ARTIFACTS, chromiumPath, prepareInstance, startServer, type Instance } from './instance';

const OWNER = { email: 'owner@moco-e2e.example', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Passw0rd!' };
const WRONG = {
	credential: fx.credential({ id: 'mocoWrongKey0001', name: 'MOCO wrong key', apiKey: 'wrong-key' }),
	workflowId: 'mocoSetTeamBad01',
};
const ZOE_ID = Number(fx.EXAMPLE.userId);
const MARKETING_ID = fx.EXAMPLE.unitId;
const EXTRA_TEAMS = 150; // with the 5 seeded teams: 155, two pages of 100

let instance: Instance;
let sandbox: Sandbox;
let userFolder: string;
let tarballFiles: string[];

const cli = (args: string[]) => instance.cli(args);

function simplified(userId: number) {
	const user = sandbox.simulator.users.find((u) => u.id === userId);
	if (!user) throw new Error(`no user ${userId} in the simulator`);
	return {
		id: user.id,
		firstname: user.firstname,
		lastname: user.lastname,
		email: user.email,
		unit_id: user.unit?.id ?? null,
		unit_name: user.unit?.name ?? null,
		active: user.active,
		external: user.extern,
	};
}

beforeAll(async () => {
	instance = await prepareInstance('n8n', {
		credentials: [fx.credential(), WRONG.credential],
		workflows: [
			fx.workflow(),
			fx.workflow({
				id: WRONG.workflowId,
				name: "Set a user's team (wrong key)",
				credentialId: WRONG.credential.id,
				credentialName: WRONG.credential.name,
			}),
			fx.teamByNameWorkflow(),
			fx.teamByNameWorkflow({ typeVersion: 1 }),
		],
	});
	({ sandbox, userFolder } = instance);
	tarballFiles = execFileSync('tar', ['-tzf', instance.tarball], { encoding: 'utf8' })
		.split('\n')
		.filter((entry) => entry && !entry.endsWith('/'))
		.map((entry) => entry.replace(/^package\//, ''));
}, 300_000);

afterAll(async () => {
	await instance?.close();
});

describe('the packed package', () => {
	test('contains the built nodes and credential and nothing else', () => {
		// The MOCO node, one node per MOCO area, the trigger; each with its codex.
		const nodes = ['Moco', 'MocoTime', 'MocoProjects', 'MocoCustomers', 'MocoInvoicing', 'MocoPurchasing', 'MocoStaff', 'MocoAccount'].map((name) => `dist/nodes/Moco/${name}.node.js`);
		nodes.push('dist/nodes/MocoTrigger/MocoTrigger.node.js');
		expect(tarballFiles).toEqual(
			expect.arrayContaining(['package.json', ...nodes, ...nodes.map((file) => file.replace(/\.js$/, '.json')), 'dist/credentials/MocoApi.credentials.js']),
		);
		expect(tarballFiles.filter((f) => f !== 'package.json' && !f.startsWith('dist/') && !/^(README|LICENSE)/i.test(f))).toEqual([]);
		const installed = JSON.parse(
			fs.readFileSync(path.join(userFolder, '.n8n/nodes/node_modules', n8n.PACKAGE_NAME, 'package.json'), 'utf8'),
		);
		expect(installed.devDependencies).toBeUndefined();
		expect(installed.n8n.nodes).toEqual(nodes);
	});
});

describe('headless: n8n execute', () => {
	test("\"Set a user's team\" sends exactly one PUT and outputs the simplified user", async () => {
		expect(simplified(ZOE_ID).unit_id).not.toBe(MARKETING_ID);
		sandbox.simulator.clearRequests();

		const result = await cli(['execute', `--id=${fx.IDS.workflow}`, '--rawOutput']);
		fs.writeFileSync(path.join(ARTIFACTS, 'execute-ok.log'), `${result.stdout}\n${result.stderr}`);
		expect(result.code).toBe(0);

		expect(sandbox.simulator.requests).toHaveLength(1);
		const [put] = sandbox.simulator.requests;
		expect(put).toMatchObject({ method: 'PUT', host: 'acme.mocoapp.com', path: `/api/v1/users/${ZOE_ID}` });
		expect(put.headers.authorization).toBe('Token token=test-key');
		expect(put.headers['content-type']).toMatch(/^application\/json/);
		expect(JSON.parse(put.body)).toEqual({ unit_id: MARKETING_ID });

		const run = n8n.parseTrailingJson(result.stdout);
		const output = run.data.resultData.runData.MOCO[0].data.main[0].map((item: { json: unknown }) => item.json);
		expect(output).toEqual([
			{
				id: ZOE_ID,
				firstname: 'Zoë',
				lastname: 'Ångström',
				email: 'zoe.angstrom@acme.example',
				unit_id: MARKETING_ID,
				unit_name: 'Marketing',
				active: true,
				external: false,
			},
		]);
		expect(output[0]).toEqual(simplified(ZOE_ID));
		expect(sandbox.refused).toEqual([]);
	});

	test("a wrong API key fails the run with MOCO's 401 reason", async () => {
		sandbox.simulator.clearRequests();
		const result = await cli(['execute', `--id=${WRONG.workflowId}`, '--rawOutput']);
		const output = `${result.stdout}\n${result.stderr}`;
		fs.writeFileSync(path.join(ARTIFACTS, 'execute-401.log'), output);
		expect(result.code).not.toBe(0);
		// MOCO's own reason (the simulator's 401 body) and the node's words around it.
		expect(output).toContain('Unauthorized: invalid API key');
		expect(output).toContain('MOCO rejected the API key');
		expect(output).toContain('Check the API key and subdomain in the MOCO credential.');
		expect(sandbox.simulator.requests.length).toBeGreaterThan(0);
		for (const req of sandbox.simulator.requests) {
			expect(req).toMatchObject({ method: 'PUT', path: `/api/v1/users/${ZOE_ID}` });
			expect(req.headers.authorization).toBe('Token token=wrong-key');
		}
	});
});

describe('n8n start: REST and editor', () => {
	let server: Awaited<ReturnType<typeof startServer>>;
	let rest: n8n.N8nRest;
	let baseUrl: string;

	beforeAll(async () => {
		server = await startServer(instance, OWNER, 'n8n-start.log');
		({ rest, baseUrl } = server);
		sandbox.simulator.addUnits(EXTRA_TEAMS, 'Team');
	}, 200_000);

	afterAll(async () => {
		await server?.stop();
	});

	test('n8n lists the MOCO node and the MOCO API credential type', async () => {
		const nodes: Array<{ name: string; displayName: string }> = await rest.ok('GET', '/types/nodes.json');
		expect(nodes.find((n) => n.name === fx.NODE_TYPE)).toMatchObject({ displayName: 'MOCO' });
		const credentials: Array<{ name: string; displayName: string }> = await rest.ok('GET', '/types/credentials.json');
		expect(credentials.find((c) => c.name === fx.CREDENTIAL_TYPE)).toMatchObject({ displayName: 'MOCO API' });
	});

	test('the credential test passes with the sandbox key (GET /session)', async () => {
		sandbox.simulator.clearRequests();
		const result = await rest.ok('POST', '/rest/credentials/test', { credentials: fx.credential() });
		expect(result).toMatchObject({ status: 'OK' });
		expect(sandbox.simulator.requests.map((r) => `${r.method} ${r.path} ${r.headers.authorization}`)).toEqual([
			'GET /api/v1/session Token token=test-key',
		]);
	});

	test('the credential test fails with a clear message for a wrong key', async () => {
		sandbox.simulator.clearRequests();
		const result = await rest.ok('POST', '/rest/credentials/test', { credentials: WRONG.credential });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('MOCO rejected the API key (401)');
		fs.writeFileSync(path.join(ARTIFACTS, 'credential-test-401.json'), JSON.stringify(result, null, 2));
		expect(sandbox.simulator.requests.length).toBeGreaterThan(0);
		for (const req of sandbox.simulator.requests) {
			expect(`${req.method} ${req.path} ${req.headers.authorization}`).toBe('GET /api/v1/session Token token=wrong-key');
		}
	});

	test('getTeams returns every team of the account, across pages', async () => {
		sandbox.simulator.clearRequests();
		const options: Array<{ name: string; value: number }> = await rest.ok('POST', '/rest/dynamic-node-parameters/options', {
			path: 'parameters.unitId',
			methodName: 'getTeams',
			nodeTypeAndVersion: { name: fx.NODE_TYPE, version: 1 },
			currentNodeParameters: { resource: 'user', operation: 'update', userId: fx.userIdParameter(fx.EXAMPLE.userId) },
			credentials: { [fx.CREDENTIAL_TYPE]: { id: fx.IDS.credential, name: 'MOCO sandbox' } },
		});
		const units = sandbox.simulator.units;
		expect(units.length).toBe(5 + EXTRA_TEAMS);
		expect(options).toHaveLength(units.length);
		expect(new Map(options.map((o) => [o.value, o.name]))).toEqual(new Map(units.map((u) => [u.id, u.name])));
		expect(options.map((o) => o.name)).toEqual(expect.arrayContaining(['Geschäftsführung', 'Design & UX', 'Team 150']));
		const pages = sandbox.simulator.requests.map((r) => `${r.method} ${r.path} page=${r.query.page ?? '1'}`);
		expect(pages).toEqual(['GET /api/v1/units page=1', 'GET /api/v1/units page=2']);
	});

	test('the editor lists every team under "Team Name or ID", and Execute step sends the picked one (headless chromium)', async () => {
		const sales = sandbox.simulator.units.find((u) => u.name === 'Sales')!;
		sandbox.simulator.clearRequests();
		const { teams: names, output } = await checkTeamDropdown({
			baseUrl,
			workflowId: fx.IDS.workflow,
			owner: OWNER,
			chromium: chromiumPath(),
			screenshots: ARTIFACTS,
			pickTeam: sales.name,
		});
		// Every team of the account, both pages, non-ASCII names intact.
		expect([...names].sort()).toEqual(sandbox.simulator.units.map((u) => u.name).sort());
		expect(names).toEqual(expect.arrayContaining(['Marketing', 'Geschäftsführung', 'Design & UX', 'Team 150']));

		const puts = sandbox.simulator.requests.filter((r) => r.method === 'PUT');
		expect(puts.map((r) => [r.path, JSON.parse(r.body)])).toEqual([[`/api/v1/users/${ZOE_ID}`, { unit_id: sales.id }]]);
		expect(output).toContain('Ångström');
		expect(output).toContain(String(sales.id));
	});

	test('a team written as {{ "Sales" }}: version 1\'s dropdown warns "not supported", version 1.1\'s Team picker takes it without a warning and Execute step sends it (headless chromium)', async () => {
		const sales = sandbox.simulator.units.find((u) => u.name === 'Sales')!;
		const editor = { baseUrl, owner: OWNER, chromium: chromiumPath(), screenshots: ARTIFACTS };

		// The control: the warning the issue reported, so the check below can see one when it is there.
		const v1 = await checkTeamField({ ...editor, workflowId: fx.IDS.teamByNameV1, prefix: 'team-by-name-v1', execute: false, expectIssues: true });
		expect(v1.issues).toEqual(['The value "Sales" is not supported!']);
		expect(v1.warningsInNode).toBe(1);

		sandbox.simulator.clearRequests();
		const latest = await checkTeamField({ ...editor, workflowId: fx.IDS.teamByName, prefix: 'team-by-name-v1.1', execute: true, expectIssues: false });
		expect(latest.issues).toEqual([]);
		expect(latest.warningsInNode).toBe(0);
		const puts = sandbox.simulator.requests.filter((r) => r.method === 'PUT');
		expect(puts.map((r) => [r.path, JSON.parse(r.body)])).toEqual([[`/api/v1/users/${ZOE_ID}`, { unit_id: sales.id }]]);
		expect(latest.output).toContain('Ångström');
		expect(latest.output).toContain('Sales');
	});
});
