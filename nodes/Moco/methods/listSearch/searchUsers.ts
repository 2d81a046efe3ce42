import type { IDataObject, ILoadOptionsFunctions, IN8nHttpFullResponse, INodeListSearchResult } from 'n8n-workflow';

import { mocoApiRequest, nextPageUrl } from '../../shared/transport';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function matches(user: IDataObject, filter: string): boolean {
	const text = `${String(user.firstname)} ${String(user.lastname)} ${String(user.email)}`.toLowerCase();
	return filter
		.toLowerCase()
		.split(/\s+/)
		.every((word) => text.includes(word));
}

/**
 * Users for the From list mode, one MOCO page per call. A full email is filtered by MOCO itself
 * (the only text filter /users has); any other search text is matched here against name and
 * email, reading pages until one has a match so the list rarely shows an empty page.
 */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const search = filter?.trim() ?? '';
	const byEmail = EMAIL.test(search);
	const qs: IDataObject = { include_archived: 'true', ...(byEmail ? { email: search } : {}) };
	// The token is a page number, never a URL: it comes back from the browser, and the key must
	// only ever go to the account's own host.
	let page: number | undefined = Number(paginationToken) > 1 ? Math.floor(Number(paginationToken)) : 1;
	const results: INodeListSearchResult['results'] = [];
	// A search that matches nothing reads at most five pages per call; scrolling asks for more.
	for (let read = 0; page !== undefined && results.length === 0 && read < 5; read++) {
		const response: IN8nHttpFullResponse = await mocoApiRequest.call(this, 'GET', '/users', page > 1 ? { ...qs, page } : qs);
		for (const user of response.body as IDataObject[]) {
			if (search !== '' && !byEmail && !matches(user, search)) continue;
			const name = `${String(user.firstname)} ${String(user.lastname)} (${String(user.email)})`;
			results.push({ name: user.active === false ? `${name}, deactivated` : name, value: String(user.id) });
		}
		page = nextPageUrl(response.headers.link) === undefined ? undefined : page + 1;
		if (search === '') break;
	}
	return { results, paginationToken: page === undefined ? undefined : String(page) };
}
