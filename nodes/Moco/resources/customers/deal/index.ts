import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { deal } from './fields';

export const dealDescription: INodeProperties[] = [
	operationProperty(
		'deal',
		standardOperations(deal, {
			create: 'Add a deal (lead) to the pipeline',
			delete: 'Delete a deal',
			get: 'Retrieve one deal',
			getAll: 'Retrieve deals, filtered by MOCO',
			update: 'Change the fields you set on a deal (for example mark it won); everything else stays as it is',
		}),
		'getAll',
	),
	...resourceProperties(deal, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
];
