// The request table's jobs on users and teams, and what every job shares: the key, MOCO's page size, a run.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { listSearch, loadOptions, runNode } from '../test/harness';
import type { MocoSimulator } from '../test/simulator';
import { CREDENTIALS } from './bench-kit';

export const PAGE = 100;
export const pages = (records: number) => Math.max(1, Math.ceil(records / PAGE));

export interface Job {
	job: string;
	sizes: string;
	formula: string;
	fewest: number;
	/** Starts from the seeded account (its projects, tasks, parents of nested records) instead of an empty one. */
	seeded?: boolean;
	/** Fills the account, then runs the node; returns the number of failed items. */
	run(sim: MocoSimulator): Promise<number>;
}

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });
export const failedItems = (result: { error?: unknown; items: Array<{ error?: unknown }> }, items: number) =>
	result.error ? items : result.items.filter((item) => item.error).length;

async function run(parameters: INodeParameters, items: IDataObject[] = [{}]) {
	return failedItems(await runNode({ parameters, items, credentials: CREDENTIALS, continueOnFail: true }), items.length);
}

/** Update N distinct people chosen By Email among U users. */
export function updateByEmail(n: number, u: number): Job {
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
export function updateWithTeamName(n: number, t: number): Job {
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

export function teamDelete(withUsers: boolean): Job {
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

export function getMany(resource: 'user' | 'team', records: number, limit?: number): Job {
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

export function dropdown(method: 'getTeams' | 'getRoles', records: number): Job {
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
export function fromList(method: 'searchUsers' | 'searchTeams', records: number): Job {
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
