/**
 * MOCO as a tool of n8n's AI Agent, in the real n8n 2.41.1: Manual Trigger -> AI Agent with the
 * OpenAI Chat Model node pointed at a scripted OpenAI-compatible server (scripts/lib/fake-model.cjs)
 * and the packed package's derived `mocoStaffTool` (MOCO Staff as a tool), run headless with `n8n execute`. The MOCO simulator
 * answers https://acme.mocoapp.com through the sandbox proxy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import * as agent from '../scripts/lib/agent.cjs';
import { startFakeModel, type ChatRequest, type FakeModel } from '../scripts/lib/fake-model.cjs';
import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { ROOT } from '../scripts/lib/provision.cjs';
import { startSandbox, type Sandbox } from '../test/simulator/https';

const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e');
const RUNS = {
	move: { id: agent.IDS_AGENT.workflow, prompt: agent.PROMPT },
	misspelt: { id: 'mocoAgentMisspelt', prompt: 'Move lukasz.nowak@acme.example to the Sals team.' },
	lookup: { id: 'mocoAgentLookup01', prompt: 'What is the email address of Renée O\'Brien-Šimić?' },
};

let sandbox: Sandbox;
let model: FakeModel;
let userFolder: string;

/** `n8n execute` of one workflow; the parsed run, the MOCO requests and the model's chat requests. */
async function execute(run: keyof typeof RUNS) {
	sandbox.simulator.clearRequests();
	model.clear();
	const env = n8n.n8nEnv({ userFolder, port: await n8n.freePort(), brokerPort: await n8n.freePort(), extra: sandbox.env() });
	const result = await n8n.n8nCli(['execute', `--id=${RUNS[run].id}`, '--rawOutput'], env);
	fs.writeFileSync(path.join(ARTIFACTS, `agent-${run}.log`), `${result.stdout}\n${result.stderr}`);
	expect(result.code).toBe(0);
	const { runData } = n8n.parseTrailingJson(result.stdout).data.resultData;
	return {
		answer: runData['AI Agent'].at(-1).data.main[0][0].json.output as string,
		toolRuns: (name: string) => (runData[name] ?? []) as Array<{ error?: { message: string }; data?: { ai_tool: Array<Array<{ json: unknown }>> } }>,
		moco: sandbox.simulator.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, body: r.body ? JSON.parse(r.body) : undefined })),
		chats: model.chats(),
	};
}

/** The tool results the model was shown, in order. */
const toolResults = (chats: ChatRequest[]) =>
	chats.at(-1)!.messages.filter((m) => m.role === 'tool').map((m) => String(m.content));

const user = (email: string) => sandbox.simulator.users.find((u) => u.email === email)!;
const team = (name: string) => sandbox.simulator.units.find((u) => u.name === name)!;

beforeAll(async () => {
	const tarball = process.env.MOCO_E2E_TARBALL;
	if (!tarball) throw new Error('MOCO_E2E_TARBALL is unset: run through `npm run test:e2e` (e2e/global-setup.cjs)');
	fs.mkdirSync(ARTIFACTS, { recursive: true });
	sandbox = await startSandbox();
	model = await startFakeModel({ reply: agent.mocoAgentScript });
	userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-e2e-agent-'));
	await n8n.installPackedPackage(userFolder, tarball);
	const env = n8n.n8nEnv({ userFolder, port: await n8n.freePort(), brokerPort: await n8n.freePort(), extra: sandbox.env() });
	for (const [command, file] of [
		['import:credentials', fx.writeJson(userFolder, 'credentials.json', [fx.credential(), agent.llmCredential(model.baseUrl)])],
		['import:workflow', fx.writeJson(userFolder, 'workflows.json', Object.values(RUNS).map((run) => agent.agentWorkflow(run)))],
	]) {
		const result = await n8n.n8nCli([command, `--input=${file}`], env);
		if (result.code !== 0) throw new Error(`n8n ${command} failed:\n${result.stdout}\n${result.stderr}`);
	}
}, 300_000);

afterAll(async () => {
	await model?.close();
	await sandbox?.close();
	if (userFolder && !process.env.MOCO_E2E_KEEP) fs.rmSync(userFolder, { recursive: true, force: true });
});

