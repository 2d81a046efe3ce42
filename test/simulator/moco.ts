/**
 * In-process simulator of MOCO's API, built from MOCO-API.md and MOCO-ENDPOINTS.md: one generic
 * engine (auth, impersonation, routing, validation, lists, pagination, faults, change events)
 * serving one data entry per resource (resources/*.ts).
 * Transport-free: adapters (nock in intercept.ts, an HTTPS server in https.ts) hand it
 * requests through handle() and act on what it returns.
 */
import {
	type Body,
	type EntryContext,
	type FieldErrors,
	type FieldSpec,
	HttpError,
	type Rec,
	type RefShape,
	type ResourceEntry,
	type WriteContext,
	has,
	invalid,
	isBlank,
	isBoolLike,
	isObject,
	isValidDate,
	isValidTime,
	json,
	noContent,
	notFound,
	pathValue,
	refused,
	toBool,
	toId,
	toNumber,
} from './engine';
import { type FormPart, formBody, parseMultipart } from './multipart';
import { FixedWindowRateLimiter } from './rateLimit';
import { RESOURCES } from './resources';
import { attachWebhooks, type MocoWebhooks } from './webhooks';
import { buildRole, buildUnit, buildUser, mocoTime } from './seed';

export interface SimRequest {
	method: string;
	host: string;
	path: string;
	query: Record<string, string>;
	url: string;
	headers: Record<string, string>;
	/** The body as text (UTF-8); `raw` has its exact bytes. */
	body: string;
	raw: Buffer;
	json?: unknown;
	/** The parts of a multipart/form-data body, by field name. */
	form?: Record<string, FormPart>;
}

export interface SimResponse {
	status: number;
	headers: Record<string, string>;
	/** Text, or the exact bytes of a file (a PDF). */
	body: string | Buffer;
}

/** What handle() returns for a connection-level fault: the adapter must reset or never answer. */
export interface SimFaultSignal {
	fault: 'reset' | 'hang';
}

export type SimResult = SimResponse | SimFaultSignal;

export interface SimRequestInput {
	method: string;
	/** Absolute (https://host/path?q) or a path; a bare path uses the Host header or the account host. */
	url: string;
	headers: Record<string, string | string[] | undefined>;
	/** Text, or the exact bytes sent (a multipart upload). */
	body?: string | Buffer;
}

export interface SimulatorOptions {
	subdomain?: string;
	apiKeys?: Record<string, 'full' | 'read'>;
	now?: () => number;
	rateLimit?: { max: number; windowMs: number; origin?: number; weighting?: 'elapsed' | 'full' } | false;
	seed?: boolean;
	/** Entries per page; MOCO's default is 100. */
	pageSize?: number;
	/**
	 * Whether a `Link` next/prev URL repeats the request's query (default true). MOCO's docs show
	 * bare `?page=N` links: false serves those, so a client must resend its own filters.
	 */
	linkKeepsQuery?: boolean;
	/** The user each API key belongs to; a key not listed belongs to sessionUserId(). */
	keyUsers?: Record<string, number>;
}

export type Fault = { status: number; body?: string | Buffer; headers?: Record<string, string> } | 'reset' | 'hang';

export interface FaultMatch {
	method?: string;
	/** A string matches the full path ('/api/v1/users/7') or the part after '/api/v1' ('/users/7'). */
	path?: string | RegExp;
}

export interface SimRef {
	id: number;
	name: string;
}

export interface SimUnit {
	id: number;
	name: string;
	created_at: string;
	updated_at: string;
}

export interface SimRole {
	id: number;
	name: string;
	is_default: boolean;
	is_admin: boolean;
	permission: Record<string, unknown>;
}

