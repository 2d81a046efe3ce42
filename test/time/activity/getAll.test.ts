import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS, type MocoSimulator } from '../../simulator';
import { activityRun, calls, pick, simplified } from './fixtures';

// MOCO's documented next links carry just ?page=N: the node must repeat its filters itself.
const sim = useSimulator({ linkKeepsQuery: false });
const A = SEED_IDS.activities;
const P = SEED_IDS.projects;
const T = SEED_IDS.tasks;
const U = SEED_IDS.users;

function getMany(parameters: INodeParameters, items?: IDataObject[]) {
	return activityRun('getAll', parameters, { items });
}

/** Zoë's design work on the relaunch, one entry a day back from 2026-01-04. */
function addDesignWork(simulator: MocoSimulator, count: number, fields: IDataObject = {}) {
	for (let i = 0; i < count; i++) {
		const day = new Date(Date.UTC(2026, 0, 4 - (i % 20))).toISOString().slice(0, 10);
		simulator.add('activities', {
			date: day,
			project: { id: P.relaunch },
			task: { id: T.relaunchDesign },
			user: { id: U.zoe },
			seconds: 3600,
			hours: 1,
			worked_seconds: 3600,
			description: `Designsystem ${i}`,
			...fields,
		});
	}
}

const activityPages = (simulator: MocoSimulator) => simulator.requests.filter((request) => request.path === '/api/v1/activities');

