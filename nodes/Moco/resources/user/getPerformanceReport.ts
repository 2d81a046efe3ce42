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
				type: 'number',
				typeOptions: { minValue: 1900, maxValue: 9999, numberPrecision: 0 },
				default: 2026,
				description: 'The year to report on. Without it, MOCO reports on the current year.',
			},
		],
	},
];
