import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { invalidInput, mocoApiError } from './errors';
import { simplifyUser } from './simplify';
import { readUserLocator, userIdFromParameter } from './resolve';
import { normalizeUserFields } from './validate';

/** First postReceive of every operation: a MOCO error becomes one readable error for this item. */
export async function throwOnMocoError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	throw mocoApiError(this.getNode(), response.statusCode, response.body, this.getItemIndex());
}

/** Checks the User parameter only (no request), so a bad item stops before anything is sent. */
export async function checkUserId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	readUserLocator.call(this);
	return requestOptions;
}

/** Puts the user's ID (an email looked up in MOCO) in place of `:userId` in the URL. */
export async function resolveUserId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const userId = await userIdFromParameter.call(this);
	requestOptions.url = String(requestOptions.url).replace(':userId', String(userId));
	return requestOptions;
}

/** Checks every user field, drops empty ones, and refuses an update that would change nothing. */
export async function prepareUserBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const itemIndex = this.getItemIndex();
	const body = normalizeUserFields((requestOptions.body ?? {}) as IDataObject, this.getNode(), itemIndex);
	if (Object.keys(body).length === 0) {
		throw invalidInput(
			this.getNode(),
			itemIndex,
			'Update',
			'has nothing to change: fill in at least one field (empty fields are left as they are)',
		);
	}
	requestOptions.body = body;
	return requestOptions;
}

export async function simplifyUserOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', true)) return items;
	return items.map((item) => ({ ...item, json: simplifyUser(item.json) }));
}
