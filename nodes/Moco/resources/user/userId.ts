import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../locator';

/** The User parameter, the same on every operation that acts on one user. */
export function userIdField(operations: string[], action: string): INodeProperties {
	return locatorField(
		{
			resource: 'user',
			label: 'User',
			searchListMethod: 'searchUsers',
			exampleId: '933590158',
		},
		operations,
		action,
	);
}
