import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { CREATE_SIMULATOR, calls, createActivity as create, pick } from './fixtures';

const sim = useSimulator(CREATE_SIMULATOR);
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;

describe('Activity > Create: bad input and refusals', () => {
	test.each([
		['Date empty from an expression', { date: '={{ "" }}' }, 'Date is required to create an activity (item 0)'],
		['Date not a date', { date: '06.01.2026' }, 'Date must be a date in the form YYYY-MM-DD, not "06.01.2026" (item 0)'],
		['Project ID not a number', { projectId: pick.id('={{ "abc" }}') }, 'Project ID must be a positive whole number, not "abc" (item 0)'],
		['Task ID a path', { taskId: pick.id('={{ "5/../x" }}') }, 'Task ID must be a positive whole number, not "5/../x" (item 0)'],
		['Duration in words', { duration: 'zwei Stunden' }, 'Duration must be hours like 1.5 or 1:30, not "zwei Stunden" (item 0)'],
		['Duration with 90 minutes', { duration: '1:90' }, 'Duration must be hours like 1.5 or 1:30, not "1:90" (item 0)'],
		['Remote Service unknown', { additionalFields: { remoteService: 'gitlab' } }, 'Remote Service must be one of asana, basecamp, basecamp2, basecamp3, github, jira, mite, toggl, trello, wunderlist, youtrack, not "gitlab" (item 0)'],
		['On Behalf Of not an email', { additionalFields: { onBehalfOf: pick.email('zoe') } }, 'On Behalf Of Email must be an email address like name@example.com, not "zoe" (item 0)'],
	])('%s: a clear error, nothing sent', async (_label, parameters, message) => {
		const result = await create(parameters as INodeParameters);

		expect(result.error?.message).toBe(message);
		expect(calls(sim())).toEqual([]);
	});

	test("MOCO's field map (422): a task of another project", async () => {
		const result = await create({ taskId: pick.id(T.retainerSeo) });

		expect(result.error).toMatchObject({ message: `MOCO could not save the data (422): Task (ID ${T.retainerSeo}) does not belong to the chosen project (ID ${P.relaunch}); MOCO refused with "task must exist"`, httpCode: '422' });
	});

	test("MOCO's sentence (422) reaches the user as MOCO wrote it", async () => {
		sim().injectFault({ method: 'POST', path: '/activities' }, { status: 422, body: JSON.stringify({ message: 'Der Zeitraum ist gesperrt.' }) });

		const result = await create({});

		expect(result.error?.message).toBe('MOCO could not save the data (422): Der Zeitraum ist gesperrt.');
	});

	test('Continue On Fail: a bad item and a refused one report, the others are created', async () => {
		const items: IDataObject[] = [{ d: '1' }, { d: 'viel' }, { d: '2', task: T.retainerSeo }, { d: '0:30' }];

		const result = await create(
			{ duration: '={{ $json.d }}', taskId: `={{ $json.task ?? ${T.relaunchDesign} }}` },
			{ items, continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.seconds)).toEqual([
			3600,
			'Duration must be hours like 1.5 or 1:30, not "viel" (item 1)',
			`MOCO could not save the data (422): Task (ID ${T.retainerSeo}) does not belong to the chosen project (ID ${P.relaunch}); MOCO refused with "task must exist"`,
			1800,
		]);
		expect(calls(sim())).toEqual(['POST /api/v1/activities', 'POST /api/v1/activities', 'POST /api/v1/activities']);
	});
});
