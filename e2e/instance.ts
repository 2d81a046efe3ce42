/**
 * One n8n for an e2e file: a fresh user folder with the packed package installed, the MOCO
 * simulator behind the sandbox proxy, the file's credentials and workflows imported; first the
 * headless CLI (`n8n execute`), then `n8n start` for REST and the browser (never both at once on
 * one SQLite file).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { writeJson } from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';
import { startSandbox, type Sandbox } from '../test/simulator/https';

export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
export const chromiumPath = () => process.env.MOCO_E2E_CHROMIUM || 'chromium';

export interface Instance {
	sandbox: Sandbox;
	userFolder: string;
	tarball: string;
	/** n8n's environment: the sandbox proxy, ports, and `extra`. */
	env(extra?: Record<string, string>, port?: number, brokerPort?: number): NodeJS.ProcessEnv;
	/** An n8n CLI command on ports of its own. */
	cli(args: string[]): ReturnType<typeof n8n.n8nCli>;
	close(): Promise<void>;
}

export async function prepareInstance(name: string, imports: { credentials: unknown[]; workflows: unknown[] }): Promise<Instance> {
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	const sandbox = await startSandbox();
	const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), `moco-e2e-${name}-`));
	const env = (extra: Record<string, string> = {}, port?: number, brokerPort = 0) =>
		n8n.n8nEnv({ userFolder, port, brokerPort, extra: { ...sandbox.env(), ...extra } });
	const instance: Instance = {
		sandbox,
		userFolder,
		tarball,
		env,
		cli: async (args) => n8n.n8nCli(args, env({}, await n8n.freePort(), await n8n.freePort())),
		close: async () => {
			await sandbox.close();
			if (!process.env.MOCO_E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
		},
	};
	await n8n.installPackedPackage(userFolder, tarball);
	for (const [command, file] of [
		['import:credentials', writeJson(userFolder, 'credentials.json', imports.credentials)],
		['import:workflow', writeJson(userFolder, 'workflows.json', imports.workflows)],
	]) {
		const result = await instance.cli([command, `--input=${file}`]);
		if (result.code !== 0) throw new Error(`n8n ${command} failed:\n${result.stdout}\n${result.stderr}`);
	}
	return instance;
}

export interface Server {
	baseUrl: string;
	rest: n8n.N8nRest;
	stop(): Promise<unknown>;
}

/** `n8n start` on free ports, its log in artifacts/e2e/<logName>; the owner set up and signed in over REST. */
export async function startServer(instance: Instance, owner: { email: string; password: string; firstName: string; lastName: string }, logName: string): Promise<Server> {
	const port = await n8n.freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const server = n8n.spawnN8n(['start'], instance.env({ N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_EDITOR_BASE_URL: baseUrl }, port, await n8n.freePort()), {
		logFile: path.join(ARTIFACTS, logName),
	});
	await n8n.waitForN8n(baseUrl, server, 150_000);
	const rest = new n8n.N8nRest(baseUrl);
	await rest.setupOwner(owner);
	await rest.login(owner);
	return { baseUrl, rest, stop: () => server.stop() };
}
