import type { IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filterProperties } from '../../../shared/fieldTable';
import { readPages, rememberFirstPage } from '../../../shared/lists';
import { operationProperty } from '../../../shared/operations';
import { operationFields, prepare, type ResourceSpec } from '../../../shared/pipeline';
import { bulkProperties, checkedRows } from '../../../shared/rows';
import { fixedCosts, hourlyRates, internalHourlyRates, internalRateYear, rateRows, updateInternalRates } from './fields';

const resource = 'rate';

/** A list answer, every page read: one item per entry. */
async function oneItemPerRow(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	return (await readPages.call(this, response)).map((json) => ({ json }));
}

/** The rows after the year: every row checked before the first look-up or request. */
async function sendRates(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	requestOptions.body = { ...(requestOptions.body as object), rates: await checkedRows.call(this, rateRows) };
	return requestOptions;
}

const read = (spec: ResourceSpec, url: string, list: boolean) => ({
	request: { method: 'GET' as const, url },
	send: { preSend: [prepare(spec, { form: 'filters' }), ...(list ? [rememberFirstPage] : [])] },
	output: { postReceive: list ? [oneItemPerRow] : [] },
});

export const rateDescription: INodeProperties[] = [
	operationProperty(
		resource,
		[
			{ name: 'Get Fixed Costs', value: 'getFixedCosts', action: 'Get fixed costs', description: 'Retrieve the fixed costs (rent, licences) with their monthly amounts', routing: read(fixedCosts, '/account/fixed_costs', true) },
			{ name: 'Get Hourly Rates', value: 'getHourlyRates', action: 'Get hourly rates', description: 'Retrieve the billing rates: the default, per task and per user', routing: read(hourlyRates, '/account/hourly_rates', false) },
			{
				name: 'Get Internal Hourly Rates',
				value: 'getInternalHourlyRates',
				action: 'Get internal hourly rates',
				description: 'Retrieve what an hour of each user costs the agency, per year',
				routing: read(internalHourlyRates, '/account/internal_hourly_rates', true),
			},
			{
				name: 'Update Internal Hourly Rates',
				value: 'updateInternalHourlyRates',
				action: 'Update internal hourly rates',
				description: 'Set the internal rates of the users given for one year; other users and years stay as they are',
				routing: {
					request: { method: 'PUT', url: '/account/internal_hourly_rates' },
					send: { preSend: [prepare(updateInternalRates, { fields: [internalRateYear] }), sendRates] },
				},
			},
		],
		'getHourlyRates',
	),
	...filterProperties(resource, fixedCosts.filters ?? [], 'getFixedCosts'),
	...filterProperties(resource, hourlyRates.filters ?? [], 'getHourlyRates'),
	...filterProperties(resource, internalHourlyRates.filters ?? [], 'getInternalHourlyRates'),
	...operationFields(resource, 'updateInternalHourlyRates', [internalRateYear]),
	...bulkProperties(resource, 'updateInternalHourlyRates', rateRows),
].map((property) => (property.name === 'filters' ? { ...property, description: 'Sent to MOCO with the request' } : property));
