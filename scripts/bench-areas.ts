// Scenario 1's reads per MOCO area: each area's main record by ID, through the MOCO node's version
// 2 (all resources) and through the area's node, against a plain GET loop.
import axios from 'axios';
import type { INodeParameters } from 'n8n-workflow';

import { setRateLimitClock } from '../nodes/Moco/shared/rateLimit';
import { VirtualClock, areaNodeOf, runNode } from '../test/harness';
import { ownPicker } from '../test/harness/description';
import { SEED_IDS } from '../test/simulator';
import { AUTH, CREDENTIALS, report, settle, simulator } from './bench-kit';

/** One record of each area's main resource, read by ID from an expression: one job per area node. */
const AREA_JOBS = [
	{ resource: 'activity', id: SEED_IDS.activities.today },
	{ resource: 'project', id: SEED_IDS.projects.relaunch },
	{ resource: 'company', id: SEED_IDS.companies.hafenlicht },
	{ resource: 'invoice', id: SEED_IDS.invoices.relaunch },
	{ resource: 'purchase', id: SEED_IDS.purchases.druck },
	{ resource: 'user', id: SEED_IDS.users.zoe },
	{ resource: 'taskTemplate', id: SEED_IDS.taskTemplates.konzeption },
];

/** 1000 items reading one seeded record by an ID expression, through `nodeType` (the MOCO node unless given), against a plain GET loop. */
async function timeGet(resource: string, id: number, nodeType?: string): Promise<void> {
	const name = `1. ${resource} > Get by ID expression, 1000 items, ${nodeType ?? 'MOCO node version 2 (all resources)'}`;
	console.log(`\n${name}`);
	setRateLimitClock(new VirtualClock('auto'));
	const { sim, stop } = simulator({ seed: true });
	try {
		const parameters: INodeParameters = { resource, operation: 'get', [ownPicker(resource) as string]: { __rl: true, mode: 'id', value: '={{ $json.id }}' } };
		const items = Array.from({ length: 1000 }, () => ({ id }));
		await runNode({ parameters, items: items.slice(0, 20), credentials: CREDENTIALS, typeVersion: 2, nodeType });
		const url = sim.requests[0].url;
		for (let i = 0; i < 20; i++) await axios.get(`https://acme.mocoapp.com${url}`, { headers: { Authorization: AUTH } });
		sim.clearRequests();
		settle();
		const started = performance.now();
		const result = await runNode({ parameters, items, credentials: CREDENTIALS, typeVersion: 2, nodeType });
		const nodeMs = performance.now() - started;
		const sent = sim.requests.length;
		const failed = result.error ? items.length : result.items.filter((item) => item.error).length;
		settle();
		const plainStarted = performance.now();
		for (let i = 0; i < items.length; i++) await axios.get(`https://acme.mocoapp.com${url}`, { headers: { Authorization: AUTH } });
		const plainMs = performance.now() - plainStarted;
		report(name, 'requests sent / failed items', `${sent} / ${failed}`, '1000 / 0');
		report(name, 'ms per item: node / plain HTTP loop', `${(nodeMs / 1000).toFixed(2)} / ${(plainMs / 1000).toFixed(2)}`);
		report(name, 'node time per item ÷ plain loop', (nodeMs / plainMs).toFixed(2), nodeType ? '≤ 1.2' : '');
	} finally {
		stop();
	}
}

export async function timeAreaJobs(): Promise<void> {
	for (const job of AREA_JOBS) {
		await timeGet(job.resource, job.id);
		await timeGet(job.resource, job.id, areaNodeOf(job.resource));
	}
}
