import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { projectBy } from '../project/fixtures';
import { calls } from '../../staff/user/fixtures';
import { runTask, taskBy } from './fixtures';

const sim = useSimulator({ pageSize: 2, linkKeepsQuery: false });
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;

describe('Project Task > Get', () => {
	test('by ID within its project', async () => {
		const result = await runTask('get', { projectId: projectBy.id(P.relaunch), taskId: taskBy.id(T.relaunchDesign) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.relaunch}/tasks/${T.relaunchDesign}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.relaunch}/tasks/${T.relaunchDesign}`)]);
	});

	test("by name: looked up in the project's own tasks (case does not matter)", async () => {
		const result = await runTask('get', { projectId: projectBy.identifier('P-2024-003'), taskId: taskBy.name('konzeption') });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/projects?identifier=P-2024-003&include_archived=true',
			`GET /api/v1/projects/${P.festpreis}/tasks`,
			`GET /api/v1/projects/${P.festpreis}/tasks/${T.festpreisKonzept}`,
		]);
		expect(result.items[0].json).toMatchObject({ id: T.festpreisKonzept, name: 'Konzeption' });
	});

	test("a task of another project: MOCO's 404", async () => {
		const result = await runTask('get', { projectId: projectBy.id(P.festpreis), taskId: taskBy.id(T.relaunchDesign) });

		expect(result.error).toMatchObject({ httpCode: '404', message: 'MOCO found no such record (404): Resource not found' });
	});

	test('bad IDs send nothing', async () => {
		const result = await runTask('get', { projectId: projectBy.id(P.relaunch), taskId: taskBy.id('={{ "5/../x" }}') });

		expect(result.error?.message).toBe('Task ID must be a positive whole number, not "5/../x" (item 0)');
		expect(sim().requests).toHaveLength(0);
	});
});

describe('Project Task > Get Many', () => {
	test('Return All: the four tasks over two pages', async () => {
		const result = await runTask('getAll', { projectId: projectBy.id(P.relaunch), returnAll: true });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.relaunch}/tasks`, `GET /api/v1/projects/${P.relaunch}/tasks?page=2`]);
		expect(result.items.map((item) => item.json.name)).toEqual(['Konzeption', 'Design', 'Entwicklung', 'Projektleitung']);
	});

	test('Limit 1: one request', async () => {
		const result = await runTask('getAll', { projectId: projectBy.id(P.relaunch), limit: 1 });

		expect(result.items.map((item) => item.json.id)).toEqual([T.relaunchKonzept]);
		expect(calls(sim())).toHaveLength(1);
	});

	test('the IDs filter reaches every page', async () => {
		const result = await runTask('getAll', {
			projectId: projectBy.id(P.relaunch),
			returnAll: true,
			filters: { ids: `${T.relaunchKonzept},${T.relaunchDesign},${T.relaunchPl}` },
		});

		const ids = `ids=${T.relaunchKonzept}%2C${T.relaunchDesign}%2C${T.relaunchPl}`;
		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.relaunch}/tasks?${ids}`, `GET /api/v1/projects/${P.relaunch}/tasks?${ids}&page=2`]);
		expect(result.items.map((item) => item.json.id)).toEqual([T.relaunchKonzept, T.relaunchDesign, T.relaunchPl]);
	});
});

describe('Project Task > Update', () => {
	const update = (updateFields: INodeParameters) =>
		runTask('update', { projectId: projectBy.id(P.relaunch), taskId: taskBy.id(T.relaunchDesign), updateFields });

	test.each([
		['Name', { name: 'UI-Design' }, { name: 'UI-Design' }],
		['Active off', { active: false }, { active: false }],
		['Billable off', { billable: false }, { billable: false }],
		['Budget', { budget: 15000 }, { budget: 15000 }],
		['Hourly Rate', { hourlyRate: 130 }, { hourly_rate: 130 }],
		['Description', { description: 'Screens und Styleguide' }, { description: 'Screens und Styleguide' }],
	])('%s alone is the whole body', async (_label, updateFields, body) => {
		const result = await update(updateFields);

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`PUT /api/v1/projects/${P.relaunch}/tasks/${T.relaunchDesign}`]);
		expect(sim().requests[0].json).toEqual(body);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.relaunch}/tasks/${T.relaunchDesign}`)]);
	});

	test('an empty update sends nothing', async () => {
		const result = await update({});

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(sim().requests).toHaveLength(0);
	});

	test("a name another task of the project has: MOCO's 422", async () => {
		const result = await update({ name: 'Konzeption' });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): name has already been taken' });
	});
});

describe('Project Task > Delete', () => {
	test('a task without tracked hours: {"deleted": true}', async () => {
		const result = await runTask('delete', { projectId: projectBy.id(P.retainer), taskId: taskBy.id(T.retainerSeo) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`DELETE /api/v1/projects/${P.retainer}/tasks/${T.retainerSeo}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test("a task with tracked hours: MOCO's refusal reaches the user in MOCO's words", async () => {
		const result = await runTask('delete', { projectId: projectBy.id(P.relaunch), taskId: taskBy.id(T.relaunchDesign) });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): The task cannot be deleted because hours are tracked on it.' });
		expect(sim().records('tasks').some((task) => task.id === T.relaunchDesign)).toBe(true);
	});

	test('Continue On Fail: the refused task is an error item, the other one is deleted', async () => {
		const result = await runTask(
			'delete',
			{ projectId: projectBy.id('={{ $json.project }}'), taskId: taskBy.id('={{ $json.task }}') },
			{ items: [{ project: P.relaunch, task: T.relaunchDesign }, { project: P.retainer, task: T.retainerSeo }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.deleted ?? item.json.error)).toEqual([
			'MOCO could not save the data (422): The task cannot be deleted because hours are tracked on it.',
			true,
		]);
	});
});
