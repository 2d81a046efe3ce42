import type {
	IDataObject,
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { invalidInput } from './errors';
import { mocoApiRequest, nextPageUrl } from './transport';
import { toPositiveId } from './validate';

/** The Return All / Limit pair every Get Many shows; collectPages honours it. */
export function returnAllAndLimit(show: IDisplayOptions['show']): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** Return All / Limit, checked before the first request. */
function wanted(this: IExecuteSingleFunctions): number {
	if (this.getNodeParameter('returnAll', false) === true) return Infinity;
	const raw = this.getNodeParameter('limit', 50);
	const limit = toPositiveId(raw);
	if (limit === undefined) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Limit', `must be a positive whole number, not ${JSON.stringify(raw)}`);
	}
	return limit;
}

export async function checkLimit(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	wanted.call(this);
	return requestOptions;
}

/**
 * After MOCO's first page: follows Link rel="next" until Return All has everything or Limit is
 * reached, never asking for a page it will not use. One item per record.
 */
export async function collectPages(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const limit = wanted.call(this);
	const records = [...(response.body as IDataObject[])];
	let next = nextPageUrl(response.headers.link);
	while (next !== undefined && records.length < limit) {
		const page = await mocoApiRequest.call(this, 'GET', next);
		records.push(...(page.body as IDataObject[]));
		next = nextPageUrl(page.headers.link);
	}
	return records.slice(0, limit).map((json) => ({ json }));
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined);

/** MOCO's "updated after" wants ISO 8601 in UTC. */
function utcTime(value: unknown): string | undefined {
	const iso =
		value && typeof value === 'object' && 'toISO' in value ? (value as { toISO: () => string }).toISO() : text(value);
	if (iso === undefined || iso === '') return undefined;
	const time = Date.parse(iso);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const SORTABLE = ['firstname', 'lastname', 'email', 'id', 'created_at', 'updated_at'];

/** Get Many's filters as MOCO's query parameters; they apply with Return All on or off. */
export async function prepareUserListQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	wanted.call(this);
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const qs: IDataObject = {};
	if (filters.includeArchived !== undefined) {
		if (typeof filters.includeArchived !== 'boolean') {
			throw fail('Include Archived', `must be true or false, not ${JSON.stringify(filters.includeArchived)}`);
		}
		if (filters.includeArchived) qs.include_archived = 'true';
	}
	if (filters.tags !== undefined) {
		const list = typeof filters.tags === 'string' ? filters.tags.split(',') : filters.tags;
		if (!Array.isArray(list) || list.some((tag) => typeof tag !== 'string')) {
			throw fail('Tags', `must be a list of text tags, not ${JSON.stringify(filters.tags)}`);
		}
		const tags = (list as string[]).map((tag) => tag.trim()).filter(Boolean);
		if (tags.length > 0) qs.tags = tags.join(',');
	}
	if (text(filters.email)) {
		const email = text(filters.email) as string;
		if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
			throw fail('Email', `must be an email address like name@example.com, not ${JSON.stringify(filters.email)}`);
		}
		qs.email = email;
	}
	if (filters.ids !== undefined && text(Array.isArray(filters.ids) ? filters.ids.join(',') : filters.ids) !== '') {
		const parts = (Array.isArray(filters.ids) ? filters.ids : String(filters.ids).split(',')).map((id) => String(id).trim()).filter(Boolean);
		const bad = parts.find((id) => toPositiveId(id) === undefined);
		if (bad !== undefined) throw fail('IDs', `must be positive whole numbers separated by commas; ${JSON.stringify(bad)} is not one`);
		qs.ids = parts.map((id) => toPositiveId(id)).join(',');
	}
	if (filters.updatedAfter !== undefined && filters.updatedAfter !== '') {
		const after = utcTime(filters.updatedAfter);
		if (after === undefined) throw fail('Updated After', `must be a date and time, not ${JSON.stringify(filters.updatedAfter)}`);
		qs.updated_after = after;
	}
	if (filters.sortBy !== undefined && filters.sortBy !== '') {
		if (!SORTABLE.includes(String(filters.sortBy))) {
			throw fail('Sort By', `must be one of ${SORTABLE.join(', ')}, not ${JSON.stringify(filters.sortBy)}`);
		}
		const direction = filters.sortDirection ?? 'asc';
		if (direction !== 'asc' && direction !== 'desc') throw fail('Sort Direction', `must be asc or desc, not ${JSON.stringify(direction)}`);
		qs.sort_by = direction === 'desc' ? `${String(filters.sortBy)} desc` : String(filters.sortBy);
	} else if (filters.sortDirection !== undefined) {
		throw fail('Sort Direction', 'needs Sort By: choose the field to sort by as well');
	}
	requestOptions.qs = { ...(requestOptions.qs ?? {}), ...qs };
	return requestOptions;
}
