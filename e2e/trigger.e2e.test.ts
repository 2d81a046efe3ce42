/**
 * The MOCO Trigger in a real n8n 2.41.1: publishing registers MOCO webhooks with n8n's production
 * URL at the simulator; a record changed in MOCO is delivered, signed, and becomes an execution;
 * a forged delivery gets 401 and no execution; unpublishing deletes exactly those hooks.
 * n8n is reached on 127.0.0.1 (N8N_WEBHOOK_URL); MOCO calls go through the sandbox proxy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'flatted';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';
import { startSandbox, type Sandbox } from '../test/simulator/https';
import { attachWebhooks, type MocoWebhooks } from '../test/simulator/webhooks';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const OWNER = { email: 'owner@moco-trigger.example', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Passw0rd!' };
const ZOE_ID = Number(fx.EXAMPLE.userId);
const FOREIGN_HOOK = 'https://hooks.example.com/someone-else';

let sandbox: Sandbox;
let webhooks: MocoWebhooks;
let server: n8n.N8nProcess;
let rest: n8n.N8nRest;
let baseUrl: string;
let userFolder: string;
let workflowId: string;
let hookUrl: string;

interface ExecutionSummary {
	id: string;
	mode: string;
	status: string;
}

async function executions(): Promise<ExecutionSummary[]> {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const { results } = await rest.ok('GET', `/rest/executions?filter=${filter}`);
	return results;
}

/** Polls until `check` returns something; n8n publishes through an outbox and records executions after answering. */
async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const result = await check();
		if (result !== undefined) return result;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

async function waitForExecutions(count: number): Promise<ExecutionSummary[]> {
	return await waitFor(`${count} finished execution(s)`, async () => {
		const list = await executions();
		return list.length >= count && list.every((e) => e.status !== 'running' && e.status !== 'new') ? list : undefined;
	});
}

async function triggerOutput(executionId: string): Promise<Array<Record<string, any>>> {
	const execution = await rest.ok('GET', `/rest/executions/${executionId}`);
	const data = parse(execution.data);
	return data.resultData.runData['MOCO Trigger'][0].data.main[0].map((item: { json: Record<string, any> }) => item.json);
}

const mocoCalls = () =>
	sandbox.simulator.requests
		.filter((r) => r.path.startsWith('/api/v1/account/web_hooks'))
		.map((r) => [r.method, r.path.replace('/api/v1', ''), ...(r.json === undefined ? [] : [r.json])]);

beforeAll(async () => {
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	sandbox = await startSandbox();
	webhooks = attachWebhooks(sandbox.simulator, { secret: fx.SANDBOX.webhookSecret });
	webhooks.addHook({ target: 'User', event: 'update', hook: FOREIGN_HOOK, disabled: true });
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-e2e-trigger-'));
	await n8n.installPackedPackage(userFolder, tarball);

	const port = await n8n.freePort();
	baseUrl = `http://127.0.0.1:${port}`;
	const env = n8n.n8nEnv({
		userFolder,
		port,
		brokerPort: await n8n.freePort(),
		extra: { ...sandbox.env(), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_EDITOR_BASE_URL: baseUrl, N8N_WEBHOOK_URL: `${baseUrl}/` },
	});
	server = n8n.spawnN8n(['start'], env, { logFile: path.join(ARTIFACTS, 'n8n-trigger.log') });
	await n8n.waitForN8n(baseUrl, server, 150_000);
	rest = new n8n.N8nRest(baseUrl);
	await rest.setupOwner(OWNER);
	await rest.login(OWNER);

	const { data, name, type } = fx.credential();
	const credential = await rest.ok('POST', '/rest/credentials', { name, type, data });
	const { nodes, connections, settings } = fx.triggerWorkflow({ credentialId: credential.id });
	const workflow = await rest.ok('POST', '/rest/workflows', { name: 'When a user changes in MOCO', nodes, connections, settings });
	workflowId = workflow.id;
	hookUrl = `${baseUrl}/webhook/${nodes[0].webhookId}/webhook`;
}, 240_000);

