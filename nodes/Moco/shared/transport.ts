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

/** Every page of a MOCO list, following Link rel="next"; no request after the last page. */
export async function mocoApiRequestAllItems(
	this: MocoContext,
	url: string,
	qs: IDataObject = {},
): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let next: string | undefined = url;
	let query = qs;
	while (next !== undefined) {
		const response = await mocoApiRequest.call(this, 'GET', next, query);
		items.push(...(response.body as IDataObject[]));
		next = nextPageUrl(response.headers.link);
		// The next link already carries the query string.
		query = {};
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
