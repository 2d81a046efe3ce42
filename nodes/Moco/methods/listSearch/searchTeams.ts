import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { mocoApiRequestAllItems } from '../../shared/transport';

/**
 * Teams for the From list mode. MOCO has no name filter for /units and accounts have few teams,
 * so all pages are read once and the search text is matched here.
 */
export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const search = filter?.trim().toLowerCase() ?? '';
	const teams = await mocoApiRequestAllItems.call(this, '/units');
	return {
		results: teams
			.filter((team) => String(team.name).toLowerCase().includes(search))
			.map((team) => ({ name: String(team.name), value: String(team.id) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
	};
}
