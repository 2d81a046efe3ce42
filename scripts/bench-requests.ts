/**
 * The request table of `npm run bench`: for each job, the requests the node sends ÷ the fewest
 * requests the job needs, the bound computed from the job's sizes (N items, U users, T teams,
 * R records; MOCO answers 100 records a page). Runs through n8n-core like the tests (virtual
 * time, the in-process simulator), so it takes seconds. Every resource's Get Many joins the table
 * by itself: the resources, their operations and a nested resource's parent picker are read from
 * the node's description, as test/invariants.test.ts reads them.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VirtualClock, listSearch, loadOptions, runNode } from '../test/harness';
import { VERSION, operationsOf, ownPicker, parentPicker, resourceOptions, resources } from '../test/harness/description';
import { setRateLimitClock } from '../nodes/Moco/shared/rateLimit';
import { MocoSimulator, interceptMoco } from '../test/simulator';

const PAGE = 100;
const pages = (records: number) => Math.max(1, Math.ceil(records / PAGE));
const KEY = 'bench-key';
const CREDENTIALS = { subdomain: 'acme', apiKey: KEY, plan: 'unlimited' };

export interface RequestRow {
	job: string;
	sizes: string;
	sent: number;
	fewest: number;
	/** How the fewest count is made up. */
	formula: string;
	failed: number;
}

interface Job {
	job: string;
	sizes: string;
	formula: string;
	fewest: number;
	/** Starts from the seeded account (its projects, tasks, parents of nested records) instead of an empty one. */
	seeded?: boolean;
	/** Fills the account, then runs the node; returns the number of failed items. */
	run(sim: MocoSimulator): Promise<number>;
}

const byId = (value: string) => ({ __rl: true, mode: 'id', value });
const failedItems = (result: { error?: unknown; items: Array<{ error?: unknown }> }, items: number) =>
	result.error ? items : result.items.filter((item) => item.error).length;

async function run(parameters: INodeParameters, items: IDataObject[] = [{}]) {
	return failedItems(await runNode({ parameters, items, credentials: CREDENTIALS, continueOnFail: true }), items.length);
}

/** Update N distinct people chosen By Email among U users. */
function updateByEmail(n: number, u: number): Job {
	return {
		job: 'User > Update, user By Email',
		sizes: `N = ${n}, U = ${u}`,
		formula: 'N + min(N, ceil(U/100))',
		fewest: n + Math.min(n, pages(u)),
		async run(sim) {
			const users = sim.addUsers(u);
			const items = users.slice(0, n).map((user, i) => ({ email: user.email, info: `by email ${i}` }));
			return await run(
				{ resource: 'user', operation: 'update', userId: { __rl: true, mode: 'email', value: '={{ $json.email }}' }, updateFields: { info: '={{ $json.info }}' } },
				items,
			);
		},
	};
}

/** N updates that each name a team (an expression), among T teams: the list once per run. */
function updateWithTeamName(n: number, t: number): Job {
	return {
		job: 'User > Update, Team by name',
		sizes: `N = ${n}, T = ${t}`,
		formula: 'N + ceil(T/100)',
		fewest: n + pages(t),
		async run(sim) {
			const teams = sim.addUnits(t - sim.units.length);
			const users = sim.addUsers(n);
			const items = users.map((user, i) => ({ id: user.id, team: teams[i % teams.length].name }));
			return await run({ resource: 'user', operation: 'update', userId: byId('={{ $json.id }}'), unitId: '={{ $json.team }}' }, items);
		},
	};
}

function teamDelete(withUsers: boolean): Job {
	return {
		job: withUsers ? 'Team > Delete, team with users (MOCO refuses)' : 'Team > Delete, empty team',
		sizes: '1 team',
		formula: withUsers ? 'DELETE + look-up naming the users' : 'DELETE',
		fewest: withUsers ? 2 : 1,
		async run(sim) {
			const team = sim.addUnit('Bench team');
			if (withUsers) sim.addUsers(2, { unit: { id: team.id, name: team.name } });
			const failed = await run({ resource: 'team', operation: 'delete', teamId: byId(String(team.id)) });
			// The refused delete is the expected outcome here, not a failure of the job.
			return withUsers ? 1 - failed : failed;
		},
	};
}

