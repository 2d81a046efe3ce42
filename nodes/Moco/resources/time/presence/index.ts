import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { presence, touchFields } from './fields';

const clockInOrOut: INodePropertyOptions = {
	name: 'Clock In or Out',
	value: 'touch',
	action: 'Clock in or out',
	description: 'Start a presence now, or end the open one (a time clock, a badge reader)',
	routing: routes.collection(presence, 'POST', `${presence.record.path}/touch`, { fields: touchFields, into: 'qs' }),
};

export const presenceDescription: INodeProperties[] = [
	operationList(
		presence,
		{
			create: { action: 'Create a presence', description: 'Record working time (from, to) on a day' },
			delete: { action: 'Delete a presence', description: 'Delete one presence' },
			get: { action: 'Get a presence', description: 'Retrieve one presence' },
			getAll: { action: 'Get many presences', description: 'Retrieve presences; a period needs both From and To' },
			update: { action: 'Update a presence', description: 'Change the fields you set on a presence; everything else stays as it is' },
		},
		[clockInOrOut],
	),
	...resourceProperties(presence, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
	...operationFields('presence', 'touch', touchFields),
];