/** MOCO's read shape, plus simulator-only fields (language, billedHours) that are never serialised. */
export interface SimUser {
	id: number;
	firstname: string;
	lastname: string;
	active: boolean;
	extern: boolean;
	email: string;
	mobile_phone: string;
	work_phone: string;
	home_address: string;
	info: string;
	birthday: string | null;
	iban: string;
	avatar_url: string | null;
	tags: string[];
	custom_properties: Record<string, unknown>;
	unit: SimRef;
	role: SimRef | null;
	created_at: string;
	updated_at: string;
	language: string;
	billedHours: boolean;
}

export function isFaultSignal(result: SimResult): result is SimFaultSignal {
	return 'fault' in result;
}

export const API_BASE = '/api/v1';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What sim.onChange() listeners get after every successful create, update or delete. */
export interface SimChange {
	/** MOCO's webhook target (Activity, Project, User...); '' for entries MOCO sends no webhook for. */
	target: string;
	/** The entry's name (sim.records() key). */
	resource: string;
	event: 'create' | 'update' | 'delete';
	/** The read shape MOCO would deliver. */
	record: unknown;
	/** The acting user (impersonation applied). */
	userId: number;
}

/** What a handler mounted with sim.route() receives. */
export interface SimRouteContext {
	req: SimRequest;
	/** The pattern's capture groups. */
	params: string[];
	body: Record<string, unknown>;
	/** The acting user (impersonation applied) and the key's own user. */
	userId: number;
	keyUserId: number;
}

interface Route {
	method: string;
	pattern: RegExp;
	/** Built-in routes take numeric ids only (Rails routes ids as \d+); mounted routes take anything. */
	numeric: boolean;
	handler: (ctx: SimRouteContext) => SimResponse;
}

function flattenHeaders(headers: SimRequestInput['headers']): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return out;
}

/** `Token token=KEY`, `Token token="KEY"` or `Bearer KEY`. */
export function parseApiKey(authorization: string | undefined): string | undefined {
	const m = /^\s*(?:token\s+token="?([^"\s,]+)"?|bearer\s+(\S+))\s*$/i.exec(authorization ?? '');
	return m ? (m[1] ?? m[2]) : undefined;
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
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** '/projects/:projectId/tasks' -> '/projects/([^/]+)/tasks' */
const pathSource = (path: string): string => path.split(/:\w+/).map(escapeRegExp).join('([^/]+)');

export class MocoSimulator {
	readonly requests: SimRequest[] = [];
	readonly host: string;
	private readonly apiKeys: Record<string, 'full' | 'read'>;
	private readonly keyUsers: Record<string, number>;
	private readonly now: () => number;
	private readonly pageSize: number;
	private readonly linkKeepsQuery: boolean;
	private readonly limiter?: FixedWindowRateLimiter;
	private readonly faults: Array<{ match: FaultMatch; fault: Fault; remaining: number }> = [];
	private readonly entries = new Map<string, ResourceEntry>();
	private readonly store = new Map<string, Rec[]>();
	private readonly nextIds = new Map<string, number>();
	private readonly routes: Route[] = [];
	private readonly mounted: Route[] = [];
	/** The built-in web hooks (a test's attachWebhooks replaces their routes). */
	readonly webhooks: MocoWebhooks;
	private readonly listeners = new Set<(change: SimChange) => void>();

	constructor(options: SimulatorOptions = {}) {
		this.host = `${options.subdomain ?? 'acme'}.mocoapp.com`;
		this.apiKeys = options.apiKeys ?? { 'test-key': 'full' };
		this.keyUsers = options.keyUsers ?? {};
		this.now = options.now ?? Date.now;
		this.pageSize = options.pageSize ?? 100;
		this.linkKeepsQuery = options.linkKeepsQuery ?? true;
		if (options.rateLimit) this.limiter = new FixedWindowRateLimiter(options.rateLimit, this.now);
		this.routes.push({ method: 'GET', pattern: /^\/session$/, numeric: true, handler: (c) => this.session(c) });
		for (const entry of RESOURCES) {
			this.entries.set(entry.name, entry);
			this.store.set(entry.name, options.seed === false ? [] : (entry.seed?.() ?? []));
			this.mountEntry(entry);
		}
		// The account's web hooks, for the Web Hook resource: two seeded, deliveries answered at once, never sent.
		this.webhooks = attachWebhooks(this, { now: () => this.now(), send: async () => ({ status: 200, body: '' }) });
		if (options.seed !== false) {
			this.webhooks.addHook({ target: 'Project', event: 'update', hook: 'https://hooks.acme.example/moco/projects' });
			this.webhooks.addHook({ target: 'Activity', event: 'create', hook: 'https://hooks.acme.example/moco/activities', disabled: true, disabled_at: mocoTime(this.now()) });
		}
	}

