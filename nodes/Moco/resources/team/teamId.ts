import type { INodeProperties } from 'n8n-workflow';

/** The Team parameter, the same on every operation that acts on one team. */
export function teamIdField(operations: string[], action: string): INodeProperties {
	return {
		displayName: 'Team',
		name: 'teamId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The MOCO team to ${action}`,
		displayOptions: { show: { resource: ['team'], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a team...',
				typeOptions: { searchListMethod: 'searchTeams', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 909147864',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*[1-9][0-9]*\\s*$', errorMessage: 'Team ID must be a positive whole number, like 909147864' },
					},
				],
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: 'e.g. Sales',
			},
		],
	};
}
