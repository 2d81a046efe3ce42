/**
 * The request table of `npm run bench`: for each job, the requests the node sends ÷ the fewest
 * requests the job needs, the bound computed from the job's sizes (N items, U users, T teams,
 * R records; MOCO answers 100 records a page). Runs through n8n-core like the tests (virtual
 * time, the in-process simulator), so it takes seconds.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { VirtualClock, listSearch, loadOptions, runNode } from '../test/harness';
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
];

export async function measureRequests(jobs = REQUEST_JOBS): Promise<RequestRow[]> {
	setRateLimitClock(new VirtualClock('auto'));
	const rows: RequestRow[] = [];
	for (const job of jobs) {
		const sim = new MocoSimulator({ apiKeys: { [KEY]: 'full' }, seed: false });
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
