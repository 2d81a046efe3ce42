import type { IDataObject, INode, INodeParameters } from 'n8n-workflow';

import * as fx from '../../scripts/lib/fixtures.cjs';
import { plainParameters } from '../../nodes/Moco/shared/scope';
import { simplifiedFrom } from '../time/activity/fixtures';
import { areaNodeOf, mocoGet, requestSummary, runNode, storedParameters, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { callsOf, mocoNodeOf, nodeNamed, runExample, setValues } from './exampleRun';

/**
 * The sandbox's example workflows (`npm start -- --sandbox`), their MOCO node run through n8n-core
 * with the items the node before it hands over, against the simulator `npm start` answers with.
 * e2e/n8n.e2e.test.ts runs the same workflows whole in a real n8n (`n8n execute`).
 */
const sim = useSimulator();
const P = SEED_IDS.projects;

const calls = () => callsOf(sim());
/** n8n's own nodes the examples use, each type at a version n8n 2.41.1 has (checked against n8n's nodes-base). */
const CORE_NODES = ['n8n-nodes-base.manualTrigger@1', 'n8n-nodes-base.set@3.4', 'n8n-nodes-base.convertToFile@1.1', 'n8n-nodes-base.scheduleTrigger@1.2'];

test('"Log time from a ticket": the ticket becomes a time entry on its project and task, for its assignee, linked back to it', async () => {
	const workflow = fx.logTimeWorkflow();
	const ticket = setValues(workflow, 'Ticket');
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
	expect(workflows.map((workflow) => workflow.name)).toEqual([
		"Set a user's team",
		"Set a user's team by name",
		'Log time from a ticket',
		"Get a project's report",
		"Invoice a project's unbilled time and save the PDF",
		'Create an offer for a deal and save the PDF',
		'Confirm an accepted offer and save the PDF',
		"Add a freelancer's costs to a project",
		'Book a recurring expense now',
		'Bill a fixed-price milestone',
		'Book a supplier invoice from an email attachment',
		"Keep a catalog service's prices in step with a price list",
		'Tag a project from a ticket',
		"Every Monday, last week's utilization to a spreadsheet",
	]);
	expect(workflows.map((workflow) => workflow.id)).toEqual(Object.values(fx.IDS).filter((id) => ![fx.IDS.credential, fx.IDS.triggerWorkflow, fx.IDS.teamByNameV1].includes(id)));
	expect(workflows.every((workflow) => /^[A-Za-z0-9]{16}$/.test(workflow.id))).toBe(true);
	for (const workflow of workflows) {
		for (const node of workflow.nodes.filter(fx.isActionNode)) expect(node.credentials).toEqual({ [fx.CREDENTIAL_TYPE]: { id: fx.IDS.credential, name: 'MOCO sandbox' } });
		expect(mocoNodeOf(workflow).credentials).toEqual({ [fx.CREDENTIAL_TYPE]: { id: fx.IDS.credential, name: 'MOCO sandbox' } });
		expect(new Set(workflow.nodes.map((node: INode) => node.id)).size).toBe(workflow.nodes.length);
	}
});

test('every example node is this package\'s or one of n8n\'s at a version n8n has; version 2 nodes store parameters under their resource\'s names', () => {
	const nodes: INode[] = fx.sandboxWorkflows().flatMap((workflow) => workflow.nodes);
	for (const node of nodes.filter((node) => !fx.isActionNode(node))) expect(CORE_NODES).toContain(`${node.type}@${node.typeVersion}`);
	const newer = nodes.filter((node) => fx.isActionNode(node) && node.typeVersion === 2);
	expect(newer).toHaveLength(21);
	for (const node of newer) {
		expect(node.parameters).toEqual(storedParameters(plainParameters(node), 2));
		// Version 2 steps are the nodes the panel offers: their area's node, which holds their resource.
		expect(node.type).toBe(`n8n-nodes-moco.${areaNodeOf(String(node.parameters.resource))}`);
	}
	for (const node of nodes.filter((node) => fx.isActionNode(node) && node.typeVersion < 2)) expect(node.type).toBe(fx.NODE_TYPE);
});

describe('"Invoice a project\'s unbilled time and save the PDF"', () => {
	const workflow = fx.invoiceWorkflow();

	test('the Set node holds the billing period; MOCO nodes on the sandbox credential, the invoice made once', () => {
		expect(setValues(workflow, 'Billing period')).toEqual(fx.BILLING_PERIOD);
		expect(nodeNamed(workflow, 'Create invoice').executeOnce).toBe(true);
	});

	test('the project\'s unbilled December time becomes one invoice, a row per entry billing it, and its PDF a file', async () => {
		const unbilled = mocoGet(sim(), `/activities?project_id=${P.relaunch}&from=2025-12-01&to=2025-12-31&billable=true&billed=false`) as unknown as IDataObject[];
		expect(unbilled).toHaveLength(4);

		const { runData, error } = await runExample(workflow, { 'Billing period': { items: [fx.BILLING_PERIOD] } });

		expect(error).toBeUndefined();
		expect(calls()).toEqual([
			'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
			`GET /api/v1/projects/${P.relaunch}`,
			expect.stringMatching(/^GET \/api\/v1\/activities\?/),
			'POST /api/v1/invoices',
			expect.stringMatching(/^GET \/api\/v1\/invoices\/\d+\.pdf$/),
		]);
		expect(sim().requests[2].query).toEqual({ project_id: String(P.relaunch), from: '2025-12-01', to: '2025-12-31', billable: 'true', billed: 'false' });
		const body = sim().requests[3].json as IDataObject;
		const today = String(body.date);
		expect(body).toEqual({
			customer_id: SEED_IDS.companies.hafenlicht,
			recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
			date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			due_date: new Date(Date.parse(today) + 30 * 86_400_000).toISOString().slice(0, 10),
			title: 'Website-Relaunch – Dezember 2025',
			currency: 'EUR',
			project_id: P.relaunch,
			service_period_from: '2025-12-01',
			service_period_to: '2025-12-31',
			items: [
				{ type: 'title', title: 'Leistungen Dezember 2025' },
				...unbilled.map((entry) => ({
					type: 'item',
					title: (entry.task as IDataObject).name,
					description: `${String(entry.date)}: ${String(entry.description)}`,
					quantity: entry.hours,
					unit: 'h',
					unit_price: entry.hourly_rate,
					activity_ids: [entry.id],
				})),
			],
		});
		const invoice = sim().records('invoices').at(-1)!;
		expect(unbilled.map((entry) => sim().find('activities', entry.id as number)?.billed)).toEqual([true, true, true, true]);
		const [file] = runData['Invoice PDF'][0].data!.main[0]!;
		const pdf = sim().handle({ method: 'GET', url: `https://acme.mocoapp.com/api/v1/invoices/${String(invoice.id)}.pdf`, headers: { authorization: 'Token token=test-key' } });
		expect(file.json).toMatchObject({ invoiceId: invoice.id, fileName: `${String(invoice.identifier)}.pdf`, mimeType: 'application/pdf' });
		expect(file.binary?.data).toMatchObject({ fileName: `${String(invoice.identifier)}.pdf`, mimeType: 'application/pdf' });
		expect(Buffer.from(file.binary!.data.data, 'base64').equals((pdf as { body: Buffer }).body)).toBe(true);
	});
});
