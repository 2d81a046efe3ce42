import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { fromAI as agentFromAI } from '../../scripts/lib/agent.cjs';
import * as mcp from '../../scripts/lib/mcp.cjs';
import { simplifiedFrom } from '../time/activity/fixtures';
import { areaNodeOf, fromAI, mocoGet, runAsTool, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

/**
 * The sandbox's MCP server workflow (`npm start -- --sandbox`): each of its MOCO tool nodes run as
 * a tool through n8n-core with the arguments an assistant sends, against the simulator.
 * e2e/mcp.e2e.test.ts serves the same workflow to an MCP client from a real n8n.
 */
const sim = useSimulator();
const P = SEED_IDS.projects;

const tool = (name: string) => {
	const found = mcp.MCP_TOOLS.find((t) => t.name === name);
	if (!found) throw new Error(`no tool ${name}`);
	return found;
};
const call = (name: string, args: IDataObject) =>
	runAsTool({ parameters: tool(name).parameters as INodeParameters, args, typeVersion: mcp.mcpWorkflow().nodes[1].typeVersion, nodeType: areaNodeOf(String(tool(name).parameters.resource)) });
const calls = () => sim().requests.map((request) => `${request.method} ${request.url}`);

test('the workflow: the MCP Server Trigger with bearer auth, every MOCO tool on its Tools input with a manual description', () => {
	const workflow = mcp.mcpWorkflow();
	const [trigger, ...tools] = workflow.nodes;
	expect(trigger).toMatchObject({ type: '@n8n/n8n-nodes-langchain.mcpTrigger', parameters: { authentication: 'bearerAuth', path: mcp.MCP_PATH } });
	expect(tools.map((node: { name: string }) => node.name)).toEqual(mcp.MCP_TOOLS.map((t) => t.name));
	for (const node of tools) {
		const resource = String(tool(node.name).parameters.resource);
		expect(node).toMatchObject({ type: `n8n-nodes-moco.${areaNodeOf(resource)}Tool`, typeVersion: 2, parameters: { resource, descriptionType: 'manual', toolDescription: tool(node.name).description } });
		expect(workflow.connections[node.name]).toEqual({ ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] });
	}
	// The editor's ✨ button and the harness write the same placeholder.
	expect(agentFromAI('Team', 'x')).toBe(fromAI('Team', 'x'));
	expect(mcp.mcpUrl('http://localhost:5678/')).toBe('http://localhost:5678/mcp/moco');
});

test('Create an activity: project by number and task by name, the created entry back', async () => {
	const result = await call('Create an activity in MOCO', {
		Date: '2026-01-06',
		Project_Number: 'P-2024-001',
		Task: 'Entwicklung',
		Hours: '1:30',
		Description: 'HL-142: Kontaktformular angebunden',
	});

	expect(result.task?.error).toBeUndefined();
	expect(calls()).toEqual([
		'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
		`GET /api/v1/projects/${P.relaunch}/tasks`,
		'POST /api/v1/activities',
	]);
	const post = sim().requests[2];
	expect(post.json).toEqual({
		date: '2026-01-06',
		project_id: P.relaunch,
		task_id: SEED_IDS.tasks.relaunchEntwicklung,
		seconds: 5400,
		description: 'HL-142: Kontaktformular angebunden',
	});
	const [created] = JSON.parse(result.observation) as IDataObject[];
	expect(created).toEqual(simplifiedFrom(mocoGet(sim(), `/activities/${String(created.id)}`)));
});

test('Get many projects: the search text and the limit in one request, archived ones included', async () => {
	const result = await call('Get many projects in MOCO', { Search: 'Relaunch', Limit: 5 });

	expect(result.task?.error).toBeUndefined();
	expect(calls()).toEqual(['GET /api/v1/projects?include_archived=true&term=Relaunch']);
	expect((JSON.parse(result.observation) as IDataObject[]).map((project) => project.identifier)).toEqual(['P-2024-001']);
});

test('Get many activities: the two days as the filter, every page', async () => {
	const result = await call('Get many activities in MOCO', { From: '2026-01-01', To: '2026-01-31' });

	expect(result.task?.error).toBeUndefined();
	expect(calls()).toEqual(['GET /api/v1/activities?from=2026-01-01&to=2026-01-31']);
	for (const entry of JSON.parse(result.observation) as IDataObject[]) expect(entry.date).toMatch(/^2026-01-/);
});

test('Update a user: by email, to a team by name; one PUT', async () => {
	const result = await call('Update a user in MOCO', { User_Email: 'zoe.angstrom@acme.example', Team: 'Sales' });

	expect(result.task?.error).toBeUndefined();
	expect(calls().filter((c) => !c.startsWith('GET'))).toEqual([`PUT /api/v1/users/${SEED_IDS.users.zoe}`]);
	expect(sim().requests.at(-1)?.json).toEqual({ unit_id: SEED_IDS.units.sales });
});
