import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { notResolved } from '../../shared/resolve';
import { mocoApiRequest } from '../../shared/transport';

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
