import type { INodeProperties } from 'n8n-workflow';

import { simplifyUserOutput } from '../../shared/hooks';
import { LANGUAGES } from '../../shared/validate';
import { userIdField } from './userId';

const showOnlyForUserUpdate = { resource: ['user'], operation: ['update'] };

const toBody = (property: string) => ({ send: { type: 'body' as const, property } });

const KEEP = 'Leave empty to keep the current value.';

export const userUpdateDescription: INodeProperties[] = [
	userIdField(['update'], 'update'),
	{
		displayName: 'First Name',
		name: 'firstname',
		type: 'string',
		default: '',
		description: KEEP,
		displayOptions: { show: showOnlyForUserUpdate },
		routing: toBody('firstname'),
	},
	{
		displayName: 'Last Name',
		name: 'lastname',
		type: 'string',
		default: '',
		description: KEEP,
		displayOptions: { show: showOnlyForUserUpdate },
		routing: toBody('lastname'),
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		default: '',
		placeholder: 'name@email.com',
		description: KEEP,
		displayOptions: { show: showOnlyForUserUpdate },
		routing: toBody('email'),
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'A new password for the user. Leave empty to keep the current one.',
		displayOptions: { show: showOnlyForUserUpdate },
		routing: toBody('password'),
	},
	{
		displayName: 'Team Name or ID',
		name: 'unitId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTeams' },
		default: '',
		description:
			'The team the user belongs to. Leave empty to keep the current team. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: showOnlyForUserUpdate },
		routing: toBody('unit_id'),
	},
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForUserUpdate },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether the user is active (false deactivates the user)',
				routing: toBody('active'),
			},
			{
				displayName: 'Birthday',
				name: 'birthday',
				type: 'dateTime',
				default: '',
				description: 'Sent to MOCO as a date (YYYY-MM-DD)',
				routing: toBody('bday'),
			},
			{
				displayName: 'Custom Properties',
				name: 'customProperties',
				type: 'fixedCollection',
				placeholder: 'Add Custom Property',
				typeOptions: { multipleValues: true },
				default: {},
				description: 'Values of the custom fields your MOCO account defines for users',
				options: [
					{
						displayName: 'Property',
						name: 'property',
						values: [
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
								description: 'The custom field’s name as it appears in MOCO',
							},
							{
								displayName: 'Value',
								name: 'value',
								type: 'string',
								default: '',
							},
						],
					},
				],
				routing: toBody('custom_properties'),
			},
			{
				displayName: 'External',
				name: 'external',
				type: 'boolean',
				default: false,
				description: 'Whether the user is an external staff member (freelancer)',
				routing: toBody('external'),
			},
			{
				displayName: 'Home Address',
				name: 'homeAddress',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				routing: toBody('home_address'),
			},
			{
				displayName: 'IBAN',
				name: 'iban',
				type: 'string',
				default: '',
				routing: toBody('iban'),
			},
			{
				displayName: 'Info',
				name: 'info',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Free text about the user',
				routing: toBody('info'),
			},
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: LANGUAGES.map((code) => ({ name: code, value: code })),
				default: 'de',
				description: 'The language MOCO uses for this user',
				routing: toBody('language'),
			},
			{
				displayName: 'Mobile Phone',
				name: 'mobilePhone',
				type: 'string',
				default: '',
				routing: toBody('mobile_phone'),
			},
			{
				displayName: 'Role Name or ID',
				name: 'roleId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getRoles' },
				default: '',
				description:
					'The permission role. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: toBody('role_id'),
			},
			{
				displayName: 'Tags',
				name: 'tags',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
				default: [],
				routing: toBody('tags'),
			},
			{
				displayName: 'Work Phone',
				name: 'workPhone',
				type: 'string',
				default: '',
				routing: toBody('work_phone'),
			},
		],
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only ID, names, email, team, active and external instead of the full MOCO record',
		displayOptions: { show: showOnlyForUserUpdate },
		routing: { output: { postReceive: [simplifyUserOutput] } },
	},
];
