import type { INodeProperties } from 'n8n-workflow';

import { locatorField } from '../locator';

/** The Team parameter, the same on every operation that acts on one team. */
export function teamIdField(operations: string[], action: string): INodeProperties {
	return locatorField(
		{
			resource: 'team',
			label: 'Team',
			searchListMethod: 'searchTeams',
			exampleId: '909147864',
		},
		operations,
		action,
	);
}