	// ---- public helpers for tests ------------------------------------------------------------

	get users(): SimUser[] {
		return this.records('users') as unknown as SimUser[];
	}
	set users(users: SimUser[]) {
		this.store.set('users', users as unknown as Rec[]);
	}
	get units(): SimUnit[] {
		return this.records('units') as unknown as SimUnit[];
	}
	set units(units: SimUnit[]) {
		this.store.set('units', units as unknown as Rec[]);
	}
	get roles(): SimRole[] {
		return this.records('roles') as unknown as SimRole[];
	}
	set roles(roles: SimRole[]) {
		this.store.set('roles', roles as unknown as Rec[]);
	}

	/** The live records of an entry ('activities', 'projects', 'tasks'...), in read shape plus hidden keys. */
	records(name: string): Rec[] {
		this.entry(name);
		return this.store.get(name)!;
	}

	/** Whether the simulator has an entry of that name. */
	knows(name: string): boolean {
		return this.entries.has(name);
	}

	find(name: string, id: number): Rec | undefined {
		return this.records(name).find((r) => r.id === id);
	}

	/**
	 * Adds a record in read shape, unchecked (tests build any state, also states MOCO would refuse):
	 * `sim.add('activities', { date: '2026-01-05', project: { id }, task: { id }, seconds: 3600 })`.
	 * Refs need only their id; names are filled in on every read. Nested entries need their parent
	 * key (`project_id` for tasks and contracts).
	 */
	add<T extends object = Rec>(name: string, partial: Partial<T> | Record<string, unknown> = {}): T & Rec {
		const entry = this.entry(name);
		const userId = this.sessionUserId();
		const blank = entry.blank({ sim: this, userId, keyUserId: userId });
		const record = this.stamped(blank, partial as Record<string, unknown>);
		record.id = typeof record.id === 'number' && record.id > 0 ? record.id : this.newId(name);
		this.records(name).push(record);
		return record as T & Rec;
	}

	addUnit(name: string): SimUnit {
		const unit = buildUnit(this.newId('units'), name, this.stamp());
		this.units.push(unit);
		return unit;
	}

	addUnits(count: number, prefix = 'Team'): SimUnit[] {
		return Array.from({ length: count }, (_, i) => this.addUnit(`${prefix} ${String(i + 1).padStart(3, '0')}`));
	}

	/** Accepts the read shape; `unit` defaults to the first unit (one is created if there is none). */
	addUser(partial: Partial<SimUser> = {}): SimUser {
		const first = this.units[0] ?? this.addUnit('Team');
		const unit = partial.unit ?? { id: first.id, name: first.name };
		const user = buildUser(this.newId('users'), partial, unit, this.stamp());
		this.users.push(user);
		return user;
	}

	addUsers(count: number, partial: Partial<SimUser> = {}): SimUser[] {
		const start = this.users.length;
		return Array.from({ length: count }, (_, i) => {
			const n = String(start + i + 1).padStart(4, '0');
			return this.addUser({ firstname: 'Test', lastname: `Nutzer ${n}`, email: `test.nutzer.${n}@acme.example`, ...partial });
		});
	}

	addRole(partial: Partial<SimRole> = {}): SimRole {
		const role = buildRole(this.newId('roles'), partial);
		this.roles.push(role);
		return role;
	}

