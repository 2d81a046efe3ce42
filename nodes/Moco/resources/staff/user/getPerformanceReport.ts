import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import { toPositiveId } from '../../../shared/validate';
import { param } from '../../../shared/scope';

/** The report's options, for a user's report and for the key's own (Profile). */
export const performanceReportOptions = (resource: string): INodeProperties[] => [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: { resource: [resource], operation: ['getPerformanceReport'] } },
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

export const userGetPerformanceReportDescription = performanceReportOptions('user');

/** An optional year, checked before the request. */
export async function prepareReportYear(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const year = (param.call(this, 'options', {}) as IDataObject).year;
	if (year === undefined || year === '' || year === null) return requestOptions;
	const number = toPositiveId(year);
	if (number === undefined || number < 1900 || number > 9999) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Year', `must be a year like 2024, not ${JSON.stringify(year)}`);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), year: number };
	return requestOptions;
}
