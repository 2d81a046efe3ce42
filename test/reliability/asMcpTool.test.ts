import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as mcp from '../../scripts/lib/mcp.cjs';
import { mcpToolName, runAsMcpTools, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

// The MOCO node as a tool of n8n's MCP Server Trigger: there every tool call runs inside the
// trigger's webhook request, before any execution exists, one call after the other for as long as
// the assistant is connected. What the node looks up must be MOCO as it is at each call.
const sim = useSimulator();
const P = SEED_IDS.projects;
const CREATE = mcp.MCP_TOOLS.find((tool) => tool.name === 'Create an activity in MOCO')!;
const serve = [{ name: CREATE.name, parameters: CREATE.parameters as INodeParameters, typeVersion: 1.1 }];
const book = (task: string): { name: string; args: IDataObject } => ({
	name: mcpToolName(CREATE.name),
	args: { Date: '2026-01-06', Project_Number: 'P-2024-001', Task: task, Hours: '1', Description: `Auf ${task}` },
});
const calls = () => sim().requests.map((request) => `${request.method} ${request.url}`);

test('a task added in MOCO between two calls is found by the next call: each call looks MOCO up afresh', async () => {
	const { results } = await runAsMcpTools({
		tools: serve,
		calls: [book('Entwicklung'), book('Wartung')],
		between: () => sim().add('tasks', { project_id: P.relaunch, name: 'Wartung', active: true, billable: true }),
	});

	expect(results.map((result) => result.isError)).toEqual([false, false]);
	const lookUps = ['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `GET /api/v1/projects/${P.relaunch}/tasks`];
	expect(calls()).toEqual([...lookUps, 'POST /api/v1/activities', ...lookUps, 'POST /api/v1/activities']);
	const wartung = sim().records('tasks').find((task) => task.name === 'Wartung')!;
	expect(sim().requests.at(-1)?.json).toMatchObject({ project_id: P.relaunch, task_id: wartung.id });
	expect(JSON.parse(results[1].text)).toEqual([expect.objectContaining({ task_name: 'Wartung', hours: 1 })]);
});

test("a failed call comes back as the error's class and the node's message for a model, and sends nothing", async () => {
	const { results } = await runAsMcpTools({ tools: serve, calls: [{ ...book('Entwicklung'), args: { ...book('Entwicklung').args, Hours: 'eine Stunde' } }] });

	expect(results).toEqual([
		{ isError: true, text: 'NodeOperationError: Duration must be hours like 1.5 or 1:30, not "eine Stunde". Nothing was sent to MOCO.' },
	]);
	expect(calls()).toEqual([]);
});
