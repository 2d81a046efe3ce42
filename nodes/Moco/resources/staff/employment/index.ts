import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { employment } from './fields';

export const employmentDescription: INodeProperties[] = [
	operationList(employment, {
		create: { action: 'Create an employment', description: 'Give a user a weekly working-time model from a date on' },
		delete: { action: 'Delete an employment', description: 'Delete one employment' },
		get: { action: 'Get an employment', description: 'Retrieve one employment with its weekly pattern' },
		getAll: { action: 'Get many employments', description: 'Retrieve employments, filtered by period and user' },
		update: {
			action: 'Update an employment',
			description: 'Change the fields you set; half-days you leave out keep their hours',
		},
	}),
	...resourceProperties(employment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
