import type { INodeProperties } from 'n8n-workflow';

import { userMainFields, userOptionalFields } from './fields';
import { userIdField } from './userId';

const showOnlyForUserUpdate = { resource: ['user'], operation: ['update'] };

export const userUpdateDescription: INodeProperties[] = [
	userIdField(['update'], 'update'),
	...userMainFields(showOnlyForUserUpdate, false),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForUserUpdate },
		options: userOptionalFields,
	},
];
