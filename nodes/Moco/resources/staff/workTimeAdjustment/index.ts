import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { workTimeAdjustment } from './fields';

export const workTimeAdjustmentDescription: INodeProperties[] = [
	operationList(workTimeAdjustment, {
		create: { action: 'Create a work time adjustment', description: 'Add hours to or take hours from a user’s work-time balance' },
		delete: { action: 'Delete a work time adjustment', description: 'Delete one work time adjustment' },
		get: { action: 'Get a work time adjustment', description: 'Retrieve one work time adjustment' },
		getAll: { action: 'Get many work time adjustments', description: 'Retrieve work time adjustments, filtered by period and user' },
		update: { action: 'Update a work time adjustment', description: 'Change the fields you set on a work time adjustment; everything else stays as it is' },
	}),
	...resourceProperties(workTimeAdjustment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
