import type { INodeProperties } from 'n8n-workflow';

import { operationProperty } from '../../../shared/operations';
import { noRecord } from '../../../shared/locator';
import { routes, type ResourceSpec } from '../../../shared/pipeline';
import { performanceReportOptions, prepareReportYear } from '../../staff/user/getPerformanceReport';

/** The user the API key belongs to: no record to pick. */
const profile: ResourceSpec = { value: 'profile', record: noRecord('profile', '/profile'), fields: [] };

const get = routes.collection(profile, 'GET', '/profile', {}, []);
const report = routes.collection(profile, 'GET', '/profile/performance_report', {}, []);

export const profileDescription: INodeProperties[] = [
	operationProperty(
		'profile',
		[
			{ name: 'Get', value: 'get', action: 'Get the profile', description: 'Retrieve the user the API key belongs to: name, email, team', routing: get },
			{
				name: 'Get Performance Report',
				value: 'getPerformanceReport',
				action: 'Get the profile’s performance report',
				description: 'Retrieve tracked versus target hours of the key’s own user for a year',
				routing: { ...report, send: { preSend: [prepareReportYear, ...(report.send?.preSend ?? [])] } },
			},
		],
		'get',
	),
	...performanceReportOptions('profile'),
];
