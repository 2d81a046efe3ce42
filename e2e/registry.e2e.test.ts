/**
 * The published package, installed the way users install it: Settings > Community Nodes of a
 * fresh n8n 2.41.1, by name, from the registry. Verdaccio holds the packed package; the n8n
 * process and the npm it runs keep their default registry address and reach Verdaccio through the
 * sandbox proxy (every host but MOCO's goes to a TLS server minted for that host, which forwards
 * to Verdaccio), since n8n's own registry setting needs a licence. MOCO is the simulator.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';
import { startRegistry } from '../scripts/lib/registry.cjs';
import { startSandbox, type Sandbox } from '../test/simulator/https';
import { installFromSettings } from './editor';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const OWNER = { email: 'owner@moco-e2e.example', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Passw0rd!' };
const ZOE_ID = Number(fx.EXAMPLE.userId);

interface InstalledPackage {
	packageName: string;
	installedVersion: string;
	installedNodes: Array<{ name: string; type: string }>;
}

let registry: Awaited<ReturnType<typeof startRegistry>>;
let version: string;
let sandbox: Sandbox;
let server: n8n.N8nProcess;
let rest: n8n.N8nRest;
let baseUrl: string;
let userFolder: string;
const registryRequests: string[] = [];

const packageDir = () => path.join(userFolder, '.n8n', 'nodes', 'node_modules', n8n.PACKAGE_NAME);
const installed = async (): Promise<InstalledPackage[]> => rest.ok('GET', '/rest/community-packages');

beforeAll(async () => {
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	registry = await startRegistry({ logFile: path.join(ARTIFACTS, 'registry-verdaccio.log') });
	version = await registry.publish(tarball);
	sandbox = await startSandbox({
		forwardOtherHosts: { origin: registry.url, onRequest: ({ method, url, status }) => registryRequests.push(`${method} ${url} ${status}`) },
	});
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-e2e-registry-'));
	const env = (port: number) => n8n.n8nEnv({ userFolder, port, brokerPort: 0, extra: { ...sandbox.env(), N8N_LISTEN_ADDRESS: '127.0.0.1' } });
	for (const [command, file] of [
		['import:credentials', fx.writeJson(userFolder, 'credentials.json', [fx.credential()])],
		['import:workflow', fx.writeJson(userFolder, 'workflows.json', [fx.workflow()])],
	]) {
		const result = await n8n.n8nCli([command, `--input=${file}`], { ...env(await n8n.freePort()), N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()) });
		if (result.code !== 0) throw new Error(`n8n ${command} failed:\n${result.stdout}\n${result.stderr}`);
	}
	const port = await n8n.freePort();
	baseUrl = `http://127.0.0.1:${port}`;
	server = n8n.spawnN8n(['start'], { ...env(port), N8N_EDITOR_BASE_URL: baseUrl, N8N_RUNNERS_BROKER_PORT: String(await n8n.freePort()) }, {
		logFile: path.join(ARTIFACTS, 'registry-n8n.log'),
	});
	await n8n.waitForN8n(baseUrl, server, 150_000);
	rest = new n8n.N8nRest(baseUrl);
	await rest.setupOwner(OWNER);
	await rest.login(OWNER);
}, 300_000);

afterAll(async () => {
	await server?.stop();
	await sandbox?.close();
	await registry?.stop();
	fs.writeFileSync(path.join(ARTIFACTS, 'registry-requests.log'), registryRequests.join('\n'));
	if (userFolder && !process.env.MOCO_E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
});

test('POST /rest/community-packages installs the package by name from the registry; Settings lists it', async () => {
	expect(await installed()).toEqual([]);
	expect(fs.existsSync(packageDir())).toBe(false);

	const result: InstalledPackage = await rest.ok('POST', '/rest/community-packages', { name: n8n.PACKAGE_NAME });
	expect(result).toMatchObject({ packageName: n8n.PACKAGE_NAME, installedVersion: version });
	expect(result.installedNodes.map((node) => node.type).sort()).toEqual([...fx.PACKAGE_NODE_TYPES].sort());
	expect(result.installedNodes).toEqual(
		expect.arrayContaining([
			expect.objectContaining({ name: 'MOCO', type: fx.NODE_TYPE }),
			expect.objectContaining({ name: 'MOCO Invoicing', type: 'n8n-nodes-moco.mocoInvoicing' }),
			expect.objectContaining({ name: 'MOCO Trigger', type: fx.TRIGGER_TYPE }),
		]),
	);
	expect((await installed()).map((p) => [p.packageName, p.installedVersion])).toEqual([[n8n.PACKAGE_NAME, version]]);

	// It came from the registry, through npm, as the published tarball.
	expect(registryRequests).toEqual(expect.arrayContaining([`GET /${n8n.PACKAGE_NAME} 200`, expect.stringMatching(new RegExp(`^GET /${n8n.PACKAGE_NAME}/-/${n8n.PACKAGE_NAME}-${version}\\.tgz 200$`))]));
	const pkg = JSON.parse(fs.readFileSync(path.join(packageDir(), 'package.json'), 'utf8'));
	expect(pkg).toMatchObject({ name: n8n.PACKAGE_NAME, version });
	expect(fs.existsSync(path.join(packageDir(), 'dist/nodes/Moco/Moco.node.js'))).toBe(true);
	// Nothing above the package offers another n8n-workflow: it gets n8n's own, so n8n's
	// instanceof checks on the node's errors hold. (A user folder inside this repository would not.)
	expect(n8n.shadowingWorkflowCopy(userFolder)).toBeUndefined();
	expect(n8n.shadowingWorkflowCopy(path.join(ROOT, '.n8n', 'sandbox'))).toBe(path.join(ROOT, 'node_modules', 'n8n-workflow'));

	const nodes: Array<{ name: string }> = await rest.ok('GET', '/types/nodes.json');
	expect(nodes.map((n) => n.name)).toContain(fx.NODE_TYPE);
});

test('the installed node runs "Set a user\'s team" against MOCO', async () => {
	sandbox.simulator.clearRequests();
	const workflow = await rest.ok('GET', `/rest/workflows/${fx.IDS.workflow}`);
	const trigger = workflow.nodes.find((node: { type: string }) => node.type === 'n8n-nodes-base.manualTrigger');
	const { executionId } = await rest.ok('POST', `/rest/workflows/${fx.IDS.workflow}/run`, {
		workflowData: workflow,
		triggerToStartFrom: { name: trigger.name },
	});
	let execution: { status: string; finished: boolean } | undefined;
	for (let i = 0; i < 120; i++) {
		execution = await rest.ok('GET', `/rest/executions/${executionId}`);
		if (execution && !['new', 'running', 'waiting'].includes(execution.status)) break;
		await new Promise((r) => setTimeout(r, 250));
	}
	expect(execution?.status).toBe('success');
	expect(sandbox.simulator.requests.map((r) => [r.method, r.path, r.headers.authorization, JSON.parse(r.body || 'null')])).toEqual([
		['PUT', `/api/v1/users/${ZOE_ID}`, 'Token token=test-key', { unit_id: fx.EXAMPLE.unitId }],
	]);
});

test('uninstalling removes it from Settings, from the node types and from disk', async () => {
	await rest.ok('DELETE', `/rest/community-packages?name=${encodeURIComponent(n8n.PACKAGE_NAME)}`);
	expect(await installed()).toEqual([]);
	expect(fs.existsSync(packageDir())).toBe(false);
	const nodes: Array<{ name: string }> = await rest.ok('GET', '/types/nodes.json');
	expect(nodes.map((n) => n.name)).not.toContain(fx.NODE_TYPE);
});

test('Settings > Community Nodes > Install in the browser installs it too', async () => {
	const card = await installFromSettings({
		baseUrl,
		owner: OWNER,
		chromium: process.env.MOCO_E2E_CHROMIUM || 'chromium',
		screenshots: ARTIFACTS,
		packageName: n8n.PACKAGE_NAME,
	});
	expect(card).toContain(n8n.PACKAGE_NAME);
	expect((await installed()).map((p) => [p.packageName, p.installedVersion, p.installedNodes.map((node) => node.type)])).toEqual([
		[n8n.PACKAGE_NAME, version, [...fx.PACKAGE_NODE_TYPES].sort()],
	]);
	expect(fs.existsSync(path.join(packageDir(), 'dist/nodes/Moco/Moco.node.js'))).toBe(true);
});
