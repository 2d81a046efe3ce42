import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { mocoGet, requestSummary, runNode, type RunOptions } from '../../harness';
import { SEED_IDS, type MocoSimulator, type SimulatorOptions } from '../../simulator';

/** A record picker's value as the editor stores it: From list, By ID, or by the record's key. */
export const pick = {
	list: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'id', value: String(id) }),
	email: (email: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'email', value: email }),
	name: (name: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'name', value: name }),
	identifier: (identifier: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'identifier', value: identifier }),
};

/** Runs one Activity operation. */
export function activityRun(operation: string, parameters: INodeParameters, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'activity', operation, ...parameters }, ...options });
}

/** Create's tests: lukasz-key signs in as Łukasz, who lacks the Staff permission On Behalf Of needs. */
export const CREATE_SIMULATOR: SimulatorOptions = { apiKeys: { 'test-key': 'full', 'lukasz-key': 'full' }, keyUsers: { 'lukasz-key': SEED_IDS.users.lukasz } };

const REQUIRED = { date: '2026-01-06', projectId: pick.id(SEED_IDS.projects.relaunch), taskId: pick.id(SEED_IDS.tasks.relaunchDesign) };

/** Activity > Create with its required fields filled in, unless the parameters replace them. */
export function createActivity(parameters: INodeParameters, options: Parameters<typeof activityRun>[2] = {}) {
	return activityRun('create', { ...REQUIRED, ...parameters }, options);
}

/** What Simplify keeps of a time entry, computed from MOCO's own record. */
export function simplified(sim: MocoSimulator, id: number): IDataObject {
	return simplifiedFrom(mocoGet(sim, `/activities/${id}`));
}

export function simplifiedFrom(activity: IDataObject): IDataObject {
	const project = activity.project as IDataObject;
	const task = activity.task as IDataObject;
	const user = activity.user as IDataObject;
	return {
		id: activity.id,
		date: activity.date,
		hours: activity.hours,
		seconds: activity.seconds,
		description: activity.description,
		billable: activity.billable,
		billed: activity.billed,
		timer_started_at: activity.timer_started_at,
		project_id: project.id,
		project_name: project.name,
		task_id: task.id,
		task_name: task.name,
		customer_name: (activity.customer as IDataObject).name,
		user_id: user.id,
		user_name: `${String(user.firstname)} ${String(user.lastname)}`,
	};
}

/** "METHOD url" of every request MOCO received. */
export const calls = (sim: MocoSimulator) => sim.requests.map((r) => `${r.method} ${r.url}`);

/** The one request MOCO received, asserted to be the only one. */
export function onlyRequest(sim: MocoSimulator) {
	expect(calls(sim)).toHaveLength(1);
	return { ...requestSummary(sim.requests[0]), impersonate: sim.requests[0].headers['x-impersonate-user-id'] };
}

/** The ID of the activity the simulator stored last. */
export const newest = (sim: MocoSimulator) => Math.max(...sim.records('activities').map((activity) => activity.id));