afterAll(async () => {
	await server?.stop();
	await sandbox?.close();
	if (userFolder && !process.env.MOCO_E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
});

test('n8n lists the MOCO Trigger with the MOCO icon', async () => {
	const nodes: Array<{ name: string; displayName: string; iconUrl?: { light: string; dark: string } }> = await rest.ok('GET', '/types/nodes.json');
	const trigger = nodes.find((n) => n.name === fx.TRIGGER_TYPE);
	expect(trigger).toMatchObject({ displayName: 'MOCO Trigger' });
	for (const icon of [trigger!.iconUrl!.light, trigger!.iconUrl!.dark]) {
		const res = await fetch(`${baseUrl}/${icon}`);
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('<svg');
	}
});

test("publishing registers one MOCO webhook per event, with n8n's production URL", async () => {
	sandbox.simulator.clearRequests();
	const { versionId } = await rest.ok('GET', `/rest/workflows/${workflowId}`);
	await rest.ok('POST', `/rest/workflows/${workflowId}/activate`, { versionId });

	const posts = await waitFor('three registrations', () => {
		const sent = mocoCalls().filter(([method]) => method === 'POST');
		return sent.length >= 3 ? sent : undefined;
	});
	expect(posts).toEqual(
		['create', 'update', 'delete'].map((event) => ['POST', '/account/web_hooks', { target: 'User', event, hook: hookUrl }]),
	);
	for (const request of sandbox.simulator.requests) expect(request.headers.authorization).toBe(`Token token=${fx.SANDBOX.apiKey}`);
	expect(webhooks.hooks.filter((h) => h.hook === hookUrl).map((h) => [h.target, h.event, h.disabled])).toEqual([
		['User', 'create', false],
		['User', 'update', false],
		['User', 'delete', false],
	]);
	expect(sandbox.refused).toEqual([]);
});

test('a user changed in MOCO is delivered, signed, and starts an execution with the record', async () => {
	// A change made in MOCO: the simulator delivers "User updated" to every matching hook.
	const answer = sandbox.simulator.handle({
		method: 'PUT',
		url: `https://acme.mocoapp.com/api/v1/users/${ZOE_ID}`,
		headers: { authorization: `Token token=${fx.SANDBOX.apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ info: 'Leads the MOCO rollout' }),
	});
	expect(answer).toMatchObject({ status: 200 });
	await webhooks.flush();
	expect(webhooks.deliveries.map((d) => [d.url, d.headers['x-moco-event'], d.status])).toEqual([[hookUrl, 'update', 200]]);

	const [execution] = await waitForExecutions(1);
	expect(execution).toMatchObject({ mode: 'webhook', status: 'success' });
	const [item] = await triggerOutput(execution.id);
	const sent = JSON.parse(webhooks.deliveries[0].body);
	expect(item).toEqual({
		...sent,
		mocoDelivery: {
			event: 'update',
			target: 'User',
			timestamp: new Date(Number(webhooks.deliveries[0].headers['x-moco-timestamp'])).toISOString(),
			userId: sandbox.simulator.sessionUserId(),
			accountUrl: 'https://acme.mocoapp.com',
			origin: 'api',
			payload: 'record',
		},
	});
	expect(item).toMatchObject({ id: ZOE_ID, lastname: 'Ångström', info: 'Leads the MOCO rollout' });
});

test('a forged delivery gets 401 and starts nothing', async () => {
	const before = (await executions()).length;
	const forged = await webhooks.deliver(hookUrl, {
		target: 'User',
		event: 'update',
		record: { id: ZOE_ID, lastname: 'Mallory' },
		secret: 'ffffffffffffffffffffffffffffffff',
	});
	expect(forged.status).toBe(401);
	expect(forged.response).not.toContain(fx.SANDBOX.webhookSecret);
	const unsigned = await webhooks.deliver(hookUrl, { target: 'User', event: 'update', record: { id: 1 }, signature: null });
	expect(unsigned.status).toBe(401);

	// A genuine delivery afterwards is the only new execution: the forged ones started none.
	const genuine = await webhooks.deliver(hookUrl, { target: 'User', event: 'create', record: { id: 4242, lastname: 'Neu' } });
	expect(genuine.status).toBe(200);
	const after = await waitForExecutions(before + 1);
	expect(after).toHaveLength(before + 1);
	const [item] = await triggerOutput(after[0].id);
	expect(item).toMatchObject({ id: 4242, lastname: 'Neu', mocoDelivery: { event: 'create' } });
	expect(server.output()).not.toContain(fx.SANDBOX.webhookSecret);
});

test('unpublishing deletes exactly the hooks it registered', async () => {
	const mine = webhooks.hooks.filter((h) => h.hook === hookUrl).map((h) => h.id);
	expect(mine).toHaveLength(3);
	sandbox.simulator.clearRequests();
	await rest.ok('POST', `/rest/workflows/${workflowId}/deactivate`);

	await waitFor('the hooks to be deleted', () => (mocoCalls().length >= mine.length ? true : undefined));
	expect(mocoCalls()).toEqual(mine.map((id) => ['DELETE', `/account/web_hooks/${id}`]));
	expect(webhooks.hooks.map((h) => h.hook)).toEqual([FOREIGN_HOOK]);
});
