import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { operationList } from '../../shared/operations';
import { resourceProperties, routes } from '../../shared/pipeline';
import { invoiceBookkeepingExport } from './fields';

/** MOCO requires a JSON body here even when nothing is chosen; n8n leaves an empty object out, so it goes as text. */
async function emptyBodyAsJson(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (Object.keys((requestOptions.body ?? {}) as object).length === 0) requestOptions.body = '{}';
	return requestOptions;
}

const create = routes.create(invoiceBookkeepingExport);

export const invoiceBookkeepingExportDescription: INodeProperties[] = [
	operationList(
		invoiceBookkeepingExport,
		{
			get: { action: 'Get an invoice bookkeeping export', description: 'Retrieve one export with its invoice IDs and status' },
			getAll: { action: 'Get many invoice bookkeeping exports', description: 'Retrieve the exports made so far' },
		},
		[
			{
				name: 'Create',
				value: 'create',
				action: 'Create an invoice bookkeeping export',
				description: 'Export invoices to bookkeeping (DATEV), and optionally submit them online directly',
				routing: { ...create, send: { preSend: [...(create.send?.preSend ?? []), emptyBodyAsJson] } },
			},
		],
	),
	...resourceProperties(invoiceBookkeepingExport, { onRecord: ['get'], create: true, getAll: true }),
];
