import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { invalidInput, mocoApiError } from './errors';
import { simplifyUser } from './simplify';
import { normalizeUserFields, toPositiveId } from './validate';

/** First postReceive of every operation: a MOCO error becomes one readable error for this item. */
export async function throwOnMocoError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;
	throw mocoApiError(this.getNode(), response.statusCode, response.body, this.getItemIndex());
}

/** Validates the User ID and puts the canonical number into the URL. */
export async function resolveUserId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('userId', '');
	const userId = toPositiveId(raw);
	if (userId === undefined) {
		const problem =
			raw === '' || raw === undefined || raw === null
				? 'is required'
				: `must be a positive whole number, not ${JSON.stringify(raw)}`;
		throw invalidInput(this.getNode(), this.getItemIndex(), 'User ID', problem);
	}
	requestOptions.url = `/users/${userId}`;
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
