import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { invalidInput, mocoApiError } from './errors';
import { simplifyUser } from './simplify';
import { ROLES, TEAMS, idForName, readUserLocator, userIdFromParameter, type NamedList } from './resolve';
import { USER_FIELDS, fromAiKeys, normalizeUserFields, refusePasswordFromModel, toPositiveId } from './validate';

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

/**
 * Checks every user field and drops empty ones. A team or role given by name (an expression
 * such as "Sales") is held back from the checks and looked up afterwards, so bad input never
 * costs a request.
 */
async function checkUserBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
	isEmpty: (body: IDataObject, named: number) => void,
): Promise<IHttpRequestOptions> {
	refusePasswordFromModel(this.getNode(), this.getItemIndex());
	const fields = { ...((requestOptions.body ?? {}) as IDataObject) };
	const named: Array<[string, NamedList, unknown]> = [];
	for (const [field, list] of [['unit_id', TEAMS], ['role_id', ROLES]] as const) {
		const value = fields[field];
		if (typeof value === 'string' && value.trim() !== '' && toPositiveId(value) === undefined) {
			named.push([field, list, value]);
			delete fields[field];
		}
	}
	const body = normalizeUserFields(fields, this.getNode(), this.getItemIndex());
	isEmpty(body, named.length);
	for (const [field, list, value] of named) body[field] = (await idForName.call(this, list, value)) as number;
	requestOptions.body = body;
	return requestOptions;
}

/** Update: refuses an update that would change nothing. */
export async function prepareUserBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	return await checkUserBody.call(this, requestOptions, (body, named) => {
		if (Object.keys(body).length + named > 0) return;
		// As a tool, name the arguments the model left empty rather than the form's fields.
		const { userId, ...changes } = this.getNode().parameters;
		const missing = fromAiKeys(changes);
		throw invalidInput(
			this.getNode(),
			this.getItemIndex(),
			'Update',
			missing.length > 0
				? `has nothing to change: no value was given for ${missing.join(', ')}. Give at least one of them (an empty one keeps the current value)`
				: 'has nothing to change: fill in at least one field (empty fields are left as they are)',
		);
	});
}

/** Create: MOCO needs first name, last name, email and team. */
export async function prepareNewUserBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const withTeamName = ((requestOptions.body ?? {}) as IDataObject).unit_id;
	return await checkUserBody.call(this, requestOptions, (body) => {
		for (const field of ['firstname', 'lastname', 'email', 'unit_id']) {
			if (body[field] !== undefined || (field === 'unit_id' && typeof withTeamName === 'string' && withTeamName.trim() !== '')) continue;
			throw invalidInput(this.getNode(), this.getItemIndex(), USER_FIELDS[field].label, 'is required to create a user');
		}
	});
}

/** Delete answers 204 without a body; n8n's convention is one item saying so. */
export async function deletedOutput(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true } }];
}

export async function simplifyUserOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (!this.getNodeParameter('simplify', true)) return items;
	return items.map((item) => ({ ...item, json: simplifyUser(item.json) }));
}

/** Performance report: an optional year, checked before the request. */
export async function prepareReportYear(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const year = (this.getNodeParameter('options', {}) as IDataObject).year;
	if (year === undefined || year === '' || year === null) return requestOptions;
	const number = toPositiveId(year);
	if (number === undefined || number < 1900 || number > 9999) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Year', `must be a year like 2024, not ${JSON.stringify(year)}`);
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), year: number };
	return requestOptions;
}
