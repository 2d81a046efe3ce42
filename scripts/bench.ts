/**
 * npm run bench: the node against the in-process MOCO simulator (test/simulator), run through
 * n8n-core exactly as the tests run it (test/harness). Not a test: scenario 2 runs in real time
 * for a few minutes. `npm run bench -- --quick` skips scenario 2; `-- --pace` runs scenario 2a alone
 * (`-- --pace --latest`: as node version 2 lays the job out).
 *
 * 1. 1000 updates, zero latency, no limit: requests, items/s, node time per item ÷ a plain HTTP
 *    loop's, peak memory. The pacer runs on virtual time here, so only the node's own work counts.
 * 2. 1500 updates on the unlimited plan, the simulator enforcing MOCO's limit in real time
 *    (1200 per 2 minutes, per key, interpolated windows, rejected requests counted, no
 *    Retry-After); then again while another "tool" sends its own requests with the same key.
 * 3. Requests: for every job in scripts/bench-requests.ts, requests sent ÷ the fewest the job
 *    needs (virtual time, seconds). `npm run bench -- --requests` runs only this table.
 */
import './bench-env';

import axios from 'axios';
import type { INodeParameters } from 'n8n-workflow';

import { realClock, setRateLimitClock } from '../nodes/Moco/shared/rateLimit';
import { VirtualClock, evaluationsPerItem, runNode, withSyntheticResources } from '../test/harness';
import { isFaultSignal } from '../test/simulator';
import { timeAreaJobs } from './bench-areas';
import { AUTH, CREDENTIALS, report, rows, settle, simulator } from './bench-kit';
import { measureRequests, requestTable } from './bench-requests';

const update: INodeParameters = {
	resource: 'user',
	operation: 'update',
	userId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
	firstname: '={{ $json.firstname }}',
};
/** The same job as node versions 1.1 and 2 lay it out (new nodes): First Name under Update Fields. */
const updateLatest: INodeParameters = { resource: 'user', operation: 'update', userId: update.userId, updateFields: { firstname: update.firstname } };

