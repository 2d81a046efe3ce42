// The request table's jobs on the seeded account: every resource, found by walking the node's
// description (as test/invariants.test.ts does), and time entries naming their project and task.
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../test/harness';
import { VERSION, operationsOf, ownPicker, parentPicker, resourceOptions, resources } from '../test/harness/description';
import { CREDENTIALS } from './bench-kit';
import { PAGE, byId, failedItems, pages, type Job } from './bench-request-jobs';

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

export const everyGetMany = resources.filter((resource) => operationsOf(resource).includes('getAll')).flatMap((resource) => [getManyOf(resource, 250), getManyOf(resource, 250, 5)]);

/**
 * N time entries naming the same project By Identifier and its task By Name: the project is
 * looked up once and the project's task list read once, for the whole run.
 */
export function activitiesNamingProjectAndTask(n: number): Job {
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
