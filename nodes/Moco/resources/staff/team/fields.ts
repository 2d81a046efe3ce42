import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';

/** A team ("unit" in MOCO's API). Accounts have few, so its list is read whole. */
export const teamRecord: RecordType = {
	noun: 'team',
	label: 'Team',
	path: '/units',
	key: nameKey('Sales'),
	title: (team: IDataObject) => String(team.name),
	searchListMethod: 'searchTeams',
	exampleId: '909147864',
};

export const team: ResourceSpec = {
	value: 'team',
	record: teamRecord,
	fields: [
		{
			name: 'name',
			displayName: 'Name',
			api: 'name',
			kind: 'text',
			required: true,
			placeholder: 'e.g. Sales',
			description: 'The name of the team',
			legacy: { topLevel: true, requiredOnUpdate: true },
		},
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Unit', description: 'Values of the custom fields your MOCO account defines for teams; MOCO keeps the ones not sent' },
	],
	filters: [
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Unit', description: 'Only teams whose custom fields have these values' },
		...GLOBAL_FILTERS,
	],
};
