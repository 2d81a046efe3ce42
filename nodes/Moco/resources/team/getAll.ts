import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/lists';

export const teamGetAllDescription: INodeProperties[] = [...returnAllAndLimit({ resource: ['team'], operation: ['getAll'] })];
