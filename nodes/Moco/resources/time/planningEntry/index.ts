import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { planningEntry } from './fields';

export const planningEntryDescription: INodeProperties[] = [
	operationList(planningEntry, {
		create: { action: 'Create a planning entry', description: 'Plan a user on a project or a deal for some days' },
		delete: { action: 'Delete a planning entry', description: 'Delete one planning entry' },
		get: { action: 'Get a planning entry', description: 'Retrieve one planning entry' },
		getAll: { action: 'Get many planning entries', description: 'Retrieve planning entries, filtered by MOCO (period, user, project, deal)' },
		update: { action: 'Update a planning entry', description: 'Change the fields you set on a planning entry; everything else stays as it is' },
	}),
	...resourceProperties(planningEntry, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
];
