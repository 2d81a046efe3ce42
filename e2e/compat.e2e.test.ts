/**
 * Older n8n: many self-hosters still run n8n 1.x (on Node 20). The packed package, installed as
 * Settings > Community Nodes does, runs "Set a user's team" headless (`n8n execute`) against the
 * simulator in each version. CI runs the newest 1.x; `MOCO_E2E_N8N_VERSIONS=1.85.3,1.123.81 npm
 * run test:e2e -- compat` runs others (each is provisioned into .cache/ once, minutes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { compatVersions, n8nInstall, ROOT } from '../scripts/lib/provision.cjs';
import { startSandbox, type Sandbox } from '../test/simulator/https';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const ZOE_ID = Number(fx.EXAMPLE.userId);

let sandbox: Sandbox;
beforeAll(async () => {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	sandbox = await startSandbox();
});
afterAll(async () => {
	await sandbox?.close();
});

describe.each(compatVersions())('n8n %s', (version) => {
	const install = n8nInstall(version);
	let userFolder: string;

	beforeAll(() => {
		userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `moco-e2e-n8n-${version}-`));
	});
	afterAll(() => {
		if (userFolder && !process.env.MOCO_E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
	});

	test("loads the package and runs \"Set a user's team\": one PUT, the simplified user out", async () => {
		const tarball = process.env.MOCO_E2E_TARBALL;
		if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
		await n8n.installPackedPackage(userFolder, tarball);
		const cli = async (args: string[]) =>
			n8n.n8nCli(args, n8n.n8nEnv({ userFolder, port: await n8n.freePort(), brokerPort: await n8n.freePort(), extra: sandbox.env(), install }), { install });
		for (const [command, file] of [
			['import:credentials', fx.writeJson(userFolder, 'credentials.json', [fx.credential()])],
			['import:workflow', fx.writeJson(userFolder, 'workflows.json', [fx.workflow()])],
		]) {
			const imported = await cli([command, `--input=${file}`]);
			expect({ command, code: imported.code, output: imported.code ? `${imported.stdout}\n${imported.stderr}`.slice(-3000) : '' }).toEqual({ command, code: 0, output: '' });
		}
		sandbox.simulator.clearRequests();
		const before = sandbox.simulator.users.find((u) => u.id === ZOE_ID)!;
		const result = await cli(['execute', `--id=${fx.IDS.workflow}`, '--rawOutput']);
		fs.writeFileSync(path.join(ARTIFACTS, `compat-n8n-${version}.log`), `${result.stdout}\n${result.stderr}`);
		expect(result.code).toBe(0);

		expect(sandbox.simulator.requests.map((r) => [r.method, r.path, r.headers.authorization, JSON.parse(r.body || 'null')])).toEqual([
			['PUT', `/api/v1/users/${ZOE_ID}`, 'Token token=test-key', { unit_id: fx.EXAMPLE.unitId }],
		]);
		const run = n8n.parseTrailingJson(result.stdout);
		const output = run.data.resultData.runData.MOCO[0].data.main[0].map((item: { json: unknown }) => item.json);
		expect(output).toEqual([
			{ id: ZOE_ID, firstname: before.firstname, lastname: before.lastname, email: before.email, unit_id: fx.EXAMPLE.unitId, unit_name: 'Marketing', active: true, external: false },
		]);
	});
});
