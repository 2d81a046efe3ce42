/** GET on a collection: scope, filters, ids, updated_after, custom properties, sorting, pagination. */
import { type Body, type EntryContext, type ResourceEntry, invalid, json, pathValue } from './engine';
import type { MocoSimulator } from './moco';
import type { SimRequest, SimResponse } from './types';

export interface Paging {
	pageSize: number;
	linkKeepsQuery: boolean;
}

function compareValues(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return 1;
	if (b === null || b === undefined) return -1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b), 'de');
}

/** Rails' to_query encoding, which MOCO's pagination links are built with. */
const encodeParam = (s: string): string => encodeURIComponent(s).replace(/%20/g, '+');

export function listRecords(sim: MocoSimulator, entry: ResourceEntry, req: SimRequest, ctx: EntryContext, paging: Paging): SimResponse {
	const q = req.query;
	let rows = sim.records(entry.name).filter((r) => !entry.parentKey || r[entry.parentKey] === ctx.parentId);
	if (entry.scope) rows = entry.scope(rows, q, ctx);
	for (const [param, filter] of Object.entries(entry.filters ?? {})) {
		const value = q[param];
		if (value !== undefined && value.trim() !== '') rows = rows.filter((r) => filter(r, value.trim(), ctx));
	}
	if (q.ids) {
		const ids = new Set(q.ids.split(',').map((s) => Number(s.trim())));
		rows = rows.filter((r) => ids.has(r.id));
	}
	if (q.updated_after) {
		const after = Date.parse(q.updated_after);
		if (Number.isNaN(after)) throw invalid({ updated_after: ['is invalid'] });
		rows = rows.filter((r) => r.updated_at === undefined || Date.parse(String(r.updated_at)) > after);
	}
	for (const [k, v] of Object.entries(q)) {
		const m = /^custom_properties\[(.+)\]$/.exec(k);
		if (!m) continue;
		rows = rows.filter((r) => String((r.custom_properties as Body | undefined)?.[m[1]] ?? '') === v);
	}
	if (q.sort_by) {
		const [field, dir] = q.sort_by.trim().split(/\s+/);
		const sign = dir?.toLowerCase() === 'desc' ? -1 : 1;
		rows = [...rows].sort((a, b) => sign * compareValues(pathValue(a, field), pathValue(b, field)));
	}
	return paginate(req, rows.map((r) => sim.serialize(entry.name, r, true, q)), paging);
}

function paginate(req: SimRequest, rows: unknown[], paging: Paging): SimResponse {
	const per = paging.pageSize;
	const requested = Number.parseInt(req.query.page ?? '1', 10);
	const page = Number.isFinite(requested) && requested > 0 ? requested : 1;
	const last = Math.max(1, Math.ceil(rows.length / per));
	const headers: Record<string, string> = {
		'x-page': String(page),
		'x-per-page': String(per),
		'x-total': String(rows.length),
	};
	const links: string[] = [];
	const link = (n: number, rel: string): void => {
		links.push(`<${pageUrl(req, n, paging.linkKeepsQuery)}>; rel="${rel}"`);
	};
	if (page > 1) {
		link(1, 'first');
		link(Math.min(page - 1, last), 'prev');
	}
	if (page < last) {
		link(page + 1, 'next');
		link(last, 'last');
	}
	if (links.length) headers['link'] = links.join(', ');
	return json(200, rows.slice((page - 1) * per, page * per), headers);
}

/** Keeps every other query parameter (unless linkKeepsQuery is false), sorted and encoded as Rails' to_query does. */
function pageUrl(req: SimRequest, page: number, linkKeepsQuery: boolean): string {
	const params: Record<string, string> = linkKeepsQuery ? { ...req.query, page: String(page) } : { page: String(page) };
	const qs = Object.keys(params)
		.sort()
		.map((k) => `${encodeParam(k)}=${encodeParam(params[k])}`)
		.join('&');
	return `https://${req.host}${req.path}?${qs}`;
}
