import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator();
const A = SEED_IDS.activities;
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
/** Zoë's design work on Tue 2025-12-30 (seeded): neither billed nor locked. */
const ENTRY = A.today + 1;

function update(updateFields: IDataObject, options: Parameters<typeof activityRun>[2] & { activityId?: unknown } = {}) {
	const { activityId = pick.id(ENTRY), ...rest } = options;
	return activityRun('update', { activityId, updateFields } as INodeParameters, rest);
}

describe('Activity > Update sends exactly the fields that were set', () => {
	test.each([
		['Date', { date: '2026-01-02' }, { date: '2026-01-02' }],
		['Project', { projectId: pick.id(P.relaunch) }, { project_id: P.relaunch }],
		['Task', { taskId: pick.list(T.relaunchKonzept) }, { task_id: T.relaunchKonzept }],
		['Duration', { duration: '2:45' }, { seconds: 9900 }],
		['Description', { description: 'Designsystem: Abstände' }, { description: 'Designsystem: Abstände' }],
		['Billable off', { billable: false }, { billable: false }],
		['Billable on', { billable: true }, { billable: true }],
		['Tag', { tag: 'DES-7' }, { tag: 'DES-7' }],
		['Remote Service', { remoteService: 'github' }, { remote_service: 'github' }],
		['Remote ID', { remoteId: '#512' }, { remote_id: '#512' }],
		['Remote URL', { remoteUrl: 'https://github.com/acme/web/issues/512' }, { remote_url: 'https://github.com/acme/web/issues/512' }],
	])('%s alone', async (_label, fields, body) => {
		const result = await update(fields);

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'PUT', url: `/api/v1/activities/${ENTRY}`, json: body });
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), ENTRY)]);
	});

	test('PEER-LESSONS 4: changing the description keeps the hours, the date and the task', async () => {
		const before = mocoGet(sim(), `/activities/${ENTRY}`);

		const result = await update({ description: 'Nur der Text ist neu' });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toEqual({ description: 'Nur der Text ist neu' });
		const after = mocoGet(sim(), `/activities/${ENTRY}`);
		expect(after).toMatchObject({ description: 'Nur der Text ist neu', seconds: before.seconds, worked_seconds: before.worked_seconds, date: before.date });
		expect(after.task).toEqual(before.task);
		expect(after.project).toEqual(before.project);
		expect(before.seconds).toBeGreaterThan(0);
	});

	test('On Behalf Of is a Create field only: Update never offers it', async () => {
		const result = await update({ description: 'x', onBehalfOf: pick.id(SEED_IDS.users.renee) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ json: { description: 'x' }, impersonate: undefined });
	});

	test('project By Identifier and task By Name: the task is found in the new project', async () => {
		const result = await update({ projectId: pick.identifier('P-2024-003'), taskId: pick.name('Umsetzung') });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/projects?identifier=P-2024-003&include_archived=true',
			`GET /api/v1/projects/${P.festpreis}/tasks`,
			`PUT /api/v1/activities/${ENTRY}`,
		]);
		expect(sim().requests[2].json).toEqual({ project_id: P.festpreis, task_id: T.festpreisUmsetzung });
		expect(result.items[0].json).toMatchObject({ project_name: 'App-Konzept „Kapitänsbrücke“', task_name: 'Umsetzung' });
	});

	test('a task By Name without the project: a plain error, nothing sent', async () => {
		const result = await update({ taskId: pick.name('Design') });

		expect(result.error?.message).toBe(
			'Task Name needs the project it belongs to: set Project as well, or choose the task By ID (item 0)',
		);
		expect(calls(sim())).toEqual([]);
	});

	test('nothing set: a plain error, nothing sent', async () => {
		const result = await update({});

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test.each(['abc', '5/../x'])('a bad activity ID %j: refused before any request', async (bad) => {
		const result = await update({ description: 'x' }, { activityId: pick.id(`={{ ${JSON.stringify(bad)} }}`) });

		expect(result.error?.message).toBe(`Activity ID must be a positive whole number, not ${JSON.stringify(bad)} (item 0)`);
		expect(calls(sim())).toEqual([]);
	});
});

describe("Activity > Update: MOCO's refusals in MOCO's words", () => {
	test.each([
		['billed', A.billed, 'MOCO could not save the data (422): The activity cannot be changed because it has already been billed.'],
		['locked', A.locked, 'MOCO could not save the data (422): The activity cannot be changed because it is locked.'],
	])('a %s entry', async (_label, id, message) => {
		const result = await update({ duration: '1' }, { activityId: pick.id(id) });

		expect(result.error).toMatchObject({ message, httpCode: '422' });
		expect(mocoGet(sim(), `/activities/${id}`).seconds).not.toBe(3600 + 1);
	});

	test("MOCO's field map: a date that is not one", async () => {
		sim().injectFault({ method: 'PUT' }, { status: 422, body: JSON.stringify({ date: ['is invalid'], seconds: ['must be greater than or equal to 0'] }) });

		const result = await update({ duration: '1' });

		expect(result.error?.message).toBe('MOCO could not save the data (422): date is invalid; seconds must be greater than or equal to 0');
	});

	test("an entry MOCO does not know: its 404", async () => {
		const result = await update({ description: 'x' }, { activityId: pick.id(1) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});

	test('Continue On Fail: the billed entry reports, the others are changed', async () => {
		const result = await update(
			{ description: 'geprüft' },
			{ activityId: '={{ $json.id }}', items: [{ id: ENTRY }, { id: A.billed }, { id: ENTRY + 1 }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.description)).toEqual([
			'geprüft',
			'MOCO could not save the data (422): The activity cannot be changed because it has already been billed.',
			'geprüft',
		]);
	});
});
