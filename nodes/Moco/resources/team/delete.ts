import type { INodeProperties } from 'n8n-workflow';

import { teamIdField } from './teamId';

export const teamDeleteDescription: INodeProperties[] = [
	teamIdField(['delete'], 'delete. MOCO only deletes a team without users'),
];
