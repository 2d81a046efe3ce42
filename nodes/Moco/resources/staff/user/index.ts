import type { INodeProperties } from 'n8n-workflow';

import { optionalFileField, withOptionalFile, type OptionalFile } from '../../../shared/optionalFile';
import { resourceProperties, routes } from '../../../shared/pipeline';
import { user } from './fields';
import { prepareReportYear, userGetPerformanceReportDescription } from './getPerformanceReport';

const report = routes.action(user, 'GET', '/performance_report', {}, []);
const avatar = user.file as OptionalFile;

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: withOptionalFile([
			{ name: 'Create', value: 'create', action: 'Create a user', description: 'Add a new user to the account', routing: routes.create(user) },
			{ name: 'Delete', value: 'delete', action: 'Delete a user', description: 'Delete a user who has no billed hours; deactivate the others instead', routing: routes.delete(user) },
			{ name: 'Get', value: 'get', action: 'Get a user', description: 'Retrieve one user', routing: routes.get(user) },
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: 'Retrieve users, filtered and sorted by MOCO',
				routing: routes.getAll(user),
			},
			{
				name: 'Get Performance Report',
				value: 'getPerformanceReport',
				action: 'Get a user performance report',
				description: 'Retrieve tracked versus target hours of a user for a year',
				routing: { ...report, send: { preSend: [prepareReportYear, ...(report.send?.preSend ?? [])] } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a user',
				description: 'Change the fields you set on a user; everything else stays as it is',
				routing: routes.update(user),
			},
		], ['create', 'update'], avatar),
		default: 'update',
	},
	...resourceProperties(user, {
		onRecord: ['delete', 'get', 'getPerformanceReport', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
	...userGetPerformanceReportDescription,
	optionalFileField(avatar, { resource: ['user'], operation: ['create', 'update'] }),
];