describe('Activity > Get Many: Return All and Limit', () => {
	test('default: up to 50, simplified, one request', async () => {
		const result = await getMany({});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/activities']);
		const all = sim().records('activities').map((activity) => activity.id);
		expect(result.items.map((item) => item.json)).toEqual(all.map((id) => simplified(sim(), id)));
	});

	test('Return All over three pages: three requests, every entry once, no empty fourth (PEER-LESSONS 11)', async () => {
		addDesignWork(sim(), 250 - sim().records('activities').length);

		const result = await getMany({ returnAll: true, simplify: false });

		expect(result.items).toHaveLength(250);
		expect(new Set(result.items.map((item) => item.json.id)).size).toBe(250);
		expect(calls(sim())).toEqual(['GET /api/v1/activities', 'GET /api/v1/activities?page=2', 'GET /api/v1/activities?page=3']);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/activities/${A.billed}`));
	});

	test('Limit 5 of 250: one request (PEER-LESSONS 11)', async () => {
		addDesignWork(sim(), 240);

		const result = await getMany({ limit: 5 });

		expect(result.items).toHaveLength(5);
		expect(calls(sim())).toHaveLength(1);
	});
});

describe('Activity > Get Many: filters', () => {
	// The seeded week: 982200001 (billed) .. 982200016; see test/simulator/resources/activities.ts.
	const seeded = Array.from({ length: 16 }, (_, i) => A.billed + i);
	const lukasz = [A.billed, A.today + 2, A.today + 5, A.today + 8, A.today + 11];
	const projectLead = A.billed + 15; // Jürgen's non-billable hour on "Projektleitung"
	const without = (...ids: number[]) => seeded.filter((id) => !ids.includes(id));

	test.each<[string, IDataObject, Record<string, string>, number[]]>([
		['From', { from: '2026-01-05T00:00:00' }, { from: '2026-01-05' }, [A.today]],
		['To (PEER-LESSONS 6: the other node has no To)', { to: '2025-12-29' }, { to: '2025-12-29' }, [A.billed, A.locked]],
		['User (PEER-LESSONS 6: the other node has no User filter)', { userId: pick.id(U.lukasz) }, { user_id: String(U.lukasz) }, lukasz],
		['Project', { projectId: pick.list(P.retainer) }, { project_id: String(P.retainer) }, [A.locked]],
		['Task', { taskId: pick.id(T.relaunchPl) }, { task_id: String(T.relaunchPl) }, [projectLead]],
		['Company', { companyId: pick.id(SEED_IDS.companies.nordwind) }, { company_id: String(SEED_IDS.companies.nordwind) }, [A.locked]],
		['Billable off', { billable: false }, { billable: 'false' }, [projectLead]],
		['Billable on', { billable: true }, { billable: 'true' }, without(projectLead)],
		['Billed on', { billed: true }, { billed: 'true' }, [A.billed]],
		['Billed off', { billed: false }, { billed: 'false' }, without(A.billed)],
		['Search Term', { term: 'Monatsreport' }, { term: 'Monatsreport' }, [A.locked]],
		['IDs with Return All (PEER-LESSONS 3)', { ids: `${A.today}, ${A.billed}` }, { ids: `${A.today},${A.billed}` }, [A.billed, A.today]],
		['Updated After with Return All (PEER-LESSONS 3)', { updatedAfter: '2024-01-15T08:30:00+01:00' }, { updated_after: '2024-01-15T07:30:00Z' }, seeded],
	])('%s reaches MOCO', async (_label, filters, query, expected) => {
		const result = await getMany({ returnAll: true, filters: filters as INodeParameters });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => request.query)).toEqual([query]);
		expect(result.items.map((item) => item.json.id)).toEqual(expected);
	});

	test('Sort By Date, Descending: MOCO sorts, the latest entry first', async () => {
		const result = await getMany({ filters: { sortBy: 'date', sortDirection: 'desc', projectId: pick.id(P.relaunch) } });

		expect(sim().requests.map((request) => request.query)).toEqual([{ project_id: String(P.relaunch), sort_by: 'date desc' }]);
		const dates = result.items.map((item) => String(item.json.date));
		expect(dates[0]).toBe('2026-01-05');
		expect(dates).toEqual([...dates].sort().reverse());
	});

	test('every filter by key, Return All over 3 pages: each page repeats every filter exactly once', async () => {
		addDesignWork(sim(), 250);

		const result = await getMany({
			returnAll: true,
			filters: {
				from: '2025-12-01',
				to: '2026-01-04',
				userId: pick.email('zoe.angstrom@acme.example'),
				projectId: pick.identifier('P-2024-001'),
				taskId: pick.name('Design'),
				companyId: pick.name('Hafenlicht Reederei GmbH'),
				billable: true,
				billed: false,
				term: 'Designsystem',
				updatedAfter: '2020-01-01T00:00:00Z',
			},
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim()).slice(0, 4)).toEqual([
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
			`GET /api/v1/projects/${P.relaunch}/tasks`,
			'GET /api/v1/companies?term=Hafenlicht%20Reederei%20GmbH',
		]);
		const filters = {
			from: '2025-12-01',
			to: '2026-01-04',
			billable: 'true',
			billed: 'false',
			term: 'Designsystem',
			updated_after: '2020-01-01T00:00:00Z',
			user_id: String(U.zoe),
			project_id: String(P.relaunch),
			task_id: String(T.relaunchDesign),
			company_id: String(SEED_IDS.companies.hafenlicht),
		};
		expect(activityPages(sim()).map((request) => request.query)).toEqual([filters, { ...filters, page: '2' }, { ...filters, page: '3' }]);
		// 250 added plus the four seeded "Designsystem" entries of Zoë's week.
		expect(result.items).toHaveLength(254);
		expect(result.items.every((item) => item.json.user_id === U.zoe && item.json.task_id === T.relaunchDesign)).toBe(true);
	});

	test('the same filters with Limit: the first page only, filters included', async () => {
		addDesignWork(sim(), 250);

		const result = await getMany({ limit: 5, filters: { userId: pick.id(U.zoe), billed: false } });

		expect(result.items).toHaveLength(5);
		expect(activityPages(sim()).map((request) => request.query)).toEqual([{ user_id: String(U.zoe), billed: 'false' }]);
	});

	test.each<[string, IDataObject, string]>([
		['From after To', { from: '2026-01-05', to: '2026-01-01' }, 'From (2026-01-05) must not be after To (2026-01-01) (item 0)'],
		['a task by name without the project', { taskId: pick.name('Design') }, 'Task Name needs the project it belongs to: set Project as well, or choose the task By ID (item 0)'],
		['a user email that is none', { userId: pick.email('zoe') }, 'User Email must be an email address like name@example.com, not "zoe" (item 0)'],
		['From not a date', { from: 'gestern' }, 'From must be a date in the form YYYY-MM-DD, not "gestern" (item 0)'],
		['IDs not numbers', { ids: '12, abc' }, 'IDs must be positive whole numbers separated by commas; "abc" is not one (item 0)'],
	])('%s: a clear error, nothing sent', async (_label, filters, message) => {
		const result = await getMany({ returnAll: true, filters: filters as INodeParameters });

		expect(result.error?.message).toBe(message);
		expect(calls(sim())).toEqual([]);
	});

	test('a company name MOCO does not know: the error names field and item, no time entries are read', async () => {
		const result = await getMany({ filters: { companyId: pick.name('Hafenlicht') } }, [{}]);

		expect(result.error?.message).toBe('Company Name: no company is named "Hafenlicht". Did you mean "Hafenlicht Reederei GmbH"? (item 0)');
		expect(activityPages(sim())).toEqual([]);
	});
});
