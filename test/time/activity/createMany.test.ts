import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { requestLines, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { activityRun, pick, simplifiedFrom } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;

const fromJson = (rows: unknown) => ({ timeEntriesFrom: 'json', timeEntriesJson: typeof rows === 'string' ? rows : JSON.stringify(rows) });
const fromEditor = (...rows: INodeParameters[]) => ({ timeEntriesFrom: 'editor', timeEntries: { row: rows } });
const activities = () => sim().records('activities').length;
const ROW = { date: '2026-01-05', project_id: P.relaunch, task_id: T.relaunchKonzept, hours: 1 };

describe('Activity > Create Many', () => {
	test('rows from the editor: one POST /activities/bulk with every row, hours sent as seconds, one item per entry MOCO made', async () => {
		const before = activities();
		const result = await activityRun(
			'createMany',
			fromEditor(
				{ date: '2026-01-05', projectId: pick.list(P.relaunch), taskId: T.relaunchKonzept, duration: '1:30', description: 'Workshop', billable: true, tag: '', remoteService: 'jira', remoteId: 'PRJ-1', remoteUrl: '' },
				{ date: '2026-01-06T00:00:00', projectId: pick.identifier('P-2024-002'), taskId: T.retainerSeo, duration: '0,5', description: '', tag: 'SEO' },
			),
		);

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-002&include_archived=true', 'POST /api/v1/activities/bulk']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/activities/bulk',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				activities: [
					{ date: '2026-01-05', project_id: P.relaunch, task_id: T.relaunchKonzept, seconds: 5400, description: 'Workshop', billable: true, remote_service: 'jira', remote_id: 'PRJ-1' },
					{ date: '2026-01-06', project_id: P.retainer, task_id: T.retainerSeo, seconds: 1800, tag: 'SEO' },
				],
			},
		});
		expect(activities()).toBe(before + 2);
		const made = sim().records('activities').slice(-2);
		expect(result.items.map((item) => item.json)).toEqual(made.map((entry) => simplifiedFrom(sim().serialize('activities', entry) as IDataObject)));
		expect(result.items.map((item) => [item.json.seconds, item.json.project_name])).toEqual([
			[5400, 'Website-Relaunch'],
			[1800, 'SEO-Betreuung'],
		]);
	});

	test('a week from an Aggregate node: 40 entries in one request, a project number looked up once; Simplify off gives MOCO’s records', async () => {
		const week = Array.from({ length: 40 }, (_, index) => ({ ...ROW, project_id: undefined, project_identifier: 'P-2024-001', hours: (index % 4) + 1, description: `Block ${index + 1}` }));

		const result = await activityRun('createMany', { timeEntriesFrom: 'json', timeEntriesJson: '={{ $json.week }}', simplify: false }, { items: [{ week }] });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', 'POST /api/v1/activities/bulk']);
		const sent = bodies(sim())[0].activities as IDataObject[];
		expect(sent).toHaveLength(40);
		expect(sent[5]).toEqual({ date: '2026-01-05', project_id: P.relaunch, task_id: T.relaunchKonzept, seconds: 7200, description: 'Block 6' });
		expect(result.items).toHaveLength(40);
		expect(result.items[0].json).toMatchObject({ project: { id: P.relaunch }, task: { id: T.relaunchKonzept }, seconds: 3600, user: expect.any(Object) });
	});

	test.each([
		['a row’s hours', [ROW, { ...ROW, hours: 'viel' }], 'Time Entry 2’s Duration must be hours like 1.5 or 1:30, not "viel" (item 0)'],
		['a row without its task', [{ ...ROW, task_id: undefined }], 'Time Entry 1’s Task ID is required to create time entries (item 0)'],
		['a row without its date', [ROW, ROW, { ...ROW, date: undefined }], 'Time Entry 3’s Date is required to create time entries (item 0)'],
		['MOCO’s seconds in a JSON row', [{ ...ROW, hours: undefined, seconds: 3600 }], /^Time Entry 1 has "seconds", which MOCO does not take here\. Use date, project_id \(or project_identifier\), task_id, hours \(optional\), description \(optional\), billable \(optional\), tag \(optional\), remote_service \(optional\), remote_id \(optional\), remote_url \(optional\) \(item 0\)$/],
		['an unknown remote service', [{ ...ROW, remote_service: 'linear' }], /^Time Entry 1’s Remote Service must be one of/],
		['101 rows', Array.from({ length: 101 }, () => ROW), 'Time Entries has 101 time entries; MOCO takes at most 100 in one request: split them over several items (item 0)'],
		['no rows', [], 'Time Entries has no time entry: give at least one row (item 0)'],
	])('%s: the row named by its number, nothing sent', async (_case, rows, message) => {
		const result = await activityRun('createMany', fromJson(rows));

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('MOCO refuses one row (a task of another project): its words, and no entry of the request is made', async () => {
		const before = activities();

		const result = await activityRun('createMany', fromJson([ROW, { ...ROW, task_id: 1 }]));

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): task must exist', httpCode: '422' });
		expect(activities()).toBe(before);
	});

	test('the description says it spares MOCO’s rate limit', async () => {
		const { activityDescription } = await import('../../../nodes/Moco/resources/time/activity');
		const option = (activityDescription[0].options as Array<{ value: string; description: string }>).find((o) => o.value === 'createMany');
		expect(option?.description).toMatch(/One request instead of one per entry spares MOCO’s rate limit/);
	});
});

describeRefusals('activity', sim, [{ operation: 'createMany', method: 'POST', parameters: fromJson([ROW]) }]);
