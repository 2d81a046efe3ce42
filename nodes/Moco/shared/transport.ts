import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INodePropertyOptions,
} from 'n8n-workflow';

import { mocoApiError } from './errors';
import { usePacedRequests, type MocoContext } from './retry';

/** The URL of rel="next" in a Link header, or undefined on the last page. */
export function nextPageUrl(link: unknown): string | undefined {
	if (typeof link !== 'string') return undefined;
	for (const part of link.split(',')) {
		const match = /<([^>]+)>\s*;(?:.*;)?\s*rel="?next"?/i.exec(part.trim());
		if (match) return match[1];
	}
	return undefined;
}

export async function mocoApiRequest(
	this: MocoContext,
	method: IHttpRequestMethods,
	url: string,
	qs: IDataObject = {},
	body?: IDataObject,
): Promise<IN8nHttpFullResponse> {
	const options: IHttpRequestOptions = {
		method,
		url,
		qs,
		body,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		headers: { Accept: 'application/json' },
	};
	usePacedRequests(this);
	const response = (await this.helpers.httpRequestWithAuthentication.call(
		this,
		'mocoApi',
		options,
	)) as IN8nHttpFullResponse;
	if (response.statusCode >= 400) {
		// An item's own look-ups and pages name the item, like its main request does.
		const itemIndex = 'getItemIndex' in this ? this.getItemIndex() : undefined;
		throw mocoApiError(this.getNode(), response.statusCode, response.body, itemIndex);
	}
	return response;
}

/**
 * The page number of rel="next". Only the number is taken from MOCO's link: the query is the
 * caller's own, sent whole on every page, whether or not MOCO's link repeats it.
 */
export function nextPage(link: unknown): number | undefined {
	const next = nextPageUrl(link);
	if (next === undefined) return undefined;
	const page = Number(/[?&]page=(\d+)/.exec(next)?.[1]);
	return Number.isInteger(page) && page > 1 ? page : undefined;
}

/** Every page of a MOCO list, following Link rel="next"; no request after the last page. */
export async function mocoApiRequestAllItems(
	this: MocoContext,
	url: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let page: number | undefined = 1;
	while (page !== undefined) {
		const response = await mocoApiRequest.call(this, 'GET', url, page > 1 ? { ...qs, page } : qs);
		items.push(...(response.body as IDataObject[]));
		page = nextPage(response.headers.link);
	}
	return items;
}

/** A MOCO list as dropdown options: every page, sorted by name, the ID as value. */
export async function listAsOptions(this: ILoadOptionsFunctions, url: string): Promise<INodePropertyOptions[]> {
	const records = await mocoApiRequestAllItems.call(this, url);
	return records
		.map((record) => ({ name: String(record.name), value: record.id as number }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
