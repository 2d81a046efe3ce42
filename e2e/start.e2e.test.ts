/**
 * `npm start -- --sandbox` as a newcomer uses it: n8n comes up with the package installed through
 * Settings > Community Nodes (from the local registry), the "MOCO sandbox" credential and the
 * example workflows; the terminal shows a short banner with the login, not n8n's migrations,
 * deprecation notices or stack traces (those are in the log the banner names); the
 * credential reaches the simulator; and Ctrl-C (SIGINT to the foreground process group) stops
 * every process the script started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as agent from '../scripts/lib/agent.cjs';
import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');

/** Every live descendant of `pid`, from /proc (ppid is the 4th field after the command name). */
function descendants(pid: number): number[] {
	const children = new Map<number, number[]>();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let stat: string;
		try {
			stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue;
		}
		const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
		children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
	}
	const found: number[] = [];
	const stack = [pid];
	while (stack.length) for (const child of children.get(stack.pop()!) ?? []) stack.push(child), found.push(child);
	return found;
}

function alive(pid: number): boolean {
	try {
		const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
		return state !== 'Z';
	} catch {
		return false;
	}
}

let script: ChildProcess | undefined;
let userFolder: string;
let output = '';

afterAll(async () => {
	// Only reached with the script still running when a test failed: take everything down.
	if (script?.pid && script.exitCode === null) {
		const pids = descendants(script.pid);
		for (const pid of [script.pid, ...pids]) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				/* gone */
			}
		}
	}
	fs.writeFileSync(path.join(ARTIFACTS, 'npm-start-sandbox.log'), output);
	if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
});

