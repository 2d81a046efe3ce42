import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, routes } from '../../../shared/pipeline';
import { webHook } from './fields';

export const webHookDescription: INodeProperties[] = [
	operationList(
		webHook,
		{
			create: { action: 'Create a web hook', description: 'Have MOCO POST a kind of record to a URL when it is created, updated or deleted' },
			delete: { action: 'Delete a web hook', description: 'Stop and remove a web hook' },
			get: { action: 'Get a web hook', description: 'Retrieve one web hook, with whether MOCO disabled it' },
			getAll: { action: 'Get many web hooks', description: "Retrieve the account's web hooks, e.g. to audit them" },
			update: { action: 'Update a web hook', description: "Change a web hook's URL (target and event stay)" },
		},
		[
			{
				name: 'Disable',
				value: 'disable',
				action: 'Disable a web hook',
				description: 'Pause a web hook: MOCO sends nothing to it until it is enabled',
				routing: routes.action(webHook, 'PUT', '/disable'),
			},
			{
				name: 'Enable',
				value: 'enable',
				action: 'Enable a web hook',
				description: 'Resume a web hook, e.g. one MOCO disabled after 500 failed deliveries',
				routing: routes.action(webHook, 'PUT', '/enable'),
			},
		],
	),
	...resourceProperties(webHook, { onRecord: ['delete', 'disable', 'enable', 'get', 'update'], create: true, update: true, getAll: true }),
];
