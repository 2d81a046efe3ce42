import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { dealCategory } from './fields';

export const dealCategoryDescription: INodeProperties[] = [
	operationProperty(
		'dealCategory',
		standardOperations(dealCategory, {
			create: 'Add a stage to the deal pipeline',
			delete: 'Delete a deal pipeline stage',
			get: 'Retrieve one deal pipeline stage',
			getAll: 'Retrieve the stages of the deal pipeline',
			update: 'Rename a deal pipeline stage or change its probability',
		}),
		'getAll',
	),
	...resourceProperties(dealCategory, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
