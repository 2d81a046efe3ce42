import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator();
const U = SEED_IDS.users;
const P = SEED_IDS.projects;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'planningEntry', operation, ...parameters }, ...options });

const existing = (body: IDataObject = {}) =>
	mocoSend(sim(), 'POST', '/planning_entries', { project_id: P.relaunch, starts_on: '2026-02-02', ends_on: '2026-02-06', hours_per_day: 4, user_id: U.zoe, ...body });

const plan = { startsOn: '2026-02-09T00:00:00', endsOn: '2026-02-13T00:00:00', hoursPerDay: 6 };

describe('Planning Entry > Create', () => {
	test('a project by identifier, its task by name, a user by email: one body with their IDs, simplified output', async () => {
		const zoe = mocoGet(sim(), `/users/${U.zoe}`);
		const result = await run('create', {
			...plan,
			additionalFields: {
				projectId: pick.by('identifier', 'P-2024-001'),
				taskId: pick.by('name', 'Design'),
				userId: pick.by('email', String(zoe.email)),
				title: 'Screens',
				comment: 'Sprint 3',
				symbol: 2,
				tentative: true,
			},
		});

		expect(result.error).toBeUndefined();
		const post = sim().requests.find((request) => request.method === 'POST')!;
		expect(requestSummary(post)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/planning_entries',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				starts_on: '2026-02-09',
				ends_on: '2026-02-13',
				hours_per_day: 6,
				project_id: P.relaunch,
				task_id: SEED_IDS.tasks.relaunchDesign,
				user_id: U.zoe,
				title: 'Screens',
				comment: 'Sprint 3',
				symbol: 2,
				tentative: true,
			},
		});
		const record = mocoGet(sim(), `/planning_entries/${String(result.items[0].json.id)}`);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				id: record.id,
				title: 'Screens',
				starts_on: '2026-02-09',
				ends_on: '2026-02-13',
				hours_per_day: 6,
				tentative: true,
				comment: 'Sprint 3',
				user_id: U.zoe,
				project_id: P.relaunch,
				task_id: SEED_IDS.tasks.relaunchDesign,
				deal_id: null,
			},
		]);
	});

	test('a deal by name instead of a project: deal_id sent, no project', async () => {
		const result = await run('create', { ...plan, additionalFields: { dealId: pick.by('name', 'App „Kapitänsbrücke“ Phase 2'), tentative: true } });

		expect(result.error).toBeUndefined();
		expect(sim().requests[sim().requests.length - 1].json).toEqual({
			starts_on: '2026-02-09', ends_on: '2026-02-13', hours_per_day: 6, tentative: true, deal_id: SEED_IDS.deals.app,
		});
		expect(result.items[0].json).toMatchObject({ deal_id: SEED_IDS.deals.app, project_id: null, tentative: true });
	});

	test('Simplify off: MOCO’s whole record', async () => {
		const result = await run('create', { ...plan, simplify: false, additionalFields: { projectId: pick.id(P.relaunch) } });

		expect(result.items[0].json).toEqual(mocoGet(sim(), `/planning_entries/${String(result.items[0].json.id)}`));
	});

	test.each([
		['neither project nor deal', {}, 'Project or Deal is required to create a planning entry: choose exactly one of them (item 0)'],
		[
			'both project and deal',
			{ projectId: pick.id(P.relaunch), dealId: pick.id(123) },
			'Project and Deal exclude each other: a planning entry belongs to a project or to a deal, choose one (item 0)',
		],
		['a task without its project', { dealId: pick.id(123), taskId: pick.id(SEED_IDS.tasks.relaunchDesign) }, 'Task needs its Project in the same item: a task is picked within its project (item 0)'],
		['hours per day above 24', { projectId: pick.id(P.relaunch), hoursPerDay: 25 }, 'Hours per Day must be a number from 0 to 24, not 25 (item 0)'],
	])('%s: refused in words (ResourceSpec.check), nothing sent', async (_label, additionalFields: IDataObject, message) => {
		const { hoursPerDay, ...rest } = additionalFields;
		const result = await run('create', { ...plan, ...(hoursPerDay === undefined ? {} : { hoursPerDay }), additionalFields: rest } as INodeParameters);

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Planning Entry > Get, Update, Delete', () => {
	test('Update Hours per Day alone: exactly that field (peer lesson 4)', async () => {
		const entry = existing();

		const result = await run('update', { planningEntryId: pick.id(entry.id as number), updateFields: { hoursPerDay: 5 } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([['PUT', `/api/v1/planning_entries/${String(entry.id)}`, { hours_per_day: 5 }]]);
		expect(result.items[0].json).toMatchObject({ id: entry.id, hours_per_day: 5 });
	});

	test('Update to both a project and a deal: refused, nothing sent', async () => {
		const entry = existing();

		const result = await run('update', { planningEntryId: pick.id(entry.id as number), updateFields: { projectId: pick.id(P.relaunch), dealId: pick.id(5) } });

		expect(result.error?.message).toMatch(/^Project and Deal exclude each other/);
		expect(sim().requests).toEqual([]);
	});

	test('Get and Delete', async () => {
		const entry = existing();

		const got = await run('get', { planningEntryId: pick.id(entry.id as number), simplify: false });
		const deleted = await run('delete', { planningEntryId: pick.id(entry.id as number) });

		expect(got.items[0].json).toEqual(entry);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(requestLines(sim())).toEqual([`GET /api/v1/planning_entries/${String(entry.id)}`, `DELETE /api/v1/planning_entries/${String(entry.id)}`]);
	});
});

describe('Planning Entry > Get Many', () => {
	test('From and To are sent as MOCO’s period=from:to, with user and project, on every page (peer lesson 3)', async () => {
		for (let week = 0; week < 205; week++) {
			const day = new Date(Date.UTC(2026, 0, 5 + week)).toISOString().slice(0, 10);
			existing({ starts_on: day, ends_on: day });
		}

		const result = await run('getAll', {
			returnAll: true,
			filters: { from: '2026-01-01', to: '2026-12-31T00:00:00', userId: pick.id(U.zoe), projectId: pick.by('identifier', 'P-2024-001') },
		});

		expect(result.error).toBeUndefined();
		const pages = sim().requests.filter((request) => request.url.startsWith('/api/v1/planning_entries'));
		const query = `period=2026-01-01%3A2026-12-31&user_id=${U.zoe}&project_id=${P.relaunch}`;
		expect(pages.map((page) => page.url)).toEqual([
			`/api/v1/planning_entries?${query}`,
			`/api/v1/planning_entries?${query}&page=2`,
			`/api/v1/planning_entries?${query}&page=3`,
		]);
		expect(result.items.length).toBeGreaterThanOrEqual(205);
	});

	test('From without To: refused in words, nothing sent', async () => {
		const result = await run('getAll', { filters: { from: '2026-01-01' } });

		expect(result.error?.message).toBe('Filters: To is needed as well: MOCO takes a period as From and To together (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

test('README example "plan next week"', async () => {
	const result = await run('create', {
		startsOn: '2026-02-02',
		endsOn: '2026-02-06',
		hoursPerDay: 4,
		additionalFields: { projectId: pick.by('identifier', 'P-2024-003'), userId: pick.by('email', 'anais.dubois@acme.example'), title: 'Konzept-Workshops' },
	});

	expect(sim().requests[sim().requests.length - 1].json).toEqual({
		starts_on: '2026-02-02', ends_on: '2026-02-06', hours_per_day: 4, title: 'Konzept-Workshops', project_id: P.festpreis, user_id: U.anais,
	});
	expect(result.items.map((item) => item.json)).toEqual([
		{ id: 4839005, title: 'Konzept-Workshops', starts_on: '2026-02-02', ends_on: '2026-02-06', hours_per_day: 4, tentative: false, comment: '', user_id: U.anais, project_id: P.festpreis, task_id: null, deal_id: null },
	]);
});
