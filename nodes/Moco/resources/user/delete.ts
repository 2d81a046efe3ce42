import type { INodeProperties } from 'n8n-workflow';

import { userIdField } from './userId';

export const userDeleteDescription: INodeProperties[] = [
	userIdField(['delete'], 'delete. MOCO only deletes users without billed hours; deactivate the others instead'),
];