function getMany(resource: 'user' | 'team', records: number, limit?: number): Job {
	const wanted = limit === undefined ? records : Math.min(limit, records);
	return {
		job: `${resource === 'user' ? 'User' : 'Team'} > Get Many, ${limit === undefined ? 'Return All' : `Limit ${limit}`}`,
		sizes: `R = ${records}`,
		formula: limit === undefined ? 'ceil(R/100)' : 'ceil(min(Limit, R)/100)',
		fewest: pages(wanted),
		async run(sim) {
			if (resource === 'user') sim.addUsers(records - sim.users.length);
			else sim.addUnits(records - sim.units.length);
			const parameters: INodeParameters = { resource, operation: 'getAll', ...(limit === undefined ? { returnAll: true } : { returnAll: false, limit }) };
			const result = await runNode({ parameters, credentials: CREDENTIALS });
			return result.error || result.items.length !== wanted ? 1 : 0;
		},
	};
}

function dropdown(method: 'getTeams' | 'getRoles', records: number): Job {
	return {
		job: `Dropdown ${method === 'getTeams' ? 'Team Name or ID (getTeams)' : 'Role Name or ID (getRoles)'}`,
		sizes: `R = ${records}`,
		formula: 'ceil(R/100)',
		fewest: pages(records),
		async run(sim) {
			if (method === 'getTeams') sim.addUnits(records - sim.units.length);
			else for (let i = sim.roles.length; i < records; i++) sim.addRole({ name: `Role ${i}` });
			const options = await loadOptions(method, { resource: 'user', operation: 'update' }, CREDENTIALS);
			return options.length === records ? 0 : 1;
		},
	};
}

/** A From list scrolled to its end: one page per scroll. */
function fromList(method: 'searchUsers' | 'searchTeams', records: number): Job {
	return {
		job: `From list, scrolled to the end (${method})`,
		sizes: `R = ${records}`,
		formula: 'ceil(R/100)',
		fewest: pages(records),
		async run(sim) {
			if (method === 'searchUsers') sim.addUsers(records - sim.users.length);
			else sim.addUnits(records - sim.units.length);
			let token: string | undefined;
			let seen = 0;
			do {
				const page = await listSearch(method, undefined, token, CREDENTIALS);
				seen += page.results.length;
				token = page.paginationToken;
			} while (token !== undefined);
			return seen === records ? 0 : 1;
		},
	};
}

// ---- every resource, found by walking the node's description (as test/invariants.test.ts does) ----

const resourceName = (resource: string) => resourceOptions.find((option) => option.value === resource)?.name ?? resource;

const runAt = (resource: string, operation: string, parameters: INodeParameters, items?: IDataObject[]) =>
	runNode({ parameters: { resource, operation, ...parameters }, items, credentials: CREDENTIALS, typeVersion: VERSION, continueOnFail: true });

/** The parent a nested resource's Get Many needs (a project for its tasks), from the seeded account. */
async function parentOf(resource: string): Promise<INodeParameters> {
	const param = parentPicker(resource);
	if (!param) return {};
	const owner = resources.find((candidate) => ownPicker(candidate) === param) as string;
	const list = await runAt(owner, 'getAll', { ...(await parentOf(owner)), returnAll: true, simplify: false });
	return { [param]: byId(String(list.items[0]?.json.id)) };
}

/**
 * Get Many of any resource over a list of `records` records: MOCO's pages (100 rows, a `Link`
 * rel="next" on all but the last) are served in place of the seeded account's few records, so
 * every resource's list spans the same pages.
 */
