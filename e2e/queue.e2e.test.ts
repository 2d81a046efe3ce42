/**
 * n8n's queue mode: a main instance and two workers on Redis and PostgreSQL, the package
 * installed into each process's own folder (as Community Nodes does), and the MOCO simulator
 * behind the proxy enforcing MOCO's limit (Standard plan, 120 requests per 2 minutes per key,
 * interpolated windows, rejected requests counted, no Retry-After).
 *
 * Two executions of a 100-item User > Update workflow start at once with the same credential,
 * one on each worker. Each worker paces the key on its own, so together they send twice what
 * MOCO allows; only backing off on 429 keeps them in. Nothing may be lost.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';
import { startQueueServices, type QueueServices } from '../scripts/lib/queue.cjs';
import { MocoSimulator } from '../test/simulator';
import { startSandbox, type Sandbox } from '../test/simulator/https';
import { TRIGGER, finished, outputOf, updateWorkflow, waitForHealth } from './queue';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const OWNER = { email: 'owner@moco-e2e.example', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Passw0rd!' };
const ITEMS = 100;
const PLAN = { max: 120, windowMs: 120_000 };

interface Sent {
	at: number;
	method: string;
	url: string;
	status: number | string;
}

interface Worker {
	name: string;
	proc: n8n.N8nProcess;
	executions: string[];
}

let services: QueueServices | undefined;
let sandbox: Sandbox | undefined;
let root: string;
let main: n8n.N8nProcess | undefined;
let rest: n8n.N8nRest;
let credentialId: string;
const workers: Worker[] = [];
const sent: Sent[] = [];
// The simulator's clock is shifted so that one of MOCO's windows begins as the runs begin: from
// a quiet key, the phase where too fast a pace is refused soonest.
let shift = 0;

const stats = { setupMs: 0, runMs: 0 };

beforeAll(async () => {
	const started = Date.now();
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-e2e-queue-'));
	services = await startQueueServices();

	const simulator = new MocoSimulator({ now: () => Date.now() - shift, rateLimit: { ...PLAN, origin: 0 } });
	sandbox = await startSandbox({
		simulator,
		onRequest: ({ method, url, status }) => sent.push({ at: Date.now(), method, url, status }),
	});

	const folders = ['main', 'worker-1', 'worker-2'].map((name) => path.join(root, name));
	await Promise.all(folders.map((folder) => n8n.installPackedPackage(folder, tarball)));
	const shared = { ...sandbox.env(), ...services.env, N8N_ENCRYPTION_KEY: 'moco-queue-e2e-key', N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5' };

	const port = await n8n.freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	main = n8n.spawnN8n(
		['start'],
		n8n.n8nEnv({
			userFolder: folders[0],
			port,
			brokerPort: await n8n.freePort(),
			extra: { ...shared, N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_EDITOR_BASE_URL: baseUrl, OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true' },
		}),
		{ logFile: path.join(ARTIFACTS, 'queue-main.log') },
	);
	// Main runs the migrations; workers start once the schema is there.
	await n8n.waitForN8n(baseUrl, main, 150_000);
	rest = new n8n.N8nRest(baseUrl);
	await rest.setupOwner(OWNER);
	await rest.login(OWNER);
	const { name, type, data } = fx.credential();
	credentialId = String((await rest.ok('POST', '/rest/credentials', { name, type, data: { ...data, plan: 'standard' } })).id);
	await Promise.all(
		[1, 2].map(async (n) => {
			const healthPort = await n8n.freePort();
			const worker: Worker = { name: `worker-${n}`, executions: [], proc: undefined as unknown as n8n.N8nProcess };
			worker.proc = n8n.spawnN8n(
				// One execution at a time: the second execution has to go to the other worker.
				['worker', '--concurrency=1'],
				n8n.n8nEnv({
					userFolder: folders[n],
					brokerPort: await n8n.freePort(),
					extra: { ...shared, QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(healthPort) },
				}),
				{
					logFile: path.join(ARTIFACTS, `queue-worker-${n}.log`),
					onLine: (line) => {
						const match = /Worker started execution (\d+)/.exec(line);
						if (match) worker.executions.push(match[1]);
					},
				},
			);
			workers.push(worker);
			await waitForHealth(`http://127.0.0.1:${healthPort}/healthz/readiness`, worker.proc);
		}),
	);
	stats.setupMs = Date.now() - started;
}, 300_000);

afterAll(async () => {
	// Workers first (a busy one finishes its execution first), then main, simulator, Redis, Postgres.
	await Promise.all(workers.map((w) => w.proc.stop(15_000)));
	await main?.stop(15_000);
	await sandbox?.close();
	await services?.stop();
	if (root && !process.env.MOCO_E2E_KEEP) fs.rmSync(root, { recursive: true, force: true });
}, 120_000);

test('two 100-item executions on two workers, one key: every user updated, nothing lost, the key kept near its limit', async () => {
	const simulator = sandbox!.simulator;
	const teams = simulator.units;
	const people = simulator.addUsers(2 * ITEMS);
	// Each person moves to the next team and gets a note saying which run and item asked for it.
	const asked = people.map((user, i) => {
		const next = teams[(teams.findIndex((t) => t.id === user.unit.id) + 1) % teams.length];
		return { id: user.id, unit_id: next.id, info: `queue run ${i < ITEMS ? 'A' : 'B'}, item ${i % ITEMS}` };
	});
	const workflowIds: string[] = [];
	for (const [n, run] of ['A', 'B'].entries()) {
		const created = await rest.ok('POST', '/rest/workflows', updateWorkflow(`Queue run ${run}`, credentialId, asked.slice(n * ITEMS, (n + 1) * ITEMS)));
		workflowIds.push(String(created.id));
	}
	simulator.clearRequests();
	sent.length = 0;
	shift = Date.now() % PLAN.windowMs;

	const runStart = Date.now();
	const runs = await Promise.all(workflowIds.map((id) => rest.ok('POST', `/rest/workflows/${id}/run`, { triggerToStartFrom: { name: TRIGGER } })));
	const executionIds = runs.map((r: { executionId: string }) => String(r.executionId));
	const executions = await Promise.all(executionIds.map((id) => finished(rest, id, 480_000)));
	stats.runMs = Date.now() - runStart;

	// Which worker ran which execution: only the worker logs say.
	const ranOn = executionIds.map((id) => workers.filter((w) => w.executions.includes(id)).map((w) => w.name));
	const puts = sent.filter((r) => r.method === 'PUT');
	const accepted = puts.filter((r) => r.status === 200);
	const refused = sent.filter((r) => r.status === 429);
	const spanMs = Math.max(...sent.map((r) => r.at)) - Math.min(...sent.map((r) => r.at));
	const allowedPerMs = PLAN.max / PLAN.windowMs;
	const achieved = accepted.length / spanMs / allowedPerMs;
	// Accepted and refused requests per 20 s, for the README's figures.
	const first = Math.min(...sent.map((r) => r.at));
	const timeline: Record<string, string> = {};
	for (const r of sent) {
		const from = Math.floor((r.at - first) / 20_000) * 20;
		const [ok, refusedCount] = (timeline[`${from}s`] ?? '0/0').split('/').map(Number);
		timeline[`${from}s`] = r.status === 429 ? `${ok}/${refusedCount + 1}` : `${ok + 1}/${refusedCount}`;
	}
	const summary = {
		executions: executionIds.map((id, i) => ({ id, status: executions[i].status, worker: ranOn[i] })),
		requests: sent.length,
		acceptedPuts: accepted.length,
		refused429: refused.length,
		spanSeconds: Math.round(spanMs / 100) / 10,
		achievedOfAllowed: Math.round(achieved * 100) / 100,
		setupSeconds: Math.round(stats.setupMs / 1000),
		runSeconds: Math.round(stats.runMs / 1000),
		acceptedSlashRefusedPer20s: timeline,
	};
	fs.writeFileSync(path.join(ARTIFACTS, 'queue-summary.json'), JSON.stringify(summary, null, 2));
	process.stderr.write(`[e2e] queue mode: ${JSON.stringify(summary)}\n`);

	// One execution on each worker.
	expect(ranOn.map((names) => names.length)).toEqual([1, 1]);
	expect(new Set(ranOn.flat()).size).toBe(2);
	// 0 failed items: both succeeded, 100 items each, none an error.
	for (const execution of executions) {
		expect(execution.status).toBe('success');
		const { items, error } = outputOf(execution);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(ITEMS);
		expect(items.filter((item) => item.error !== undefined || item.json.error !== undefined)).toEqual([]);
	}
	// Every user changed exactly as asked, by exactly one accepted PUT.
	for (const want of asked) {
		const user = simulator.users.find((u) => u.id === want.id)!;
		expect({ id: user.id, unit_id: user.unit.id, info: user.info }).toEqual(want);
	}
	expect(accepted.map((r) => r.url).sort()).toEqual(asked.map((a) => `/api/v1/users/${a.id}`).sort());
	expect(sent.filter((r) => r.status !== 200 && r.status !== 429)).toEqual([]);
	// Both together stay close to what MOCO allows.
	expect(achieved).toBeGreaterThanOrEqual(0.8);
	expect(sandbox!.refused).toEqual([]);
}, 600_000);