/** Peak resident memory while `work` runs, sampled every 20 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
	let peak = process.memoryUsage().rss;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	try {
		const result = await work();
		peak = Math.max(peak, process.memoryUsage().rss);
		return { result, peakMb: peak / 2 ** 20 };
	} finally {
		clearInterval(timer);
	}
}

async function scenario1(): Promise<void> {
	await timeScenario1('1. 1000 updates, no limit', update, 1);
	await timeScenario1('1. the same, node version 1.1', updateLatest, 1.1);
	await timeScenario1('1. the same, node version 2 (the latest)', updateLatest, 2);
	await withSyntheticResources(30, async () => await timeScenario1('1. the same, node version 2, 30 synthetic resources more', updateLatest, 2));
	// The node new workflows get for users: MOCO Staff (MOCO's version 2 holding the Staff area).
	await timeScenario1('1. the same, MOCO Staff (the node of the Staff area)', updateLatest, 2, 'mocoStaff');
	await timeAreaJobs();
	const name = '1. 1000 updates, no limit';
	report(name, 'n8n expression evaluations per item before the first request (node version 1, this job)', String(await evaluationsPerItem(update, 1)), '≤ 18');
	report(name, 'the same job in node version 1.1 (First Name under Update Fields)', String(await evaluationsPerItem(updateLatest, 1.1)), '');
	report(name, 'the same job in node version 2, the latest (names per resource)', String(await evaluationsPerItem(updateLatest, 2)), '≤ 20');
	report(name, 'the same job in MOCO Staff (the node of the Staff area)', String(await evaluationsPerItem(updateLatest, 2, 'mocoStaff')), '≤ 20');
	// A resource declared as today's are brings the same property names again (updateFields,
	// userId, ...): 30 copies of User under new values show whether the figures grow. Version 1's
	// resources are frozen (new ones join version 2 only); 1.1's layout shows what sharing names costs.
	report(name, 'with 30 synthetic resources more: node version 1.1 laid out with shared names', String(await withSyntheticResources(30, async () => await evaluationsPerItem(updateLatest, 1.1), 1.1)), '');
	report(name, 'with 30 synthetic resources more: node version 2', String(await withSyntheticResources(30, async () => await evaluationsPerItem(updateLatest, 2))), '≤ 20');
}

async function timeScenario1(name: string, parameters: INodeParameters, typeVersion: number, nodeType?: string): Promise<void> {
	console.log(`\n${name}`);
	setRateLimitClock(new VirtualClock('auto'));
	const { sim, stop } = simulator({});
	try {
		const users = sim.addUsers(1000);
		const items = users.map((user, i) => ({ id: user.id, firstname: `Bench ${i}` }));
		// Warm-up: n8n-core, the expression engine and nock load lazily.
		await runNode({ parameters, items: items.slice(0, 20), credentials: CREDENTIALS, typeVersion, nodeType });
		for (const user of users.slice(0, 20)) await axios.put(`https://acme.mocoapp.com/api/v1/users/${user.id}`, { firstname: 'warm' }, { headers: { Authorization: AUTH } });
		sim.clearRequests();

		settle();
		const started = performance.now();
		const { result, peakMb } = await withPeakMemory(async () => await runNode({ parameters, items, credentials: CREDENTIALS, typeVersion, nodeType }));
		const nodeMs = performance.now() - started;
		const sent = sim.requests.length;
		const failed = result.error ? items.length : result.items.filter((item) => item.error).length;

		sim.clearRequests();
		settle();
		const plainStarted = performance.now();
		for (const item of items) {
			await axios.put(`https://acme.mocoapp.com/api/v1/users/${item.id}`, { firstname: item.firstname }, { headers: { Authorization: AUTH, 'Content-Type': 'application/json' } });
		}
		const plainMs = performance.now() - plainStarted;

		report(name, 'requests sent', String(sent), '= 1000');
		report(name, 'failed items', String(failed), '0');
		report(name, 'items/s (node)', (1000 / (nodeMs / 1000)).toFixed(0));
		report(name, 'ms per item: node / plain HTTP loop', `${(nodeMs / 1000).toFixed(2)} / ${(plainMs / 1000).toFixed(2)}`);
		report(name, 'node time per item ÷ plain loop', (nodeMs / plainMs).toFixed(2), '≤ 1.2');
		report(name, 'peak memory (RSS)', `${peakMb.toFixed(0)} MB`);
	} finally {
		stop();
	}
}

async function scenario2(withOtherTool: boolean, typeVersion = 1): Promise<void> {
	const layout = typeVersion === 1 ? '' : `, node version ${typeVersion}`;
	const name = withOtherTool ? '2b. 1500 updates, unlimited plan, another tool on the same key' : `2a. 1500 updates, unlimited plan, MOCO limit in real time${layout}`;
	console.log(`\n${name}`);
	setRateLimitClock(realClock);
	const allowedPerS = 1200 / 120;
	const { sim, stop, refused, arrivals } = simulator({ rateLimit: { max: 1200, windowMs: 120_000 } });
	let otherSent = 0;
	let otherRefused = 0;
	// The other tool: 2 requests per second with the same key, ignoring 429s as a naive client does.
	const other = withOtherTool
		? setInterval(() => {
				const answer = sim.handle({ method: 'GET', url: 'https://acme.mocoapp.com/api/v1/session', headers: { authorization: AUTH } });
				otherSent++;
				if (!isFaultSignal(answer) && answer.status === 429) otherRefused++;
			}, 500)
		: undefined;
	try {
		const users = sim.addUsers(1500);
		const items = users.map((user, i) => ({ id: user.id, firstname: `Paced ${i}` }));
		const started = Date.now();
		const parameters = typeVersion === 1 ? update : updateLatest;
		const result = await runNode({ parameters, items, credentials: CREDENTIALS, continueOnFail: true, typeVersion });
		const seconds = (Date.now() - started) / 1000;
		const failed = result.error ? items.length : result.items.filter((item) => item.error).length;
		const done = sim.users.filter((user) => user.firstname.startsWith('Paced ')).length;
		const nodeRefused = refused() - otherRefused;

		report(name, 'failed items', String(failed), '0');
		report(name, 'users actually updated', `${done} of ${items.length}`, String(items.length));
		report(name, 'duration', `${seconds.toFixed(0)} s`);
		if (withOtherTool) {
			const share = (items.length + otherSent) / seconds / allowedPerS;
			report(name, 'other tool: requests sent / refused', `${otherSent} / ${otherRefused}`);
			report(name, 'both tools together ÷ allowed rate', share.toFixed(2));
		} else {
			// n8n-core prepares every item before the first request leaves (RoutingNode); the
			// pace is what the node controls, from the first request to the last.
			const firstAt = arrivals[0];
			const paceSeconds = (arrivals[arrivals.length - 1] - firstAt) / 1000;
			report(name, 'achieved ÷ allowed rate, the pace (first request to last)', ((arrivals.length - 1) / paceSeconds / allowedPerS).toFixed(2), '≥ 0.97');
			report(name, 'achieved ÷ allowed rate, whole run', (items.length / seconds / allowedPerS).toFixed(2));
			report(name, 'n8n preparing the items before the first request', `${((firstAt - started) / 1000).toFixed(1)} s`);
		}
		report(name, "429s seen by the node", String(nodeRefused), withOtherTool ? '' : '0');
	} finally {
		if (other) clearInterval(other);
		stop();
	}
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const requestsOnly = process.argv.includes('--requests');
	if (process.argv.includes('--pace')) {
		await scenario2(false, process.argv.includes('--latest') ? 2 : 1);
		return;
	}
	if (!requestsOnly) {
		await scenario1();
		if (!quick) {
			await scenario2(false);
			await scenario2(true);
		}
	}
	console.log('\n3. Requests sent ÷ fewest needed');
	const requests = await measureRequests();

	if (rows.length > 0) {
		console.log('\n| Scenario | Measure | Result | Target |\n| --- | --- | --- | --- |');
		for (const row of rows) console.log(`| ${row.scenario} | ${row.measure} | ${row.value} | ${row.target} |`);
	}
	console.log(`\n${requestTable(requests)}`);
	console.log(`\nnode ${process.version}, ${new Date().toISOString()}`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
