import type { INodeProperties } from 'n8n-workflow';

import { userIdField } from './userId';

export const userGetPerformanceReportDescription: INodeProperties[] = [
	userIdField(['getPerformanceReport'], 'report on'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: ['user'], operation: ['getPerformanceReport'] } },
		options: [
			{
				displayName: 'Year',
				name: 'year',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2025',
				description: 'The year to report on. Empty: the current year.',
			},
		],
	},
];
