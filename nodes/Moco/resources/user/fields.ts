import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { simplifyUserOutput } from '../../shared/hooks';
import { LANGUAGES } from '../../shared/validate';

/** Field definitions Create and Update share, so both always offer the same fields. */

export const toBody = (property: string) => ({ send: { type: 'body' as const, property } });

const KEEP = 'Leave empty to keep the current value.';

/** Names, email and team: required on Create, optional ("keep") on Update. */
export function userMainFields(show: IDisplayOptions['show'], creating: boolean): INodeProperties[] {
	const displayOptions = { show };
	const common = { required: creating, displayOptions };
	const keep = creating ? {} : { description: KEEP };
	return [
		{ displayName: 'First Name', name: 'firstname', ...common, ...keep, type: 'string', default: '', routing: toBody('firstname') },
		{ displayName: 'Last Name', name: 'lastname', ...common, ...keep, type: 'string', default: '', routing: toBody('lastname') },
		{
			displayName: 'Email',
			name: 'email',
			...common,
			type: 'string',
			default: '',
			placeholder: 'name@email.com',
			description: creating ? 'The address the user signs in with' : KEEP,
			routing: toBody('email'),
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description: creating
				? 'Optional: without one, the user sets a password through the welcome email'
				: 'A new password for the user. Leave empty to keep the current one.',
			displayOptions,
			routing: toBody('password'),
		},
		{
			displayName: 'Team Name or ID',
			name: 'unitId',
			...common,
			type: 'options',
			default: '',
			typeOptions: { loadOptionsMethod: 'getTeams' },
			description: `The team the user belongs to.${creating ? '' : ' Leave empty to keep the current team.'} An expression may give the team's name instead of its ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
			routing: toBody('unit_id'),
		},
	];
}

/** Everything else MOCO stores on a user; offered in a collection on Create and Update. */
export const userOptionalFields: INodeProperties[] = [
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
			'The permission role. An expression may give the role\'s name instead of its ID. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
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
];

/** The same Simplify switch on every operation that returns a user. */
export function simplifyField(operations: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return only ID, names, email, team, active and external instead of the full MOCO record',
		displayOptions: { show: { resource: ['user'], operation: operations } },
		routing: { output: { postReceive: [simplifyUserOutput] } },
	};
}
