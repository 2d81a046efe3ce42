import type { INodeProperties } from 'n8n-workflow';

import { toBody, userMainFields, userOptionalFields } from './fields';

const showOnlyForUserCreate = { resource: ['user'], operation: ['create'] };

export const userCreateDescription: INodeProperties[] = [
	...userMainFields(showOnlyForUserCreate, true),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForUserCreate },
		options: [
			...userOptionalFields,
			{
				displayName: 'Welcome Email',
				name: 'welcomeEmail',
				type: 'boolean',
				default: false,
				description: 'Whether MOCO emails the new user an invitation to sign in',
				routing: toBody('welcome_email'),
			},
		],
	},
];
