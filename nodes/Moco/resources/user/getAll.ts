import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit } from '../../shared/lists';

const showOnlyForUserGetAll = { resource: ['user'], operation: ['getAll'] };

export const userGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(showOnlyForUserGetAll),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: 'MOCO applies these, whether Return All is on or off',
		displayOptions: { show: showOnlyForUserGetAll },
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'Only the user with this email address',
			},
			{
				displayName: 'IDs',
				name: 'ids',
				type: 'string',
				placeholder: 'e.g. 933590158, 933590159',
				default: '',
				description: 'Only these users: IDs separated by commas',
			},
			{
				displayName: 'Include Archived',
				name: 'includeArchived',
				type: 'boolean',
				default: false,
				description: 'Whether to include deactivated users',
			},
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				options: [
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Email', value: 'email' },
					{ name: 'First Name', value: 'firstname' },
					{ name: 'ID', value: 'id' },
					{ name: 'Last Name', value: 'lastname' },
					{ name: 'Updated At', value: 'updated_at' },
				],
				default: 'lastname',
				description: 'The field MOCO sorts the users by',
			},
			{
				displayName: 'Sort Direction',
				name: 'sortDirection',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
				default: 'asc',
				description: 'Used together with Sort By',
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
				default: [],
				description: 'Only users with at least one of these tags',
			},
			{
				displayName: 'Updated After',
				name: 'updatedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only users changed after this time',
			},
		],
	},
];
