import type { INodeProperties } from 'n8n-workflow';

/** The User parameter, the same on every operation that acts on one user. */
export function userIdField(operations: string[], action: string): INodeProperties {
	return {
		displayName: 'User',
		name: 'userId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The MOCO user to ${action}`,
		displayOptions: { show: { resource: ['user'], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a user...',
				typeOptions: { searchListMethod: 'searchUsers', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 933590158',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*[1-9][0-9]*\\s*$', errorMessage: 'User ID must be a positive whole number, like 933590158' },
					},
				],
			},
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@example.com',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$', errorMessage: 'User Email must be an email address like name@example.com' },
					},
				],
			},
		],
	};
}