function getManyOf(resource: string, records: number, limit?: number): Job {
	const wanted = limit === undefined ? records : Math.min(limit, records);
	return {
		job: `${resourceName(resource)} > Get Many, ${limit === undefined ? `Return All, ${pages(records)} pages` : `Limit ${limit}`}`,
		sizes: `R = ${records}`,
		formula: limit === undefined ? 'ceil(R/100)' : 'ceil(min(Limit, R)/100)',
		fewest: pages(wanted),
		seeded: true,
		async run(sim) {
			const parent = await parentOf(resource);
			// The list's path (nested ones carry their parent's ID), from one run against the account.
			await runAt(resource, 'getAll', { ...parent, returnAll: true });
			const path = sim.requests[sim.requests.length - 1].path.replace('/api/v1', '');
			const total = pages(records);
			for (let page = 1; page <= total; page++) {
				const rows = Array.from({ length: Math.min(PAGE, records - (page - 1) * PAGE) }, (_, index) => ({ id: 1000 + (page - 1) * PAGE + index, name: `Row ${index}` }));
				const headers: Record<string, string> = { 'content-type': 'application/json' };
				if (page < total) headers.link = `<https://acme.mocoapp.com/api/v1${path}?page=${page + 1}>; rel="next"`;
				sim.injectFault({ method: 'GET', path }, { status: 200, body: JSON.stringify(rows), headers });
			}
			sim.clearRequests();
			const result = await runAt(resource, 'getAll', { ...parent, ...(limit === undefined ? { returnAll: true } : { returnAll: false, limit }) });
			return result.error || result.items.length !== wanted ? 1 : 0;
		},
	};
}

const everyGetMany = resources.filter((resource) => operationsOf(resource).includes('getAll')).flatMap((resource) => [getManyOf(resource, 250), getManyOf(resource, 250, 5)]);

/**
 * N time entries naming the same project By Identifier and its task By Name: the project is
 * looked up once and the project's task list read once, for the whole run.
 */
function activitiesNamingProjectAndTask(n: number): Job {
	return {
		job: 'Activity > Create, project By Identifier and task By Name',
		sizes: `N = ${n}, 1 project, 1 task`,
		formula: 'N + 1 project look-up + 1 task list',
		fewest: n + 2,
		seeded: true,
		async run(sim) {
			const project = sim.records('projects').find((candidate) => candidate.identifier && sim.records('tasks').some((task) => task.project_id === candidate.id));
			const task = sim.records('tasks').find((candidate) => candidate.project_id === project?.id);
			const items = Array.from({ length: n }, (_, i) => ({ text: `Bench entry ${i}` }));
			sim.clearRequests();
			const result = await runAt(
				'activity',
				'create',
				{
					date: '2026-01-05',
					projectId: { __rl: true, mode: 'identifier', value: String(project?.identifier) },
					taskId: { __rl: true, mode: 'name', value: String(task?.name) },
					duration: '0.25',
					description: '={{ $json.text }}',
				},
				items,
			);
			return failedItems(result, items.length);
		},
	};
}

export const REQUEST_JOBS: Job[] = [
	updateByEmail(1, 250),
	updateByEmail(200, 250),
	updateWithTeamName(200, 150),
	teamDelete(false),
	teamDelete(true),
	getMany('user', 250),
	getMany('user', 200),
	getMany('user', 250, 100),
	getMany('user', 250, 101),
	getMany('team', 1000),
	getMany('team', 150, 50),
	dropdown('getTeams', 155),
	dropdown('getRoles', 120),
	fromList('searchUsers', 250),
	fromList('searchTeams', 200),
	activitiesNamingProjectAndTask(20),
	...everyGetMany,
];

export async function measureRequests(jobs = REQUEST_JOBS): Promise<RequestRow[]> {
	setRateLimitClock(new VirtualClock('auto'));
	const rows: RequestRow[] = [];
	for (const job of jobs) {
		const sim = new MocoSimulator({ apiKeys: { [KEY]: 'full' }, seed: job.seeded ?? false });
		const interception = interceptMoco(sim);
		try {
			const failed = await job.run(sim);
			rows.push({ job: job.job, sizes: job.sizes, sent: sim.requests.length, fewest: job.fewest, formula: job.formula, failed });
		} finally {
			interception.restore();
		}
	}
	return rows;
}

export function requestTable(rows: RequestRow[]): string {
	const lines = [
		'| Job | Sizes | Requests sent | Fewest needed | Sent ÷ fewest | Fewest is | Failed |',
		'| --- | --- | --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.job} | ${r.sizes} | ${r.sent} | ${r.fewest} | **${(r.sent / r.fewest).toFixed(2)}** | ${r.formula} | ${r.failed} |`),
	];
	return lines.join('\n');
}
