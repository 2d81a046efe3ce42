import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import type { Show } from './locator';

import { invalidInput } from './errors';
import { mocoApiRequest, nextPage } from './transport';
import { toPositiveId } from './validate';
import { param } from './scope';

/** The Return All / Limit pair every Get Many shows; collectPages honours it. */
export function returnAllAndLimit(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** Return All / Limit, checked before the first request. */
function wanted(this: IExecuteSingleFunctions): number {
	if (param.call(this, 'returnAll', false) === true) return Infinity;
	const raw = param.call(this, 'limit', 50);
	const limit = toPositiveId(raw);
	if (limit === undefined) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Limit', `must be a positive whole number, not ${JSON.stringify(raw)}`);
	}
	return limit;
}

// The first page's request, kept per item so later pages repeat its query exactly.
const firstPages = new WeakMap<object, { url: string; qs: IDataObject }>();

/** Last preSend of a list read past its first page (a report): remembers the request later pages repeat. */
export async function rememberFirstPage(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	firstPages.set(this, { url: String(requestOptions.url), qs: { ...((requestOptions.qs ?? {}) as IDataObject) } });
	return requestOptions;
}

/** Last preSend of a Get Many: checks Limit and remembers the request later pages repeat. */
export async function checkLimit(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	wanted.call(this);
	return await rememberFirstPage.call(this, requestOptions);
}

/**
 * After MOCO's first page: asks for the next page, with the same filters, until `limit` records
 * are read or the list ends, never asking for a page it will not use.
 */
export async function readPages(this: IExecuteSingleFunctions, response: IN8nHttpFullResponse, limit = Infinity): Promise<IDataObject[]> {
	const records = [...(Array.isArray(response.body) ? (response.body as IDataObject[]) : [])];
	const first = firstPages.get(this);
	let page = first === undefined ? undefined : nextPage(response.headers.link);
	while (first !== undefined && page !== undefined && records.length < limit) {
		const next = await mocoApiRequest.call(this, 'GET', first.url, { ...first.qs, page });
		records.push(...(next.body as IDataObject[]));
		page = nextPage(next.headers.link);
	}
	return records.slice(0, limit);
}

/** Get Many's output: Return All or Limit honoured, one item per record. */
export async function collectPages(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return (await readPages.call(this, response, wanted.call(this))).map((json) => ({ json }));
}

/** An answer that is a whole list without pages (an invoice's timesheet): one item per record. */
export async function oneItemEach(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return (Array.isArray(response.body) ? (response.body as IDataObject[]) : []).map((json) => ({ json }));
}
