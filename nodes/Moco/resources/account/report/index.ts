import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { filterProperties, property } from '../../../shared/fieldTable';
import { readPages, rememberFirstPage } from '../../../shared/lists';
import { operationProperty } from '../../../shared/operations';
import { prepare } from '../../../shared/pipeline';
import { PERIOD, REPORTS } from './fields';
import { param } from '../../../shared/scope';

const resource = 'report';

/** Every page MOCO has; one item per row, or the whole report as one item. */
async function reportRows(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const rows = await readPages.call(this, response);
	return param.call(this, 'wholeReport', false) === true ? [{ json: { rows } }] : rows.map((json) => ({ json }));
}

const withPeriod = REPORTS.filter((report) => report.period).map((report) => report.value);

export const reportDescription: INodeProperties[] = [
	operationProperty(
		resource,
		REPORTS.map(({ value, path, name, action, description, period, spec }) => ({
			name,
			value,
			action,
			description,
			routing: {
				request: { method: 'GET', url: path },
				send: { preSend: [prepare(spec, { form: 'filters', fields: period ? PERIOD : [] }), rememberFirstPage] },
				output: { postReceive: [reportRows] },
			},
		})),
		'getUtilization',
	),
	...PERIOD.map((row) => property(row, { show: { resource: [resource], operation: withPeriod } })),
	...REPORTS.flatMap((report) =>
		filterProperties(resource, report.spec.filters ?? [], report.value).map((filters) => ({ ...filters, description: 'MOCO applies these to the report' })),
	),
	{
		displayName: 'Whole Report as One Item',
		name: 'wholeReport',
		type: 'boolean',
		default: false,
		description: 'Whether to output the whole report as one item, its rows in `rows`, instead of one item per row',
		displayOptions: { show: { resource: [resource], operation: REPORTS.map((report) => report.value) } },
	},
];
