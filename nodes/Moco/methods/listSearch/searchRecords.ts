import type { IDataObject, ILoadOptionsFunctions, IN8nHttpFullResponse, INodeListSearchResult } from 'n8n-workflow';

import { pluralOf, type RecordType } from '../../shared/locator';
import { mocoApiRequest, mocoApiRequestAllItems, nextPage } from '../../shared/transport';
import { currentParam } from '../../shared/scope';

const words = (record: RecordType, candidate: IDataObject, filter: string) => {
	const text = record.title(candidate).toLowerCase();
	return filter.toLowerCase().split(/\s+/).every((word) => text.includes(word));
};

function entry(record: RecordType, candidate: IDataObject) {
	const mark = record.inactive?.(candidate);
	return { name: mark ? `${record.title(candidate)}, ${mark}` : record.title(candidate), value: String(candidate.id) };
}

/** The parent a nested list lives in (a project's tasks): the ID the form holds right now. */
export function parentPath(this: ILoadOptionsFunctions, record: RecordType): string {
	if (!record.parent) return record.path;
	const { param } = record.parent;
	for (const path of [param, `additionalFields.${param}`, `updateFields.${param}`, `filters.${param}`]) {
		// Read raw: n8n's extractValue throws for a path the current form does not show.
		const raw = currentParam.call(this, path);
		const value = raw !== null && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
		if (typeof value === 'string' || typeof value === 'number') {
			if (/^\s*[1-9]\d*\s*$/.test(String(value))) return record.path.replace(`:${param}`, String(value).trim());
		}
	}
	throw new Error(`Choose the ${record.parent.record.label} first (From list or By ID): the ${pluralOf(record.noun)} are listed per ${record.parent.record.noun}`);
}

/**
 * The From list mode of a record picker. Short lists (teams, roles) are read whole and sorted;
 * long ones one MOCO page per call, the token being the next page number (never a URL: it comes
 * back from the browser, and the key must only ever go to the account's own host). Search text
 * goes to MOCO where it can search (`term`, a full email); otherwise it is matched here, reading
 * on until a page has a match (five pages at most per call).
 */
export function searchRecords(record: RecordType, options: { wholeList?: boolean } = {}) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const search = filter?.trim() ?? '';
		const path = parentPath.call(this, record);
		if (options.wholeList) {
			const all = await mocoApiRequestAllItems.call(this, path, { ...(record.listQuery ?? {}) });
			return {
				results: all
					.filter((candidate) => record.title(candidate).toLowerCase().includes(search.toLowerCase()))
					.map((candidate) => entry(record, candidate))
					.sort((a, b) => a.name.localeCompare(b.name)),
			};
		}
		const { key } = record;
		const byKey = search !== '' && key?.filter !== undefined && key.pattern !== undefined && new RegExp(key.pattern.regex).test(search);
		const byTerm = search !== '' && !byKey && record.term === true;
		const qs: IDataObject = {
			...(record.listQuery ?? {}),
			...(byKey ? { [key?.filter as string]: search } : {}),
			...(byTerm ? { term: search } : {}),
		};
		const matchHere = search !== '' && !byKey && !byTerm;
		let page: number | undefined = Number(paginationToken) > 1 ? Math.floor(Number(paginationToken)) : 1;
		const results: INodeListSearchResult['results'] = [];
		for (let read = 0; page !== undefined && results.length === 0 && read < 5; read++) {
			const response: IN8nHttpFullResponse = await mocoApiRequest.call(this, 'GET', path, page > 1 ? { ...qs, page } : qs);
			for (const candidate of response.body as IDataObject[]) {
				if (!matchHere || words(record, candidate, search)) results.push(entry(record, candidate));
			}
			page = nextPage(response.headers.link) === undefined ? undefined : page + 1;
			if (!matchHere) break;
		}
		return { results, paginationToken: page === undefined ? undefined : String(page) };
	};
}
