import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { todo } from './fields';

export const todoDescription: INodeProperties[] = [
	operationList(todo, {
		get: { action: 'Get a to-do', description: 'Retrieve one to-do, with the record it is on' },
		getAll: { action: 'Get many to-dos', description: 'Retrieve to-dos, e.g. the open ones of one user' },
	}),
	...resourceProperties(todo, { onRecord: ['get'], getAll: true }),
];
