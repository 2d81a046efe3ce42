import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { mocoGet, runNode, type RunOptions } from '../../harness';
import { SEED_IDS, type MocoSimulator } from '../../simulator';

/** The User parameter in each of its modes, as the editor stores it. */
export const userBy = {
	list: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'id', value: String(id) }),
	email: (email: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'email', value: email }),
};

/** User > Update on Jürgen unless the parameters pick another user. */
export function updateUser(parameters: INodeParameters, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({
		parameters: { resource: 'user', operation: 'update', userId: userBy.id(SEED_IDS.users.juergen), ...parameters },
		...options,
	});
}

/** What Simplify returns for a user, computed from MOCO's own record. */
export function simplified(sim: MocoSimulator, id: number): IDataObject {
	const user = mocoGet(sim, `/users/${id}`);
	return {
		id: user.id,
		firstname: user.firstname,
		lastname: user.lastname,
		email: user.email,
		unit_id: (user.unit as IDataObject).id,
		unit_name: (user.unit as IDataObject).name,
		active: user.active,
		external: user.extern,
	};
}

/** "METHOD url" of every request MOCO received. */
export const calls = (sim: MocoSimulator) => sim.requests.map((r) => `${r.method} ${r.url}`);
