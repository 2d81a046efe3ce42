import type { IDataObject, INodeParameters } from 'n8n-workflow';

import * as fx from '../../scripts/lib/fixtures.cjs';
import { simplifiedFrom } from '../activity/fixtures';
import { mocoGet, requestSummary, runNode, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

/**
 * The sandbox's example workflows (`npm start -- --sandbox`), their MOCO node run through n8n-core
 * with the items the node before it hands over, against the simulator `npm start` answers with.
 * e2e/n8n.e2e.test.ts runs the same workflows whole in a real n8n (`n8n execute`).
 */
const sim = useSimulator();
const P = SEED_IDS.projects;

const mocoNodeOf = (workflow: Record<string, any>) => workflow.nodes.find((node: { type: string }) => node.type === fx.NODE_TYPE);
const calls = () => sim().requests.map((request) => `${request.method} ${request.url}`);

test('"Log time from a ticket": the ticket becomes a time entry on its project and task, for its assignee, linked back to it', async () => {
	const workflow = fx.logTimeWorkflow();
	const ticketNode = workflow.nodes.find((node: { name: string }) => node.name === 'Ticket');
	const ticket = Object.fromEntries(ticketNode.parameters.assignments.assignments.map((field: { name: string; value: string }) => [field.name, field.value]));
	expect(ticket).toEqual(fx.TICKET);
	const moco = mocoNodeOf(workflow);

	const result = await runNode({ parameters: moco.parameters as INodeParameters, items: [ticket], typeVersion: moco.typeVersion });

	expect(result.error).toBeUndefined();
	expect(calls()).toEqual([
		'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
		`GET /api/v1/projects/${P.relaunch}/tasks`,
		'GET /api/v1/users?email=lukasz.nowak%40acme.example&include_archived=true',
		'POST /api/v1/activities',
	]);
	const post = sim().requests[3];
	expect(post.headers['x-impersonate-user-id']).toBe(String(SEED_IDS.users.lukasz));
	expect(requestSummary(post).json).toEqual({
		date: '2026-01-06',
		seconds: 5400,
		description: 'HL-142: Kontaktformular angebunden',
		remote_service: 'jira',
		remote_id: 'HL-142',
		remote_url: 'https://jira.example/browse/HL-142',
		project_id: P.relaunch,
		task_id: SEED_IDS.tasks.relaunchEntwicklung,
	});
	const created = result.items[0].json;
	expect(result.items.map((item) => item.json)).toEqual([simplifiedFrom(mocoGet(sim(), `/activities/${String(created.id)}`))]);
	expect(created).toMatchObject({ hours: 1.5, project_name: 'Website-Relaunch', task_name: 'Entwicklung', user_name: 'Łukasz Nowak' });
});

test('"Get a project\'s report": the project found by its number, then MOCO\'s report as one item', async () => {
	const moco = mocoNodeOf(fx.projectReportWorkflow());

	const result = await runNode({ parameters: moco.parameters as INodeParameters, typeVersion: moco.typeVersion });

	expect(result.error).toBeUndefined();
	expect(calls()).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `GET /api/v1/projects/${P.relaunch}/report`]);
	expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.relaunch}/report`) as IDataObject]);
	expect(result.items[0].json).toMatchObject({ budget_total: 48000, currency: 'EUR' });
});

test('the sandbox imports every example, each with its own ID, all on the sandbox credential', () => {
	const workflows = fx.sandboxWorkflows();
	expect(workflows.map((workflow) => workflow.name)).toEqual(["Set a user's team", "Set a user's team by name", 'Log time from a ticket', "Get a project's report"]);
	expect(new Set(workflows.map((workflow) => workflow.id)).size).toBe(workflows.length);
	for (const workflow of workflows) {
		expect(mocoNodeOf(workflow).credentials).toEqual({ [fx.CREDENTIAL_TYPE]: { id: fx.IDS.credential, name: 'MOCO sandbox' } });
	}
});
