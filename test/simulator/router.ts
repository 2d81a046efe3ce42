/** The request router: built-in and mounted routes, dispatch, and the routes each resource entry gets. */
import { type Body, type EntryContext, type Rec, type ResourceEntry, json, noContent, notFound, refused } from './engine';
import { listRecords, type Paging } from './lists';
import type { MocoSimulator } from './moco';
import type { RecordStore } from './store';
import { API_BASE, type SimRequest, type SimResponse, type SimRouteContext } from './types';

interface Route {
	method: string;
	pattern: RegExp;
	/** Built-in routes take numeric ids only (Rails routes ids as \d+); mounted routes take anything. */
	numeric: boolean;
	handler: (ctx: SimRouteContext) => SimResponse;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** '/projects/:projectId/tasks' -> '/projects/([^/]+)/tasks' */
const pathSource = (path: string): string => path.split(/:\w+/).map(escapeRegExp).join('([^/]+)');

export class Router {
	private readonly routes: Route[] = [];
	private readonly mounted: Route[] = [];

	add(route: Route): void {
		this.routes.push(route);
	}

	mount(method: string, pattern: RegExp, handler: (ctx: SimRouteContext) => SimResponse): void {
		// The latest mount answers first: a test's own webhooks (attachWebhooks) stand in for the built-in ones.
		this.mounted.unshift({ method: method.toUpperCase(), pattern, numeric: false, handler });
	}

	dispatch(req: SimRequest, body: Body, userId: number, keyUserId: number): SimResponse {
		const path = req.path.slice(API_BASE.length).replace(/\/+$/, '');
		for (const route of [...this.routes, ...this.mounted]) {
			const m = route.pattern.exec(path);
			if (!m || route.method !== req.method) continue;
			const params = m.slice(1);
			// Rails routes ids as \d+: anything else is simply no record.
			if (route.numeric && params.some((p) => !/^\d+$/.test(p))) continue;
			return route.handler({ req, params, body, userId, keyUserId });
		}
		throw notFound();
	}
}

function remove(sim: MocoSimulator, store: RecordStore, entry: ResourceEntry, record: Rec, ctx: EntryContext): SimResponse {
	const refusal = entry.guardDelete?.(record, ctx);
	if (refusal) throw refused(refusal);
	store.set(entry.name, store.records(entry.name).filter((r) => r !== record));
	sim.changed(entry.name, record, 'delete', ctx.userId);
	return noContent();
}

/** Adds an entry's actions and its list, create, get, update and delete routes. */
export function mountEntry(router: Router, sim: MocoSimulator, store: RecordStore, entry: ResourceEntry, paging: Paging): void {
	const ops = new Set(entry.ops ?? ['list', 'get', 'create', 'update', 'delete']);
	const base = pathSource(entry.path);
	const nested = /:\w+/.test(entry.path);
	const add = (method: string, suffix: string, handler: (c: SimRouteContext, ectx: EntryContext) => SimResponse, numeric = true): void => {
		router.add({
			method,
			pattern: new RegExp(`^${base}${suffix}$`),
			numeric,
			handler: (c) => {
				const ectx: EntryContext = { sim, userId: c.userId, keyUserId: c.keyUserId, req: c.req };
				if (nested) {
					ectx.parentId = Number(c.params[0]);
					if (!sim.find(store.parentName(entry), ectx.parentId)) throw notFound();
				}
				return handler(c, ectx);
			},
		});
	};
	const id = (c: SimRouteContext): number => Number(c.params[c.params.length - 1]);
	const member = '/([^/]+)';
	for (const action of entry.actions ?? []) {
		const isMember = action.path.startsWith('/:id');
		// A collection action's own `:params` (`/:type/:id`) reach its handler as `params`, checked there.
		const suffix = isMember ? member + escapeRegExp(action.path.slice(4)) : pathSource(action.path);
		const own = isMember ? 0 : (action.path.match(/:\w+/g) ?? []).length;
		add(action.method, suffix, (c, ectx) => {
			const record = isMember ? store.findOr404(entry, id(c), ectx.parentId) : undefined;
			return action.handler({ ...ectx, req: c.req, body: c.body, record, params: c.params.slice(c.params.length - own) });
		}, own === 0);
	}
	if (ops.has('list')) add('GET', '', (c, ectx) => listRecords(sim, entry, c.req, ectx, paging));
	if (ops.has('create')) add('POST', '', (c, ectx) => json(200, sim.serialize(entry.name, sim.createRecord(entry.name, c.body, ectx))));
	if (ops.has('get')) add('GET', member, (c, ectx) => json(200, sim.serialize(entry.name, store.findOr404(entry, id(c), ectx.parentId))));
	if (ops.has('update')) {
		add('PUT', member, (c, ectx) => {
			const record = sim.updateRecord(entry.name, store.findOr404(entry, id(c), ectx.parentId), c.body, ectx);
			return json(200, sim.serialize(entry.name, record));
		});
	}
	if (ops.has('delete')) add('DELETE', member, (c, ectx) => remove(sim, store, entry, store.findOr404(entry, id(c), ectx.parentId), ectx));
}
