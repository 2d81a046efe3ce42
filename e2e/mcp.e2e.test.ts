/**
 * MOCO for AI assistants outside n8n, in the real n8n 2.41.1: the sandbox's workflow "MOCO tools
 * for AI assistants (MCP server)" (n8n's MCP Server Trigger with four MOCO tool nodes) published,
 * and an MCP client written here (plain HTTP, JSON-RPC, Streamable HTTP transport, no model)
 * connecting to its production URL with the bearer token, as an assistant's MCP client would.
 */
import * as fx from '../scripts/lib/fixtures.cjs';
import * as mcp from '../scripts/lib/mcp.cjs';
import { SEED_IDS } from '../test/simulator';
import { prepareInstance, startServer, type Instance, type Server } from './instance';
import { McpClient } from './mcpClient';

const OWNER = { email: 'owner@moco-mcp.example', firstName: 'Ada', lastName: 'Owner', password: 'E2e-Passw0rd!' };
const AUTH = { authorization: `Bearer ${mcp.MCP_TOKEN}` };
const toolName = (nodeName: string) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

let instance: Instance;
let server: Server;
let url: string;
let client: McpClient;
let activitiesAtStart: number;

const moco = () =>
	instance.sandbox.simulator.requests.map((r) => ({ method: r.method, path: r.path, query: r.query, ...(r.json === undefined ? {} : { body: r.json }) }));
const RELAUNCH = { id: SEED_IDS.projects.relaunch, entwicklung: SEED_IDS.tasks.relaunchEntwicklung };
const textOf = (result: { content: Array<{ type: string; text: string }> }) => {
	expect(result.content.map((part) => part.type)).toEqual(['text']);
	return result.content[0].text;
};

beforeAll(async () => {
	instance = await prepareInstance('mcp', { credentials: [fx.credential(), mcp.bearerCredential()], workflows: [mcp.mcpWorkflow()] });
	server = await startServer(instance, OWNER, 'n8n-mcp.log');
	const { versionId } = await server.rest.ok('GET', `/rest/workflows/${mcp.IDS_MCP.workflow}`);
	await server.rest.ok('POST', `/rest/workflows/${mcp.IDS_MCP.workflow}/activate`, { versionId });
	activitiesAtStart = instance.sandbox.simulator.records('activities').length;
	url = mcp.mcpUrl(server.baseUrl);
	client = new McpClient(url, AUTH);
	// n8n registers a published workflow's webhooks through its outbox, after answering.
	const deadline = Date.now() + 60_000;
	while ((await fetch(url, { method: 'POST' })).status === 404) {
		if (Date.now() > deadline) throw new Error(`${url} still unregistered 60 s after publishing`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}, 300_000);

afterAll(async () => {
	await client?.close();
	await server?.stop();
	await instance?.close();
});

test('without the bearer token the MCP URL answers 403 and no session starts', async () => {
	for (const headers of [{}, { authorization: 'Bearer not-the-token' }] as Array<Record<string, string>>) {
		const stranger = new McpClient(url, headers);
		const answer = await stranger.post({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } } });
		expect([answer.status, answer.text]).toEqual([403, 'Authorization data is wrong!']);
		expect(stranger.sessionId).toBeUndefined();
	}
	expect(moco()).toEqual([]);
});

test("initialize: a session, the server's name and the trigger's instructions", async () => {
	const result = await client.connect();

	expect(client.sessionId).toMatch(/^[0-9a-f-]{36}$/);
	expect(result).toMatchObject({ serverInfo: { name: 'MCP_Server_Trigger' }, capabilities: { tools: {} }, instructions: mcp.INSTRUCTIONS });
});

test('tools/list: one tool per MOCO node, named after it, with its description and its $fromAI arguments', async () => {
	const { tools } = await client.listTools();

	expect(tools.map((tool) => tool.name).sort()).toEqual(mcp.MCP_TOOLS.map((tool) => toolName(tool.name)).sort());
	for (const fixture of mcp.MCP_TOOLS) {
		expect(tools.find((tool) => tool.name === toolName(fixture.name))?.description).toBe(fixture.description);
	}
	const create = tools.find((tool) => tool.name === 'Create_an_activity_in_MOCO')!;
	expect(create.inputSchema).toMatchObject({
		type: 'object',
		properties: {
			Date: { type: 'string', description: 'The day the time was worked, as YYYY-MM-DD, e.g. 2026-01-06' },
			Project_Number: { type: 'string', description: 'The MOCO project number (identifier), e.g. P-2024-001' },
			Task: { type: 'string', description: 'The name of a task of that project, e.g. Entwicklung' },
			Hours: { type: 'string', description: 'Time worked, as hours (1.5) or hours:minutes (1:30)' },
			Description: { type: 'string', description: 'What was done, one line' },
		},
	});
	expect([...create.inputSchema.required].sort()).toEqual(['Date', 'Description', 'Hours', 'Project_Number', 'Task']);
	const projects = tools.find((tool) => tool.name === 'Get_many_projects_in_MOCO')!;
	expect(projects.inputSchema.properties.Limit).toMatchObject({ type: 'number', description: 'How many projects to return at most (1-100)' });
	expect(Object.keys(projects.inputSchema.properties).sort()).toEqual(['Limit', 'Search']);
	const update = tools.find((tool) => tool.name === 'Update_a_user_in_MOCO')!;
	expect(Object.keys(update.inputSchema.properties).sort()).toEqual(['Team', 'User_Email']);
	// Listing runs nothing in MOCO.
	expect(moco()).toEqual([]);
});

