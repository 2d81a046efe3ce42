import type { IDataObject, INodeParameterResourceLocator } from 'n8n-workflow';

import { mocoGet } from '../../harness';
import type { MocoSimulator } from '../../simulator';

/** The User parameter in each of its modes, as the editor stores it. */
export const userBy = {
	list: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'id', value: String(id) }),
	email: (email: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'email', value: email }),
};

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
