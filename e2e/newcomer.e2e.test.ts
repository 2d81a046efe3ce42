/**
 * What a new user meets, in a real n8n 2.41.1 with the packed package and the MOCO simulator:
 * - the sandbox's examples "Log time from a ticket" and "Get a project's report" run (`n8n execute`);
 * - n8n's nodes panel shows one MOCO entry that reads for its actions and its trigger, also when a
 *   step is added after another;
 * - a date field keeps a day typed (and Enter) or picked, shows no time, and a day saved by the
 *   earlier date-and-time picker (`2026-01-06T00:00:00`) as that day; MOCO receives YYYY-MM-DD;
 * - every record picker's mode name fits the editor's mode selector.
 */
import fs from 'node:fs';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { SEED_IDS } from '../test/simulator/seed';
import { ARTIFACTS, chromiumPath, prepareInstance, startServer, type Instance, type Server } from './instance';
import { checkDayField, checkModeNames, checkNodesPanel } from './newcomer';

const OWNER = { email: 'newcomer@moco-e2e.example', firstName: 'Nia', lastName: 'Newcomer', password: 'E2e-Passw0rd!' };
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;

/** Activity > Create with the Date as `date` holds it (empty: the user fills it in). */
const timeEntry = (id: string, date: string) =>
	fx.workflow({
		id,
		name: `Log an hour (${date || 'no date yet'})`,
		typeVersion: 1.1,
		parameters: {
			resource: 'activity',
			operation: 'create',
			date,
			projectId: { __rl: true, mode: 'id', value: String(P.relaunch) },
			taskId: { __rl: true, mode: 'id', value: String(T.relaunchDesign) },
			duration: '1',
		},
	});
const EMPTY_DATE = timeEntry('mocoNewDateNone1', '');
const SAVED_DATE = timeEntry('mocoNewDateOld01', '2026-01-06T00:00:00');
// Each browser session its own workflow: n8n keeps one it saw opened as "Editing in another tab".
const PICKERS = timeEntry('mocoNewPickers01', '2026-01-06');

let instance: Instance;
const posts = () => instance.sandbox.simulator.requests.filter((request) => request.method === 'POST').map((request) => JSON.parse(request.body));

beforeAll(async () => {
	instance = await prepareInstance('newcomer', { credentials: [fx.credential()], workflows: [...fx.sandboxWorkflows(), EMPTY_DATE, SAVED_DATE, PICKERS] });
}, 300_000);

afterAll(async () => {
	await instance?.close();
});

describe('the sandbox examples, headless', () => {
	async function execute(id: string, log: string) {
		instance.sandbox.simulator.clearRequests();
		const result = await instance.cli(['execute', `--id=${id}`, '--rawOutput']);
		fs.writeFileSync(path.join(ARTIFACTS, log), `${result.stdout}\n${result.stderr}`);
		expect(result.code).toBe(0);
		const { runData } = n8n.parseTrailingJson(result.stdout).data.resultData;
		return { output: runData.MOCO[0].data.main[0].map((item: { json: unknown }) => item.json), calls: instance.sandbox.simulator.requests.map((r) => `${r.method} ${r.url}`) };
	}

	test('"Log time from a ticket": the ticket becomes Łukasz\'s 1.5 hours on its project and task, linked to it', async () => {
		const { output, calls } = await execute(fx.IDS.logTime, 'example-log-time.log');

		expect(calls).toEqual([
			'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
			`GET /api/v1/projects/${P.relaunch}/tasks`,
			'GET /api/v1/users?email=lukasz.nowak%40acme.example&include_archived=true',
			'POST /api/v1/activities',
		]);
		expect(instance.sandbox.simulator.requests[3].headers['x-impersonate-user-id']).toBe(String(SEED_IDS.users.lukasz));
		expect(posts()).toEqual([
			{
				date: fx.TICKET.day,
				seconds: 5400,
				description: `${fx.TICKET.key}: ${fx.TICKET.summary}`,
				remote_service: 'jira',
				remote_id: fx.TICKET.key,
				remote_url: fx.TICKET.url,
				project_id: P.relaunch,
				task_id: T.relaunchEntwicklung,
			},
		]);
		expect(output).toEqual([expect.objectContaining({ date: fx.TICKET.day, hours: 1.5, project_name: 'Website-Relaunch', task_name: 'Entwicklung', user_name: 'Łukasz Nowak' })]);
	});

	test('"Get a project\'s report": the project found by its number, MOCO\'s report out', async () => {
		const { output, calls } = await execute(fx.IDS.projectReport, 'example-project-report.log');

		expect(calls).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `GET /api/v1/projects/${P.relaunch}/report`]);
		expect(output).toEqual([expect.objectContaining({ budget_total: 48000, currency: 'EUR', hours_total: expect.anything() })]);
	});
});

