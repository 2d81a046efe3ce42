import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { invalidInput } from './errors';
import { notResolved, readTeamLocator, teamIdFromParameter } from './resolve';
import { mocoApiRequest } from './transport';

/** Checks the Team parameter only (no request), so a bad item stops before anything is sent. */
export async function checkTeamId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	readTeamLocator.call(this);
	return requestOptions;
}

/** Puts the team's ID (a name looked up in MOCO) in place of `:teamId` in the URL. */
export async function resolveTeamId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const teamId = await teamIdFromParameter.call(this);
	requestOptions.url = String(requestOptions.url).replace(':teamId', String(teamId));
	return requestOptions;
}

/** Create and Update: a team has one field, its name. */
export async function prepareTeamBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const name = this.getNodeParameter('name', '') ?? '';
	if (typeof name !== 'string' && typeof name !== 'number') {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Name', `must be text, not ${JSON.stringify(name)}`);
	}
	if (String(name).trim() === '') throw invalidInput(this.getNode(), this.getItemIndex(), 'Name', 'is required');
	requestOptions.body = { name: String(name).trim() };
	return requestOptions;
}

/**
 * MOCO refuses to delete a team that still has users. Asking first lets the error say who is
 * still in it; should MOCO refuse anyway, its own words reach the user.
 */
export async function refuseTeamWithUsers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const url = String(requestOptions.url);
	const team = (await mocoApiRequest.call(this, 'GET', url)).body as IDataObject;
	const users = (team.users ?? []) as IDataObject[];
	if (users.length === 0) return requestOptions;
	const names = users.slice(0, 5).map((user) => `${String(user.firstname)} ${String(user.lastname)}`);
	const more = users.length > 5 ? ` and ${users.length - 5} more` : '';
	throw notResolved.call(
		this,
		'Team',
		`MOCO cannot delete team ${JSON.stringify(team.name)} (ID ${String(team.id)}) while users belong to it. It still has ${users.length} user${users.length === 1 ? '' : 's'}: ${names.join(', ')}${more}. Move them to another team (User > Update, Team) or delete them first`,
	);
}
