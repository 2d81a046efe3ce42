import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { notResolved } from '../../../shared/resolve';
import { mocoApiRequest } from '../../../shared/transport';

type Send = (this: unknown, credentialsType: string, options: IHttpRequestOptions, additional?: unknown) => Promise<unknown>;

/**
 * MOCO refuses to delete a team that still has users. The DELETE goes first, so an empty team
 * costs one request; only when MOCO refuses (422) is the team looked up, so the error can name
 * the people still in it. Any other refusal, or a failed look-up, leaves MOCO's own words.
 * The declarative DELETE is this item's next request: it is caught by wrapping the request
 * helper once, the way the pacer wraps it.
 */
export async function refuseTeamWithUsers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const url = String(requestOptions.url);
	const helpers = this.helpers as { httpRequestWithAuthentication: Send };
	const send = helpers.httpRequestWithAuthentication;
	const context = this;
	helpers.httpRequestWithAuthentication = async function (this: unknown, credentialsType, options, additional) {
		helpers.httpRequestWithAuthentication = send;
		const response = (await send.call(this, credentialsType, options, additional)) as IN8nHttpFullResponse;
		if (response.statusCode === 422) await nameTeamMembers.call(context, url);
		return response;
	};
	return requestOptions;
}

/** Throws the plain-words error when the team still has users; returns quietly otherwise. */
async function nameTeamMembers(this: IExecuteSingleFunctions, url: string): Promise<void> {
	let team: IDataObject;
	try {
		team = (await mocoApiRequest.call(this, 'GET', url)).body as IDataObject;
	} catch {
		return;
	}
	const users = (team.users ?? []) as IDataObject[];
	if (users.length === 0) return;
	const names = users.slice(0, 5).map((user) => `${String(user.firstname)} ${String(user.lastname)}`);
	const more = users.length > 5 ? ` and ${users.length - 5} more` : '';
	throw notResolved.call(
		this,
		'Team',
		`MOCO cannot delete team ${JSON.stringify(team.name)} (ID ${String(team.id)}) while users belong to it. It still has ${users.length} user${users.length === 1 ? '' : 's'}: ${names.join(', ')}${more}. Move them to another team (User > Update, Team) or delete them first`,
	);
}
