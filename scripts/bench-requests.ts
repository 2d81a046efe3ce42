/**
 * The request table of `npm run bench`: for each job, the requests the node sends ÷ the fewest
 * requests the job needs, the bound computed from the job's sizes (N items, U users, T teams,
 * R records; MOCO answers 100 records a page). Runs through n8n-core like the tests (virtual
 * time, the in-process simulator), so it takes seconds. Every resource's Get Many joins the table
 * by itself: the resources, their operations and a nested resource's parent picker are read from
 * the node's description, as test/invariants.test.ts reads them.
 */
import { VirtualClock } from '../test/harness';
import { setRateLimitClock } from '../nodes/Moco/shared/rateLimit';
import { MocoSimulator, interceptMoco } from '../test/simulator';
import { KEY } from './bench-kit';
import { dropdown, fromList, getMany, teamDelete, updateByEmail, updateWithTeamName, type Job } from './bench-request-jobs';
import { activitiesNamingProjectAndTask, everyGetMany } from './bench-resource-jobs';

export interface RequestRow {
	job: string;
	sizes: string;
	sent: number;
	fewest: number;
	/** How the fewest count is made up. */
	formula: string;
	failed: number;
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