describe('the editor (headless chromium)', () => {
	let server: Server;
	const editor = () => ({ baseUrl: server.baseUrl, owner: OWNER, chromium: chromiumPath(), screenshots: ARTIFACTS });

	beforeAll(async () => {
		server = await startServer(instance, OWNER, 'n8n-start-newcomer.log');
	}, 200_000);

	afterAll(async () => {
		await server?.stop();
	});

	test('the nodes panel lists a MOCO entry per area and the trigger, each saying what it holds; the hidden MOCO node is not offered', async () => {
		const panel = await checkNodesPanel({ ...editor(), workflowId: fx.IDS.projectReport, name: 'MOCO Time' });

		const entry = { name: 'MOCO Time', description: 'Track time in MOCO: time entries, presences, planning entries and approvals' };
		expect(panel.asFirstStep).toEqual(entry);
		expect(panel.afterANode).toEqual(entry);
		const areas = ['MOCO Time', 'MOCO Projects', 'MOCO Customers and Sales', 'MOCO Invoicing', 'MOCO Purchasing', 'MOCO Staff', 'MOCO Account'];
		// n8n names a trigger that has actions (MOCO Trigger's events) after its app: "MOCO".
		const trigger = { name: 'MOCO', description: 'Starts the workflow when records are created, updated or deleted in MOCO' };
		for (const listed of [panel.listedAsFirstStep, panel.listedAfterANode]) {
			const moco = listed.filter((listedEntry) => listedEntry.name.startsWith('MOCO'));
			expect(moco.map((listedEntry) => listedEntry.name).sort()).toEqual([...areas, 'MOCO'].sort());
			expect(moco).toContainEqual(trigger);
		}
		expect(panel.actions).toContain('Create a time entry');
		expect(panel.actions).toContain('Get many time entries');
		expect(panel.actions).not.toContain('Create a user');
		// Picking an action opens MOCO Time's form: version 2's fields, under the resource's own names.
		expect(panel.formFields).toEqual(expect.arrayContaining(['parameter-input-activity_date', 'parameter-input-activity_duration']));
		expect(panel.formFields).not.toContain('parameter-input-date');
	});

	test('Date: a day typed and Enter is kept, one picked has no time, Execute step sends it as YYYY-MM-DD', async () => {
		instance.sandbox.simulator.clearRequests();
		const day = await checkDayField({ ...editor(), workflowId: EMPTY_DATE.id, prefix: 'date-new', type: '2026-01-06', pick: '14' });

		expect(day).toMatchObject({ saved: '', typed: '2026-01-06', picked: '2026-01-14', issues: false });
		expect(posts()).toEqual([expect.objectContaining({ date: '2026-01-14' })]);
		expect(day.output).toContain('2026-01-14');
	});

	test('Date: a day saved by the earlier date-and-time picker shows as that day and is sent as it', async () => {
		instance.sandbox.simulator.clearRequests();
		const day = await checkDayField({ ...editor(), workflowId: SAVED_DATE.id, prefix: 'date-saved' });

		expect(day).toMatchObject({ saved: '2026-01-06', issues: false });
		expect(posts()).toEqual([expect.objectContaining({ date: '2026-01-06' })]);
	});

	test('every record picker mode name fits the mode selector', async () => {
		const nodes: Array<{ name: string; properties: unknown[] }> = await server.rest.ok('GET', '/types/nodes.json');
		const labels = modeLabels(nodes.find((node) => node.name === fx.NODE_TYPE)!.properties);
		expect(labels).toEqual(expect.arrayContaining(['From list', 'By ID', 'Email', 'Name', 'Number']));

		// The control: the names the user saw cut off ("By Identi…"), and "By Name", which lost its "e".
		const before = ['By Name', 'By Identifier'];
		const modes = await checkModeNames({ ...editor(), workflowId: PICKERS.id, labels: [...labels, ...before], mode: 'Number' });

		expect(modes.overflowing).toEqual(before);
		expect(modes.shown).toEqual({ label: 'Number', overflows: false });
	});
});

/** The names the editor shows for every picker mode: its own for list, ID and URL, the node's for the rest. */
function modeLabels(properties: unknown[]): string[] {
	const own: Record<string, string> = { list: 'From list', id: 'By ID', url: 'By URL' };
	const labels = new Set<string>();
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (!value || typeof value !== 'object') return;
		const property = value as { type?: string; modes?: Array<{ name: string; displayName: string }> };
		if (property.type === 'resourceLocator') for (const mode of property.modes ?? []) labels.add(own[mode.name] ?? mode.displayName);
		Object.values(value).forEach(walk);
	};
	walk(properties);
	return [...labels];
}
