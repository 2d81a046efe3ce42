import type { INodeProperties } from 'n8n-workflow';

import { operationFields, resourceProperties, routes, simplifyOutput } from '../../../shared/pipeline';
import { bulkProperties, oneItemPerRecord, sendRows } from '../../../shared/rows';
import { activityRows } from './createMany';
import { activity, billableTime, disregardFields } from './fields';
import { markedEntries, sendIdsAsArray } from './markAsBilled';

const disregard = routes.collection(activity, 'POST', '/activities/disregard', { fields: disregardFields }, [markedEntries]);

export const activityDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['activity'] } },
		options: [
			{ name: 'Create', value: 'create', action: 'Create a time entry', description: 'Log time on a task of a project', routing: routes.create(activity) },
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Create many time entries',
				description:
					'Log many time entries in one request (up to 100), e.g. a week’s rows gathered by an Aggregate node. One request instead of one per entry spares MOCO’s rate limit.',
				routing: {
					request: { method: 'POST', url: '/activities/bulk' },
					send: { preSend: [sendRows(activityRows)] },
					output: { postReceive: [oneItemPerRecord, simplifyOutput(activity)] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a time entry',
				description: 'Delete a time entry that is neither billed nor locked',
				routing: routes.delete(activity),
			},
			{ name: 'Get', value: 'get', action: 'Get a time entry', description: 'Retrieve one time entry', routing: routes.get(activity) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many time entries',
				description: 'Retrieve time entries, filtered by MOCO',
				routing: routes.getAll(activity),
			},
			{
				name: 'Mark as Already Billed',
				value: 'disregard',
				action: 'Mark time entries as already billed',
				description: 'Mark time entries of a customer as billed without invoicing them',
				routing: { ...disregard, send: { preSend: [...(disregard.send?.preSend ?? []), sendIdsAsArray] } },
			},
			{
				name: 'Set Billable Time',
				value: 'setBillableTime',
				action: 'Set the billable time of a time entry',
				description: 'Change the time to bill, keeping the time worked (project leaders only)',
				routing: routes.action(activity, 'PATCH', '/billable_seconds', { fields: [billableTime] }),
			},
			{
				name: 'Start Timer',
				value: 'startTimer',
				action: 'Start the timer of a time entry',
				description: 'Start or continue the timer on a time entry of today',
				routing: routes.action(activity, 'PATCH', '/start_timer'),
			},
			{
				name: 'Stop Timer',
				value: 'stopTimer',
				action: 'Stop the timer of a time entry',
				description: 'Stop the running timer and add its time to the entry',
				routing: routes.action(activity, 'PATCH', '/stop_timer'),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a time entry',
				description: 'Change the fields you set on a time entry; everything else stays as it is',
				routing: routes.update(activity),
			},
		],
		default: 'create',
	},
	...resourceProperties(activity, {
		onRecord: ['delete', 'get', 'setBillableTime', 'startTimer', 'stopTimer', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'createMany', 'disregard', 'get', 'getAll', 'setBillableTime', 'startTimer', 'stopTimer', 'update'],
	}),
	...operationFields('activity', 'setBillableTime', [billableTime]),
	...operationFields('activity', 'disregard', disregardFields),
	...bulkProperties('activity', 'createMany', activityRows),
];