test('npm start -- --sandbox: ready with the sandbox credential and workflow; Ctrl-C stops everything', async () => {
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-e2e-start-'));
	const port = await n8n.freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	// What `npm start -- --sandbox` runs; its own process group, like a shell's foreground job.
	script = spawn(process.execPath, ['scripts/start.mjs', '--sandbox', '--port', String(port), '--user-folder', userFolder], {
		cwd: ROOT,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const exited = new Promise<number | null>((resolve) => script!.on('close', (code) => resolve(code)));
	script.stdout!.on('data', (chunk) => (output += chunk));
	script.stderr!.on('data', (chunk) => (output += chunk));

	await n8n.waitForN8n(baseUrl, undefined, 240_000);
	for (let i = 0; i < 600 && !output.includes('Ctrl-C stops everything.'); i++) await new Promise((r) => setTimeout(r, 100));
	const banner = output.slice(output.indexOf('n8n is ready'));
	expect(banner).toContain(`n8n is ready: http://localhost:${port}`);
	// The sandbox's login, printed: no file to open first.
	const ownerFile = path.join(userFolder, 'moco-dev-owner.json');
	const owner = JSON.parse(fs.readFileSync(ownerFile, 'utf8'));
	expect(banner).toContain(`sign in      ${owner.email} / ${owner.password} (owner created now, also kept in ${ownerFile})`);
	expect(banner).toMatch(/package {6}n8n-nodes-moco@\d+\.\d+\.\d+, installed through Settings > Community Nodes/);
	expect(banner).toContain('credential "MOCO sandbox" (account acme, key test-key)');
	expect(banner).toContain(`workflows    ${fx.sandboxWorkflows().map((workflow) => `"${workflow.name}"`).join(', ')}`);
	expect(banner).toContain('"MOCO sandbox: ..."');
	// n8n's own messages are in the log the banner names; the terminal shows only those about this package.
	const logFile = path.join(userFolder, 'n8n.log');
	expect(banner).toContain(`n8n log      ${logFile}`);
	const log = fs.readFileSync(logFile, 'utf8');
	expect(log).toContain('Editor is now accessible via');
	expect(log).toContain('Community package installed: n8n-nodes-moco');
	expect(output).toContain('Community package installed: n8n-nodes-moco');
	for (const noise of [/migration/i, /deprecat/i, /Python task runner/, /Sandbox: enabled/, /license/i, /Editor is now accessible/]) expect(output).not.toMatch(noise);
	expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
	// Nothing the package or this script sets makes n8n warn, not even in the log.
	expect(log).not.toMatch(/WEBHOOK_URL|N8N_UNVERIFIED_PACKAGES_ENABLED|N8N_RUNNERS_TASK_TIMEOUT|N8N_COMPRESSION_/);

	const rest = new n8n.N8nRest(baseUrl);
	await rest.login(owner);
	const packages: Array<{ packageName: string; installedNodes: Array<{ type: string }> }> = await rest.ok('GET', '/rest/community-packages');
	// n8n lists a package's nodes by type name.
	expect(packages.map((p) => [p.packageName, p.installedNodes.map((node) => node.type)])).toEqual([[n8n.PACKAGE_NAME, [...fx.PACKAGE_NODE_TYPES].sort()]]);

	const workflows: Array<{ id: string; name: string }> = await rest.ok('GET', '/rest/workflows');
	for (const example of fx.sandboxWorkflows()) expect(workflows.map((w) => [w.id, w.name])).toContainEqual([example.id, example.name]);
	expect(workflows.map((w) => [w.id, w.name])).toContainEqual([fx.IDS.logTime, 'Log time from a ticket']);
	// The AI Agent example and its scripted model (run end to end in agent.e2e.test.ts).
	expect(workflows.map((w) => [w.id, w.name])).toContainEqual([agent.IDS_AGENT.workflow, agent.agentWorkflow().name]);
	expect(workflows.map((w) => [w.id, w.name])).toContainEqual([fx.IDS.triggerWorkflow, 'When a user changes in MOCO']);
	const credentials: Array<{ id: string; name: string; type: string }> = await rest.ok('GET', '/rest/credentials');
	expect(credentials.map((c) => [c.id, c.name, c.type])).toContainEqual([fx.IDS.credential, 'MOCO sandbox', fx.CREDENTIAL_TYPE]);
	expect(credentials.map((c) => [c.id, c.type])).toContainEqual([agent.IDS_AGENT.credential, 'openAiApi']);

	// The stored credential, tested as the editor's "Retry" button does (the key stays redacted).
	const stored = await rest.ok('GET', `/rest/credentials/${fx.IDS.credential}?includeData=true`);
	expect(JSON.stringify(stored.data)).not.toContain(fx.SANDBOX.apiKey);
	const result = await rest.ok('POST', '/rest/credentials/test', {
		credentials: { id: stored.id, name: stored.name, type: stored.type, data: stored.data },
	});
	expect(result).toMatchObject({ status: 'OK' });
	// The script logs each simulated request; its stderr may trail n8n's answer by a moment.
	const logged = 'MOCO sandbox: GET https://acme.mocoapp.com/api/v1/session -> 200';
	for (let i = 0; i < 50 && !output.includes(logged); i++) await new Promise((r) => setTimeout(r, 100));
	expect(output).toContain(logged);

	// Publishing the example trigger workflow registers its three hooks at the simulator.
	const { versionId } = await rest.ok('GET', `/rest/workflows/${fx.IDS.triggerWorkflow}`);
	await rest.ok('POST', `/rest/workflows/${fx.IDS.triggerWorkflow}/activate`, { versionId });
	const registered = 'MOCO sandbox: POST https://acme.mocoapp.com/api/v1/account/web_hooks -> 200';
	for (let i = 0; i < 300 && output.split(registered).length < 4; i++) await new Promise((r) => setTimeout(r, 100));
	expect(output.split(registered)).toHaveLength(4);

	const started = descendants(script.pid!);
	expect(started.length).toBeGreaterThan(0); // n8n and its task runner at least
	process.kill(-script.pid!, 'SIGINT');
	const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 30_000))]);
	expect(code).toBe(130);
	expect(started.filter(alive)).toEqual([]);
	expect(await n8n.portInUse(port)).toBe(false);
}, 300_000);
