import type { IDataObject, INodeParameters, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Moco } from '../../../nodes/Moco/Moco.node';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, newest, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'lukasz-key': 'full' }, keyUsers: { 'lukasz-key': SEED_IDS.users.lukasz } });
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
const U = SEED_IDS.users;

const REQUIRED = { date: '2026-01-06', projectId: pick.id(P.relaunch), taskId: pick.id(T.relaunchDesign) };

function create(parameters: INodeParameters, options: Parameters<typeof activityRun>[2] = {}) {
	return activityRun('create', { ...REQUIRED, ...parameters }, options);
}

describe('Activity > Create', () => {
	test('the fields on top: one POST with MOCO seconds, the simplified entry out', async () => {
		const result = await create({ duration: '1.5', description: 'Startseite gestaltet' });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/activities',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { date: '2026-01-06', project_id: P.relaunch, task_id: T.relaunchDesign, seconds: 5400, description: 'Startseite gestaltet' },
			impersonate: undefined,
		});
		const id = newest(sim());
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), id)]);
		expect(result.items[0].json).toMatchObject({ hours: 1.5, seconds: 5400, user_id: U.juergen, project_name: 'Website-Relaunch', task_name: 'Design' });
	});

	test.each([
		['1.5', 5400],
		['1,5', 5400],
		['1:30', 5400],
		['0:45', 2700],
		['8', 28800],
		[2.25, 8100],
		['0', 0],
	])('Duration %j is sent as %i seconds', async (duration, seconds) => {
		const result = await create({ duration });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toMatchObject({ seconds });
	});

	test('Duration and Description empty: neither is sent, MOCO books 0 hours', async () => {
		const result = await create({ duration: '', description: '' });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toEqual({ date: '2026-01-06', project_id: P.relaunch, task_id: T.relaunchDesign });
		expect(result.items[0].json).toMatchObject({ seconds: 0, hours: 0 });
	});

	test('a date picker timestamp is cut to its date, never shifted (PEER-LESSONS 10)', async () => {
		const result = await create({ date: '2026-01-06T23:30:00' });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toMatchObject({ date: '2026-01-06' });
	});

	test('every Additional Field, booleans as JSON booleans (PEER-LESSONS 5)', async () => {
		const result = await create({
			duration: '2:15',
			description: 'Ticket umgesetzt',
			additionalFields: {
				billable: false,
				tag: 'RMT-123',
				remoteService: 'jira',
				remoteId: 'HL-42',
				remoteUrl: 'https://jira.example/browse/HL-42',
			},
		});

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toEqual({
			date: '2026-01-06',
			project_id: P.relaunch,
			task_id: T.relaunchDesign,
			seconds: 8100,
			description: 'Ticket umgesetzt',
			billable: false,
			tag: 'RMT-123',
			remote_service: 'jira',
			remote_id: 'HL-42',
			remote_url: 'https://jira.example/browse/HL-42',
		});
		expect(mocoGet(sim(), `/activities/${newest(sim())}`)).toMatchObject({ billable: false, tag: 'RMT-123', remote_service: 'jira', remote_id: 'HL-42' });
	});

	test('project By Identifier and task By Name: the task is looked up in that project, one look-up each', async () => {
		// "Konzeption" is a task of the relaunch and of the fixed-price project.
		const result = await create({ projectId: pick.identifier('P-2024-003'), taskId: pick.name('konzeption'), duration: '1' });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/projects?identifier=P-2024-003&include_archived=true',
			`GET /api/v1/projects/${P.festpreis}/tasks`,
			'POST /api/v1/activities',
		]);
		expect(sim().requests[2].json).toEqual({ date: '2026-01-06', project_id: P.festpreis, task_id: T.festpreisKonzept, seconds: 3600 });
	});

	test('project From list and task From list: IDs as they are', async () => {
		const result = await create({ projectId: pick.list(P.retainer), taskId: pick.list(T.retainerSeo) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toEqual({ date: '2026-01-06', project_id: P.retainer, task_id: T.retainerSeo });
	});

	test('a required field left empty in the editor: n8n itself refuses the run, nothing sent', async () => {
		const result = await create({ date: '' });

		expect(result.error?.message).toContain('Parameter "Date" is required');
		expect(calls(sim())).toEqual([]);
	});

	test('a task name the project lacks: names field, item and close names; nothing is created', async () => {
		const result = await create({ taskId: pick.name('Desing') });

		expect(result.error?.message).toBe('Task Name: no task is named "Desing". Did you mean "Design"? (item 0)');
		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.relaunch}/tasks`]);
	});

	test('50 items naming the same project and task: one look-up each for the whole run', async () => {
		const items = Array.from({ length: 50 }, (_, i) => ({ text: `Eintrag ${i}` }));

		const result = await create(
			{ projectId: pick.identifier('P-2024-001'), taskId: pick.name('Entwicklung'), description: '={{ $json.text }}', duration: '0.25' },
			{ items },
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(50);
		expect(calls(sim()).filter((call) => call.startsWith('GET'))).toEqual([
			'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
			`GET /api/v1/projects/${P.relaunch}/tasks`,
		]);
	});
});

describe('Activity > Create: the form', () => {
	const properties = new Moco().getNodeType(1.1).description.properties;
	const additional = properties.find(
		(property) => property.name === 'additionalFields' && property.displayOptions?.show?.resource?.includes('activity'),
	) as INodeProperties;
	const option = (name: string) => (additional.options as INodeProperties[]).find((candidate) => candidate.name === name) as INodeProperties;

	test('Remote Service offers exactly MOCO\'s eleven services, no empty dropdown (PEER-LESSONS 8)', () => {
		const values = (option('remoteService').options as INodePropertyOptions[]).map((entry) => entry.value).sort();

		expect(values).toEqual(['asana', 'basecamp', 'basecamp2', 'basecamp3', 'github', 'jira', 'mite', 'toggl', 'trello', 'wunderlist', 'youtrack']);
		expect(option('remoteService').typeOptions).toBeUndefined();
	});

	test('Date, Project, Task required on top; Duration and Description on top, optional; the rest under Additional Fields', () => {
		const top = properties.filter(
			(property) => property.displayOptions?.show?.resource?.includes('activity') && property.displayOptions?.show?.operation?.includes('create'),
		);

		expect(top.map((property) => [property.name, property.required ?? false])).toEqual([
			['date', true],
			['projectId', true],
			['taskId', true],
			['duration', false],
			['description', false],
			['additionalFields', false],
			['simplify', false],
		]);
		expect(top.find((property) => property.name === 'duration')?.description).toContain('Sent to MOCO as seconds');
		expect((additional.options as INodeProperties[]).map((entry) => entry.name).sort()).toEqual(
			['billable', 'onBehalfOf', 'remoteId', 'remoteService', 'remoteUrl', 'tag'],
		);
	});
});

describe('Activity > Create: On Behalf Of', () => {
	test('by email: the entry is Zoë’s; only the POST carries X-IMPERSONATE-USER-ID, the look-up does not', async () => {
		const result = await create({ duration: '1', additionalFields: { onBehalfOf: pick.email('zoe.angstrom@acme.example') } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true', 'POST /api/v1/activities']);
		const [lookup, post] = sim().requests;
		expect(lookup.headers['x-impersonate-user-id']).toBeUndefined();
		expect(post.headers['x-impersonate-user-id']).toBe(String(U.zoe));
		expect(post.json).toEqual({ date: '2026-01-06', project_id: P.relaunch, task_id: T.relaunchDesign, seconds: 3600 });
		expect(result.items[0].json).toMatchObject({ user_id: U.zoe, user_name: 'Zoë Ångström' });
	});

	test('per item: the header never leaks from one item to the next', async () => {
		const result = await create(
			{ onBehalfOf: undefined, additionalFields: { onBehalfOf: '={{ $json.who ? { "__rl": true, "mode": "id", "value": $json.who } : "" }}' } },
			{ items: [{ who: U.zoe }, {}, { who: U.renee }] },
		);

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => request.headers['x-impersonate-user-id'])).toEqual([String(U.zoe), undefined, String(U.renee)]);
		expect(result.items.map((item) => item.json.user_id)).toEqual([U.zoe, U.juergen, U.renee]);
	});

	test("a key without the Staff permission: MOCO's 403 in its words", async () => {
		const result = await create(
			{ additionalFields: { onBehalfOf: pick.id(U.zoe) } },
			{ credentials: { subdomain: 'acme', apiKey: 'lukasz-key' } },
		);

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: impersonation requires the Staff permission', httpCode: '403' });
		expect(onlyRequest(sim()).impersonate).toBe(String(U.zoe));
	});
});

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
