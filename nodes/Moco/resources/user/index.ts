import type { INodeProperties } from 'n8n-workflow';

import {
	checkUserId,
	deletedOutput,
	prepareNewUserBody,
	prepareReportYear,
	prepareUserBody,
	resolveUserId,
} from '../../shared/hooks';
import { collectPages, prepareUserListQuery } from '../../shared/lists';
import { userCreateDescription } from './create';
import { userDeleteDescription } from './delete';
import { simplifyField } from './fields';
import { userGetDescription } from './get';
import { userGetAllDescription } from './getAll';
import { userGetPerformanceReportDescription } from './getPerformanceReport';
import { userUpdateDescription } from './update';

const showOnlyForUsers = { resource: ['user'] };

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForUsers },
		// Every operation checks its input first; only then does it look anything up in MOCO.
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user',
				description: 'Add a new user to the account',
				routing: {
					request: { method: 'POST', url: '/users' },
					send: { preSend: [prepareNewUserBody] },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user',
				description: 'Delete a user who has no billed hours',
				routing: {
					request: { method: 'DELETE', url: '/users/:userId' },
					send: { preSend: [resolveUserId] },
					output: { postReceive: [deletedOutput] },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Retrieve one user',
				routing: {
					request: { method: 'GET', url: '/users/:userId' },
					send: { preSend: [resolveUserId] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: 'Retrieve users, filtered and sorted by MOCO',
				routing: {
					request: { method: 'GET', url: '/users' },
					send: { preSend: [prepareUserListQuery] },
					output: { postReceive: [collectPages] },
				},
			},
			{
				name: 'Get Performance Report',
				value: 'getPerformanceReport',
				action: 'Get a user performance report',
				description: 'Retrieve tracked versus target hours of a user for a year',
				routing: {
					request: { method: 'GET', url: '/users/:userId/performance_report' },
					send: { preSend: [checkUserId, prepareReportYear, resolveUserId] },
				},
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Change the fields you set on a user; everything else stays as it is',
				routing: {
					request: { method: 'PUT', url: '/users/:userId' },
					send: { preSend: [checkUserId, prepareUserBody, resolveUserId] },
				},
			},
		],
		default: 'update',
	},
	...userCreateDescription,
	...userGetDescription,
	...userGetAllDescription,
	...userGetPerformanceReportDescription,
	...userDeleteDescription,
	...userUpdateDescription,
	simplifyField(['create', 'get', 'getAll', 'update']),
];
