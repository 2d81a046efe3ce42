import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Moco } from '../../../nodes/Moco/Moco.node';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { CREATE_SIMULATOR, calls, createActivity as create, newest, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator(CREATE_SIMULATOR);
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
const U = SEED_IDS.users;

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
