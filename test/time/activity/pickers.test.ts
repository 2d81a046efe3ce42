import type { INodeParameters } from 'n8n-workflow';

import { TEST_CREDENTIALS, listSearch, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, pick } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;

const tasksFor = (parameters: INodeParameters, filter?: string) => listSearch('searchTasks', filter, undefined, TEST_CREDENTIALS, parameters);

describe('Activity: the Task list shows the tasks of the project chosen in the same form', () => {
	test.each<[string, INodeParameters]>([
		['Create (Project on top)', { resource: 'activity', operation: 'create', projectId: pick.list(P.festpreis) }],
		['Update (Project in Update Fields)', { resource: 'activity', operation: 'update', updateFields: { projectId: pick.id(P.festpreis) } }],
		['Get Many (Project in Filters)', { resource: 'activity', operation: 'getAll', filters: { projectId: pick.list(P.festpreis) } }],
	])('%s', async (_label, parameters) => {
		const result = await tasksFor(parameters);

		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.festpreis}/tasks`]);
		expect(result.results).toEqual([
			{ name: 'Konzeption', value: String(T.festpreisKonzept) },
			{ name: 'Umsetzung', value: String(T.festpreisUmsetzung) },
		]);
	});

	test('typed text narrows the list', async () => {
		const result = await tasksFor({ resource: 'activity', operation: 'create', projectId: pick.id(P.relaunch) }, 'entw');

		expect(result.results).toEqual([{ name: 'Entwicklung', value: String(T.relaunchEntwicklung) }]);
	});

	test('no project chosen yet: the list says to choose one first, nothing is sent', async () => {
		await expect(tasksFor({ resource: 'activity', operation: 'create', projectId: pick.list('') })).rejects.toThrow(
			'Choose the Project first (From list or By ID): the tasks are listed per project',
		);
		expect(calls(sim())).toEqual([]);
	});
});

describe('Activity: the From list of time entries', () => {
	test('latest first, one MOCO page per call', async () => {
		const result = await listSearch('searchActivities');

		expect(sim().requests.map((request) => request.query)).toEqual([{ sort_by: 'date desc' }]);
		expect(result.results[0]).toEqual({ name: '2026-01-05, 0.5 h, Website-Relaunch: Startseite: Varianten', value: String(SEED_IDS.activities.today) });
		expect(result.paginationToken).toBeUndefined();
	});

	test("typed text goes to MOCO's search (description, tag, remote ID)", async () => {
		const result = await listSearch('searchActivities', 'Monatsreport');

		expect(sim().requests.map((request) => request.query)).toEqual([{ sort_by: 'date desc', term: 'Monatsreport' }]);
		expect(result.results).toEqual([{ name: '2025-12-29, 1 h, SEO-Betreuung: Monatsreport Dezember', value: String(SEED_IDS.activities.locked) }]);
	});
});
