import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { listAsOptions } from '../../shared/transport';

export async function getRoles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await listAsOptions.call(this, '/users/roles');
}