describe('MOCO as a tool of the AI Agent (scripted model)', () => {
	test('"move a user to a team by name": exactly one PUT, and the agent answers', async () => {
		const zoe = user('zoe.angstrom@acme.example');
		const sales = team('Sales');
		expect(zoe.unit?.id).not.toBe(sales.id);

		const run = await execute('move');

		expect(run.moco.filter((r) => r.method !== 'GET')).toEqual([
			{ method: 'PUT', path: `/api/v1/users/${zoe.id}`, query: {}, body: { unit_id: sales.id } },
		]);
		expect(user('zoe.angstrom@acme.example').unit?.id).toBe(sales.id);
		expect(run.answer).toBe(`Done: Zoë Ångström is now in the Sales team (team ID ${sales.id}).`);

		// What the model was given: one function per MOCO tool, named after its node, with the
		// $fromAI placeholders as its JSON schema.
		const [first] = run.chats;
		expect(first.messages.find((m) => m.role === 'user')?.content).toBe(agent.PROMPT);
		const tools = Object.fromEntries((first.tools ?? []).map((t) => [t.function.name, t.function]));
		expect(Object.keys(tools).sort()).toEqual(['Get_many_users_in_MOCO', 'Update_a_user_in_MOCO']);
		// n8n's description of a tool node: its action and node, "<action> in <node>".
		expect(tools.Update_a_user_in_MOCO.description).toBe('Update a user in MOCO Staff');
		expect(tools.Update_a_user_in_MOCO.parameters).toMatchObject({
			type: 'object',
			properties: {
				User_Email: { type: 'string', description: 'Email address of the MOCO user' },
				Team: { type: 'string', description: 'Name of the MOCO team, e.g. Sales' },
			},
		});
		expect([...tools.Update_a_user_in_MOCO.parameters.required].sort()).toEqual(['Team', 'User_Email']);
		expect(tools.Get_many_users_in_MOCO.description).toBe('Get many users in MOCO Staff');
		expect(tools.Get_many_users_in_MOCO.parameters).toMatchObject({
			properties: { Limit: { type: 'number', description: 'How many users to return at most (1-100)' } },
			required: ['Limit'],
		});

		// The tool's answer the model read back: the simplified user.
		expect(toolResults(run.chats).map((r) => JSON.parse(r))).toEqual([
			[expect.objectContaining({ id: zoe.id, firstname: 'Zoë', lastname: 'Ångström', unit_id: sales.id })],
		]);
		expect(sandbox.refused).toEqual([]);
	});

	test('a misspelt team: the model reads "Did you mean" and its retry succeeds', async () => {
		const lukasz = user('lukasz.nowak@acme.example');
		const sales = team('Sales');

		const run = await execute('misspelt');

		const [refused, done] = toolResults(run.chats);
		expect(JSON.parse(refused)).toEqual([
			{ error: 'Team Name: no team is named "Sals". Did you mean "Sales"? Nothing was changed in MOCO.' },
		]);
		expect(JSON.parse(done)).toEqual([expect.objectContaining({ id: lukasz.id, unit_id: sales.id })]);
		expect(run.toolRuns('Update a user in MOCO').map((r) => r.error?.message ?? 'ok')).toEqual([
			'Team Name: no team is named "Sals". Did you mean "Sales"? Nothing was changed in MOCO.',
			'ok',
		]);
		expect(run.moco.filter((r) => r.method !== 'GET')).toEqual([
			{ method: 'PUT', path: `/api/v1/users/${lukasz.id}`, query: {}, body: { unit_id: sales.id } },
		]);
		expect(run.answer).toBe(`Done: Łukasz Nowak is now in the Sales team (team ID ${sales.id}).`);
	});

	test('Get Many as a tool gives the model what it needs in one call', async () => {
		const run = await execute('lookup');

		expect(run.moco.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/users']);
		expect(run.chats).toHaveLength(2);
		expect(JSON.parse(toolResults(run.chats)[0])).toHaveLength(sandbox.simulator.users.filter((u) => u.active).length);
		expect(run.answer).toBe("Renée O'Brien-Šimić's email address is renee.obrien@acme.example.");
	});
});
