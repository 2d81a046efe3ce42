import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { holiday } from './fields';

export const holidayDescription: INodeProperties[] = [
	operationList(holiday, {
		create: { action: 'Create a holiday entitlement', description: 'Grant a user holiday days for a year' },
		delete: { action: 'Delete a holiday entitlement', description: 'Delete one holiday entitlement' },
		get: { action: 'Get a holiday entitlement', description: 'Retrieve one holiday entitlement' },
		getAll: { action: 'Get many holiday entitlements', description: 'Retrieve holiday entitlements, filtered by year and user' },
		update: { action: 'Update a holiday entitlement', description: 'Change the fields you set on a holiday entitlement; everything else stays as it is' },
	}),
	...resourceProperties(holiday, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
