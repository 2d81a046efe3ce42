import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, routes, type ResourceSpec } from '../../../shared/pipeline';
import { invoiceBookkeepingExport } from './fields';

/** MOCO requires a JSON body here even when nothing is chosen; n8n leaves an empty object out, so it goes as text. */
async function emptyBodyAsJson(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (Object.keys((requestOptions.body ?? {}) as object).length === 0) requestOptions.body = '{}';
	return requestOptions;
}

/** Create of a bookkeeping export (invoices or purchases): its body always JSON, `{}` when nothing is chosen. */
export function exportCreate(spec: ResourceSpec, description: string): INodePropertyOptions {
	const create = routes.create(spec);
	return {
		name: 'Create',
		value: 'create',
		action: `Create ${/^[aeio]/i.test(spec.record.noun) ? 'an' : 'a'} ${spec.record.noun}`,
		description,
		routing: { ...create, send: { preSend: [...(create.send?.preSend ?? []), emptyBodyAsJson] } },
	};
}

export const invoiceBookkeepingExportDescription: INodeProperties[] = [
	operationList(
		invoiceBookkeepingExport,
		{
			get: { action: 'Get an invoice bookkeeping export', description: 'Retrieve one export with its invoice IDs and status' },
			getAll: { action: 'Get many invoice bookkeeping exports', description: 'Retrieve the exports made so far' },
		},
		[exportCreate(invoiceBookkeepingExport, 'Export invoices to bookkeeping (DATEV), and optionally submit them online directly')],
	),
	...resourceProperties(invoiceBookkeepingExport, { onRecord: ['get'], create: true, getAll: true }),
];