	/** The next `times` requests matching `match` get `fault` instead of an answer. */
	injectFault(match: FaultMatch, fault: Fault, times = 1): void {
		this.faults.push({ match, fault, remaining: times });
	}

	clearRequests(): void {
		this.requests.length = 0;
	}

	/** The user a key's session belongs to: the first seeded user (or id 1 on an empty account). */
	sessionUserId(): number {
		return this.users[0]?.id ?? 1;
	}

	/**
	 * Mounts an extra endpoint (pattern matched against the path after /api/v1), tried after the
	 * built-in routes. Throw httpError(status, payload) from engine.ts for an error answer.
	 */
	route(method: string, pattern: RegExp, handler: (ctx: SimRouteContext) => SimResponse): void {
		// The latest mount answers first: a test's own webhooks (attachWebhooks) stand in for the built-in ones.
		this.mounted.unshift({ method: method.toUpperCase(), pattern, numeric: false, handler });
	}

	/** Called after every successful create, update or delete; returns the unsubscribe function. */
	onChange(listener: (change: SimChange) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The record as MOCO would send it (GET /<path>/{id}). */
	serialize(name: string, record: Rec, list = false, query: Record<string, string> = {}): unknown {
		const entry = this.entry(name);
		const out: Record<string, unknown> = {};
		const hidden = new Set([...(entry.hidden ?? []), ...(entry.parentKey ? [entry.parentKey] : [])]);
		for (const [key, value] of Object.entries(record)) if (!hidden.has(key)) out[key] = value;
		// Names of referenced records are looked up live, so renames show everywhere, as in MOCO.
		const refs: Array<[string, string, RefShape]> = [];
		for (const [name_, spec] of Object.entries(entry.fields)) {
			if (spec.kind === 'ref' && spec.read !== false && spec.ref && spec.shape) refs.push([spec.read ?? name_, spec.ref, spec.shape]);
		}
		for (const [key, link] of Object.entries(entry.links ?? {})) refs.push([key, link.ref, link.shape]);
		for (const [key, ref, shape] of refs) {
			const current = out[key];
			const target = isObject(current) && typeof current.id === 'number' ? this.find(ref, current.id) : undefined;
			if (target) out[key] = this.render(shape, target);
		}
		const shaped = entry.serialize ? entry.serialize(out, record, { sim: this, list, query }) : out;
		if (!isObject(shaped)) return shaped;
		// Timestamps close MOCO's records, whatever an entry appended.
		const { created_at, updated_at, ...rest } = shaped;
		return created_at === undefined ? shaped : { ...rest, created_at, updated_at };
	}

	/** A referenced record as shown inside another one. */
	render(shape: RefShape, target: Rec): Record<string, unknown> {
		if (typeof shape === 'function') return shape(target, this);
		return Object.fromEntries(shape.map((k) => [k, target[k] ?? null]));
	}

	/** Today's date (YYYY-MM-DD, UTC) on the simulator's clock. */
	today(): string {
		return new Date(this.now()).toISOString().slice(0, 10);
	}

	nowMs(): number {
		return this.now();
	}

	stamp(): string {
		return mocoTime(this.now());
	}

	// ---- for entries' actions: the generic write path --------------------------------------------

	/** Validates `body` as a create of `name` and stores the record (422 on invalid input). */
	createRecord(name: string, body: Body, ctx: EntryContext): Rec {
		const entry = this.entry(name);
		const blank = this.stamped(entry.blank(ctx), {});
		blank.id = this.newId(name, false);
		const record = this.write(entry, blank, body, { ...ctx, creating: true, before: blank });
		record.id = this.newId(name);
		if (entry.parentKey) record[entry.parentKey] = ctx.parentId;
		this.records(name).push(record);
		this.changed(name, record, 'create', ctx.userId);
		return record;
	}

	/** POST .../bulk: creates every record or none (the first invalid body answers 422), answers them all. */
	createAll(name: string, bodies: unknown[], ctx: EntryContext): SimResponse {
		const store = this.records(name);
		const before = store.length;
		try {
			const created = bodies.map((item) => {
				if (!isObject(item)) throw invalid({ [name]: ['is invalid'] });
				return this.createRecord(name, item, ctx);
			});
			return json(200, created.map((r) => this.serialize(name, r)));
		} catch (e) {
			store.length = before;
			throw e;
		}
	}

	/** Validates `body` as a partial update and applies it (422 on invalid input). */
	updateRecord(name: string, record: Rec, body: Body, ctx: EntryContext): Rec {
		const entry = this.entry(name);
		const refusal = entry.guardUpdate?.(record, ctx);
		if (refusal) throw refused(refusal);
		Object.assign(record, this.write(entry, record, body, { ...ctx, creating: false, before: record }));
		this.changed(name, record, 'update', ctx.userId, false);
		return record;
	}

	/**
	 * Tells onChange listeners; actions that change a record outside updateRecord call it too
	 * (an update is stamped unless the caller has done it: a PUT of no fields keeps updated_at).
	 */
	changed(name: string, record: Rec, event: SimChange['event'], userId: number, stamp = true): void {
		if (event === 'update' && stamp) record.updated_at = this.stamp();
		if (!this.listeners.size) return;
		const entry = this.entry(name);
		const change: SimChange = { target: entry.target, resource: name, event, record: JSON.parse(JSON.stringify(this.serialize(name, record))), userId };
		for (const listener of this.listeners) listener(change);
	}

	// ---- the request pipeline ----------------------------------------------------------------

	handle(input: SimRequestInput): SimResult {
		const req = this.record(input);
		const fault = this.takeFault(req);
		if (fault !== undefined) {
			if (typeof fault === 'string') return { fault };
			return { status: fault.status, headers: { ...(fault.headers ?? {}) }, body: fault.body ?? '' };
		}
		if (req.host !== this.host) return json(404, { message: 'Account not found' });
		// The limiter sits in the front server, before the app: it counts 401s and 404s too.
		const authorization = req.headers['authorization'];
		if (this.limiter && authorization && !this.limiter.hit(authorization).allowed) {
			return { status: 429, headers: { 'content-length': '0' }, body: '' };
		}
		if (req.path !== API_BASE && !req.path.startsWith(`${API_BASE}/`)) return json(404, { message: 'Not found' });
		const key = parseApiKey(authorization);
		if (key === undefined) return json(401, { message: 'Unauthorized: no API key given' });
		const access = Object.prototype.hasOwnProperty.call(this.apiKeys, key) ? this.apiKeys[key] : undefined;
		if (!access) return json(401, { message: 'Unauthorized: invalid API key' });
		if (access === 'read' && WRITE_METHODS.has(req.method)) {
			return json(403, { message: 'Forbidden: this API key has read-only access' });
		}
		let body: Body = {};
		if (req.form) body = formBody(req.form);
		else if (req.body.trim() !== '') {
			if (req.json === undefined) return json(400, { message: 'Invalid JSON in request body' });
			if (!isObject(req.json)) return json(400, { message: 'Request body must be a JSON object' });
			body = req.json;
		}
		try {
			const keyUserId = this.keyUsers[key] ?? this.sessionUserId();
			const userId = this.actingUser(req, keyUserId);
			return this.dispatch(req, body, userId, keyUserId);
		} catch (e) {
			if (e instanceof HttpError) return json(e.status, e.payload);
			throw e;
		}
	}

	/** X-IMPERSONATE-USER-ID makes another user the actor; it needs the Staff permission. */
	private actingUser(req: SimRequest, keyUserId: number): number {
		const header = req.headers['x-impersonate-user-id'];
		if (header === undefined || header.trim() === '') return keyUserId;
		const keyUser = this.users.find((u) => u.id === keyUserId);
		const role = keyUser?.role && this.roles.find((r) => r.id === keyUser.role?.id);
		if (!role || !(role.is_admin || role.permission.users === 'manage')) {
			throw new HttpError(403, { message: 'Forbidden: impersonation requires the Staff permission' });
		}
		const id = toId(header.trim());
		if (id === undefined || !this.users.some((u) => u.id === id)) {
			throw new HttpError(403, { message: `Forbidden: no user with ID ${header.trim()} to impersonate` });
		}
		return id;
	}

	private record(input: SimRequestInput): SimRequest {
		const headers = flattenHeaders(input.headers);
		const absolute = /^https?:\/\/([^/?#]+)(.*)$/i.exec(input.url);
		const host = (absolute ? absolute[1] : headers['host'] ?? this.host).replace(/:\d+$/, '').toLowerCase();
		const url = absolute ? absolute[2] || '/' : input.url;
		const q = url.indexOf('?');
		const path = q < 0 ? url : url.slice(0, q);
		const query: Record<string, string> = {};
		if (q >= 0) new URLSearchParams(url.slice(q + 1)).forEach((v, k) => (query[k] = v));
		const raw = Buffer.isBuffer(input.body) ? input.body : Buffer.from(input.body ?? '', 'utf8');
		const body = raw.toString('utf8');
		const req: SimRequest = { method: input.method.toUpperCase(), host, path, query, url, headers, body, raw };
		const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
		if (boundary) req.form = parseMultipart(raw, boundary);
		else if (body.trim() !== '') {
			try {
				req.json = JSON.parse(body);
			} catch {
				// Left undefined: handle() answers 400.
			}
		}
		this.requests.push(req);
		return req;
	}

	private takeFault(req: SimRequest): Fault | undefined {
		const apiPath = req.path.startsWith(API_BASE) ? req.path.slice(API_BASE.length) : req.path;
		const entry = this.faults.find(({ match, remaining }) => {
			if (remaining <= 0) return false;
			if (match.method && match.method.toUpperCase() !== req.method) return false;
			if (match.path instanceof RegExp) return match.path.test(req.path);
			return match.path === undefined || match.path === req.path || match.path === apiPath;
		});
		if (!entry) return undefined;
		entry.remaining--;
		return entry.fault;
	}

	private dispatch(req: SimRequest, body: Body, userId: number, keyUserId: number): SimResponse {
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

	private session(ctx: SimRouteContext): SimResponse {
		const key = parseApiKey(ctx.req.headers['authorization']) ?? '';
		const hex = Buffer.from(`${this.host}:${key}`).toString('hex').padEnd(32, '0').slice(0, 32);
		const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
		return json(200, { id: ctx.keyUserId, uuid });
	}

	// ---- routes of an entry ----------------------------------------------------------------------

	private mountEntry(entry: ResourceEntry): void {
		const ops = new Set(entry.ops ?? ['list', 'get', 'create', 'update', 'delete']);
		const base = pathSource(entry.path);
		const nested = /:\w+/.test(entry.path);
		const add = (method: string, suffix: string, handler: (c: SimRouteContext, ectx: EntryContext) => SimResponse, numeric = true): void => {
			this.routes.push({
				method,
				pattern: new RegExp(`^${base}${suffix}$`),
				numeric,
				handler: (c) => {
					const ectx: EntryContext = { sim: this, userId: c.userId, keyUserId: c.keyUserId, req: c.req };
					if (nested) {
						ectx.parentId = Number(c.params[0]);
						if (!this.find(this.parentName(entry), ectx.parentId)) throw notFound();
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
				const record = isMember ? this.findOr404(entry, id(c), ectx.parentId) : undefined;
				return action.handler({ ...ectx, req: c.req, body: c.body, record, params: c.params.slice(c.params.length - own) });
			}, own === 0);
		}
		if (ops.has('list')) add('GET', '', (c, ectx) => this.list(entry, c.req, ectx));
		if (ops.has('create')) add('POST', '', (c, ectx) => json(200, this.serialize(entry.name, this.createRecord(entry.name, c.body, ectx))));
		if (ops.has('get')) add('GET', member, (c, ectx) => json(200, this.serialize(entry.name, this.findOr404(entry, id(c), ectx.parentId))));
		if (ops.has('update')) {
			add('PUT', member, (c, ectx) => {
				const record = this.updateRecord(entry.name, this.findOr404(entry, id(c), ectx.parentId), c.body, ectx);
				return json(200, this.serialize(entry.name, record));
			});
		}
		if (ops.has('delete')) add('DELETE', member, (c, ectx) => this.remove(entry, this.findOr404(entry, id(c), ectx.parentId), ectx));
	}

	private parentName(entry: ResourceEntry): string {
		const prefix = entry.path.slice(0, entry.path.indexOf('/:'));
		return [...this.entries.values()].find((e) => e.path === prefix)!.name;
	}

	private entry(name: string): ResourceEntry {
		const entry = this.entries.get(name);
		if (!entry) throw new Error(`The simulator has no entry "${name}" (known: ${[...this.entries.keys()].join(', ')})`);
		return entry;
	}

	private findOr404(entry: ResourceEntry, id: number, parentId?: number): Rec {
		const record = this.find(entry.name, id);
		if (!record || (entry.parentKey && record[entry.parentKey] !== parentId)) throw notFound();
		return record;
	}

	private remove(entry: ResourceEntry, record: Rec, ctx: EntryContext): SimResponse {
		const refusal = entry.guardDelete?.(record, ctx);
		if (refusal) throw refused(refusal);
		this.store.set(entry.name, this.records(entry.name).filter((r) => r !== record));
		this.changed(entry.name, record, 'delete', ctx.userId);
		return noContent();
	}

	/** Fills id and timestamps around an entry's blank record, then the caller's values. */
	private stamped(blank: Record<string, unknown>, partial: Record<string, unknown>): Rec {
		const at = this.stamp();
		const record: Rec = { id: 0, ...blank, ...partial } as Rec;
		if (!('created_at' in record)) record.created_at = at;
		if (!('updated_at' in record)) record.updated_at = at;
		return record;
	}

	// ---- validation: one pass over the entry's fields -----------------------------------------------

	/**
	 * Validates everything first, then returns the record as it would be: only sent fields change
	 * (PUT is partial), write names map to read names, refs become their read objects.
	 */
	private write(entry: ResourceEntry, record: Rec, body: Body, ctx: WriteContext): Rec {
		const errors: FieldErrors = {};
		const add = (key: string, message: string): void => {
			errors[key] = [...(errors[key] ?? []), message];
		};
		const draft = structuredClone(record);
		let touched = false;
		for (const [name, spec] of Object.entries(entry.fields)) {
			if (!has(body, name)) {
				if (ctx.creating && spec.required) add(name, "can't be blank");
				continue;
			}
			touched = true;
			const readKey = spec.read === undefined ? name : spec.read;
			const value = body[name];
			if (!ctx.creating && spec.immutable) {
				const current = readKey === false ? undefined : draft[readKey];
				const currentValue = isObject(current) ? current.id : current;
				if (String(currentValue ?? '') !== String(value ?? '')) add(name, 'cannot be changed');
				continue;
			}
			if (isBlank(value)) {
				if (spec.required) add(ctx.creating || spec.kind !== 'ref' ? name : this.errorKey(name, spec), spec.kind === 'ref' && !ctx.creating ? 'must exist' : "can't be blank");
				else if (readKey !== false) draft[readKey] = this.blankValue(spec, draft[readKey]);
				continue;
			}
			const accepted = this.accept(name, spec, value, draft[readKey === false ? '' : readKey], add);
			if (accepted === undefined || readKey === false) continue;
			draft[readKey] = spec.convert ? spec.convert(accepted.value, ctx) : accepted.value;
		}
		entry.validate?.(draft, body, ctx, errors);
		if (Object.keys(errors).length) throw invalid(errors);
		entry.derive?.(draft, ctx);
		if (touched && !ctx.creating) draft.updated_at = this.stamp();
		return draft;
	}

	private errorKey(name: string, spec: FieldSpec): string {
		return spec.errorKey ?? (typeof spec.read === 'string' ? spec.read : name);
	}

	private blankValue(spec: FieldSpec, current: unknown): unknown {
		if (spec.kind === 'text' || spec.kind === 'email') return '';
		if (spec.kind === 'tags') return [];
		if (spec.kind === 'custom_properties') return current;
		return null;
	}

	/** Checks one sent, non-blank value against its kind; undefined when refused. */
	private accept(name: string, spec: FieldSpec, value: unknown, current: unknown, add: (key: string, message: string) => void): { value: unknown } | undefined {
		const refuse = (message: string, key = name): undefined => {
			add(key, message);
			return undefined;
		};
		switch (spec.kind) {
			case 'text':
				return { value: String(value).trim() };
			case 'email': {
				const email = String(value).trim();
				return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) ? { value: email } : refuse('is invalid');
			}
			case 'date':
				return isValidDate(value) ? { value } : refuse('is invalid');
			case 'time':
				return isValidTime(value) ? { value: String(value).padStart(5, '0') } : refuse('is invalid');
			case 'integer': {
				const n = toNumber(value);
				if (n === undefined) return refuse('is not a number');
				return Number.isInteger(n) ? { value: n } : refuse('must be an integer');
			}
			case 'number': {
				const n = toNumber(value);
				return n === undefined ? refuse('is not a number') : { value: n };
			}
			case 'boolean':
				return isBoolLike(value) ? { value: toBool(value) } : refuse('is invalid');
			case 'enum':
				return (spec.values ?? []).map(String).includes(String(value)) ? { value } : refuse('is not included in the list');
			case 'ref': {
				const id = toId(value);
				const target = id === undefined ? undefined : this.find(spec.ref!, id);
				if (!target) return refuse('must exist', this.errorKey(name, spec));
				return { value: spec.shape ? this.render(spec.shape, target) : target.id };
			}
			case 'tags':
				return Array.isArray(value) && value.every((t) => typeof t === 'string') ? { value: [...(value as string[])] } : refuse('is invalid');
			case 'custom_properties':
				return isObject(value) ? { value: { ...(isObject(current) ? current : {}), ...value } } : refuse('is invalid');
			case 'object':
				return isObject(value) ? { value } : refuse('is invalid');
			case 'array':
				return Array.isArray(value) ? { value } : refuse('is invalid');
		}
	}

	// ---- lists: filters, sorting, pagination ---------------------------------------------------

	private list(entry: ResourceEntry, req: SimRequest, ctx: EntryContext): SimResponse {
		const q = req.query;
		let rows = this.records(entry.name).filter((r) => !entry.parentKey || r[entry.parentKey] === ctx.parentId);
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
		return this.paginate(req, rows.map((r) => this.serialize(entry.name, r, true, q)));
	}

	private paginate(req: SimRequest, rows: unknown[]): SimResponse {
		const per = this.pageSize;
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
			links.push(`<${this.pageUrl(req, n)}>; rel="${rel}"`);
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
	private pageUrl(req: SimRequest, page: number): string {
		const params: Record<string, string> = this.linkKeepsQuery ? { ...req.query, page: String(page) } : { page: String(page) };
		const qs = Object.keys(params)
			.sort()
			.map((k) => `${encodeParam(k)}=${encodeParam(params[k])}`)
			.join('&');
		return `https://${req.host}${req.path}?${qs}`;
	}

	// ---- small internals -------------------------------------------------------------------------

	/** Ids follow the largest existing one, like a database sequence, and are never reused. */
	private newId(name: string, take = true): number {
		const next = Math.max(this.nextIds.get(name) ?? 1, ...this.records(name).map((x) => x.id + 1));
		if (take) this.nextIds.set(name, next + 1);
		return next;
	}
}