test('tools/call Create an activity: project by number, task by name; the created time entry comes back', async () => {
	const sim = instance.sandbox.simulator;
	const project = RELAUNCH;
	const task = { id: RELAUNCH.entwicklung };
	const before = sim.records('activities').length;
	sim.clearRequests();

	const result = await client.callTool('Create_an_activity_in_MOCO', {
		Date: '2026-01-06',
		Project_Number: 'P-2024-001',
		Task: 'Entwicklung',
		Hours: '1:30',
		Description: 'HL-142: Kontaktformular angebunden',
	});

	expect(result.isError).toBeUndefined();
	expect(moco()).toEqual([
		{ method: 'GET', path: '/api/v1/projects', query: { identifier: 'P-2024-001', include_archived: 'true' } },
		{ method: 'GET', path: `/api/v1/projects/${project.id}/tasks`, query: {} },
		{
			method: 'POST',
			path: '/api/v1/activities',
			query: {},
			body: { date: '2026-01-06', project_id: project.id, task_id: task.id, seconds: 5400, description: 'HL-142: Kontaktformular angebunden' },
		},
	]);
	expect(sim.records('activities')).toHaveLength(before + 1);
	const created = sim.records('activities').at(-1)!;
	expect(JSON.parse(textOf(result))).toEqual([
		expect.objectContaining({
			id: created.id,
			date: '2026-01-06',
			hours: 1.5,
			seconds: 5400,
			description: 'HL-142: Kontaktformular angebunden',
			project_id: project.id,
			project_name: 'Website-Relaunch',
			task_id: task.id,
			task_name: 'Entwicklung',
		}),
	]);
	expect(instance.sandbox.refused).toEqual([]);
});

test("a bad argument: the node's message comes back as the tool's error, and nothing is sent to MOCO", async () => {
	instance.sandbox.simulator.clearRequests();

	const result = await client.callTool('Create_an_activity_in_MOCO', {
		Date: '2026-01-06',
		Project_Number: 'P-2024-001',
		Task: 'Entwicklung',
		Hours: 'one and a half',
		Description: 'Zu viel',
	});

	// n8n's MCP Server Trigger puts the error's class before the node's message.
	expect(result.isError).toBe(true);
	expect(textOf(result)).toBe('NodeOperationError: Duration must be hours like 1.5 or 1:30, not "one and a half". Nothing was sent to MOCO.');
	expect(moco()).toEqual([]);
});

test("a task the project lacks: the names MOCO has come back as the tool's error with a suggestion; nothing is created", async () => {
	const sim = instance.sandbox.simulator;
	const project = RELAUNCH;
	sim.clearRequests();

	const result = await client.callTool('Create_an_activity_in_MOCO', {
		Date: '2026-01-06',
		Project_Number: 'P-2024-001',
		Task: 'Entwiklung',
		Hours: '1',
		Description: 'Tippfehler',
	});

	expect(result.isError).toBe(true);
	expect(textOf(result)).toBe('NodeOperationError: Task Name: no task is named "Entwiklung". Did you mean "Entwicklung"? Nothing was changed in MOCO.');
	expect(moco().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/projects', `GET /api/v1/projects/${project.id}/tasks`]);
});

test('a project number MOCO does not have: the advice is one a model can follow (no "By ID"); nothing is created', async () => {
	instance.sandbox.simulator.clearRequests();

	const result = await client.callTool('Create_an_activity_in_MOCO', {
		Date: '2026-01-06',
		Project_Number: 'P-1999-001',
		Task: 'Entwicklung',
		Hours: '1',
		Description: 'Falsches Projekt',
	});

	expect(result.isError).toBe(true);
	expect(textOf(result)).toBe('NodeOperationError: Project Number: no MOCO project has the number "P-1999-001". Check the number. Nothing was changed in MOCO.');
	expect(moco().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/projects']);
});

test('a task added in MOCO after earlier calls is found by the next call: every call looks MOCO up afresh', async () => {
	const sim = instance.sandbox.simulator;
	const wartung = sim.add('tasks', { project_id: RELAUNCH.id, name: 'Wartung', active: true, billable: true });
	sim.clearRequests();

	const result = await client.callTool('Create_an_activity_in_MOCO', {
		Date: '2026-01-07',
		Project_Number: 'P-2024-001',
		Task: 'Wartung',
		Hours: '0.5',
		Description: 'Neue Leistung',
	});

	expect(result.isError).toBeUndefined();
	expect(moco().map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/projects', `GET /api/v1/projects/${RELAUNCH.id}/tasks`, 'POST /api/v1/activities']);
	expect(JSON.parse(textOf(result))).toEqual([expect.objectContaining({ task_id: wartung.id, task_name: 'Wartung', seconds: 1800 })]);
});

test('the published workflow records each tool call as an execution; DELETE ends the session', async () => {
	const filter = encodeURIComponent(JSON.stringify({ workflowId: mcp.IDS_MCP.workflow }));
	const deadline = Date.now() + 30_000;
	let executions: Array<{ mode: string; status: string }> = [];
	while (Date.now() < deadline) {
		executions = (await server.rest.ok('GET', `/rest/executions?filter=${filter}`)).results;
		if (executions.length >= 5 && executions.every((e) => e.status !== 'running' && e.status !== 'new')) break;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	expect(executions.map((e) => e.mode)).toEqual(Array(5).fill('webhook'));
	// Those executions record the calls; they do not run the tools again: two calls created entries.
	expect(instance.sandbox.simulator.records('activities')).toHaveLength(activitiesAtStart + 2);

	expect(await client.close()).toBe(200);
	const after = await client.post({ id: 99, method: 'tools/list' });
	expect(after.status).not.toBe(200);
	client.sessionId = undefined;
});
