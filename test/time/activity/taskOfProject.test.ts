import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, pick } from './fixtures';

/**
 * The editor keeps a task picked for the project chosen before: after switching Project, Task
 * still names a task of the old one, and MOCO refuses with "task must exist". The node says why
 * and what to do, without asking MOCO anything more: a valid task costs no extra request.
 */
const sim = useSimulator();
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
/** Zoë's design work on the Website-Relaunch (seeded): neither billed nor locked. */
const ENTRY = SEED_IDS.activities.today + 1;

const create = (parameters: INodeParameters, options: Parameters<typeof activityRun>[2] = {}) =>
	activityRun('create', { date: '2026-01-06', duration: '1', ...parameters }, options);
const update = (updateFields: IDataObject) => activityRun('update', { activityId: pick.id(ENTRY), updateFields } as INodeParameters);

describe('a task of another project', () => {
	test('Create: MOCO\'s 422 "task must exist" becomes "does not belong to the chosen project", after the one POST', async () => {
		const result = await create({ projectId: pick.id(P.relaunch), taskId: pick.list(T.retainerSeo) });

		expect(calls(sim())).toEqual(['POST /api/v1/activities']);
		expect(result.error).toMatchObject({
			httpCode: '422',
			message: `MOCO could not save the data (422): Task (ID ${T.retainerSeo}) does not belong to the chosen project (ID ${P.relaunch}); MOCO refused with "task must exist"`,
			description:
				'Item 0. Pick the Task again: one picked before Project was changed stays in the form, and its list shows the tasks of the project chosen now.',
		});
	});

	test('Create with a task of the project: one request, nothing looked up', async () => {
		const result = await create({ projectId: pick.id(P.relaunch), taskId: pick.list(T.relaunchDesign) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['POST /api/v1/activities']);
	});

	test('Update of Task alone: the task must be one of the time entry\'s project', async () => {
		const result = await update({ taskId: pick.id(T.retainerSeo) });

		expect(calls(sim())).toEqual([`PUT /api/v1/activities/${ENTRY}`]);
		expect(result.error?.message).toBe(
			`MOCO could not save the data (422): Task (ID ${T.retainerSeo}) does not belong to the activity's project; MOCO refused with "task must exist"`,
		);
		expect(result.error?.description).toBe("Item 0. Pick a task of the activity's project, or set the project as well.");
	});

	test('Continue On Fail: only the item with the stale task fails, with the explanation', async () => {
		const result = await create(
			{ projectId: pick.id(P.relaunch), taskId: pick.id('={{ $json.task }}') },
			{ items: [{ task: T.relaunchDesign }, { task: T.retainerSeo }, { task: T.relaunchKonzept }], continueOnFail: true },
		);

		expect(calls(sim())).toEqual(['POST /api/v1/activities', 'POST /api/v1/activities', 'POST /api/v1/activities']);
		expect(result.items.map((item) => item.json.error ?? 'ok')).toEqual([
			'ok',
			`MOCO could not save the data (422): Task (ID ${T.retainerSeo}) does not belong to the chosen project (ID ${P.relaunch}); MOCO refused with "task must exist"`,
			'ok',
		]);
	});

	test('another refusal keeps MOCO\'s own words', async () => {
		const result = await create({ projectId: pick.id(1), taskId: pick.id(T.relaunchDesign) });

		expect(result.error?.message).toMatch(/^MOCO could not save the data \(422\): project must exist/);
	});
});

test('a Date from an expression as a Luxon date (e.g. {{ $today }}) is sent as that day', async () => {
	const result = await create({
		date: '={{ DateTime.fromISO("2026-01-06T23:30:00", { zone: "Europe/Berlin" }) }}',
		projectId: pick.id(P.relaunch),
		taskId: pick.id(T.relaunchDesign),
	});

	expect(result.error).toBeUndefined();
	expect(sim().requests[0].json).toMatchObject({ date: '2026-01-06' });
});
