/**
 * In-process simulator of MOCO's API (users, units, roles, session), built from MOCO-API.md.
 * Transport-free: adapters (nock in intercept.ts, an HTTPS server in the e2e tests) hand it
 * requests through handle() and act on what it returns.
 */
import { FixedWindowRateLimiter } from './rateLimit';
import { asciiSlug, buildRole, buildUnit, buildUser, mocoTime, seedData } from './seed';

export interface SimRequest {
	method: string;
	host: string;
	path: string;
	query: Record<string, string>;
	url: string;
	headers: Record<string, string>;
	body: string;
	json?: unknown;
}

export interface SimResponse {
	status: number;
	headers: Record<string, string>;
	body: string;
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
	body?: string;
}

export interface SimulatorOptions {
	subdomain?: string;
	apiKeys?: Record<string, 'full' | 'read'>;
	now?: () => number;
	rateLimit?: { max: number; windowMs: number; origin?: number; weighting?: 'elapsed' | 'full' } | false;
	seed?: boolean;
	/** Entries per page; MOCO's default is 100. */
	pageSize?: number;
}

export type Fault = { status: number; body?: string; headers?: Record<string, string> } | 'reset' | 'hang';

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

/** A record change, as the webhook sender (webhooks.ts) hears of it. */
export interface SimChange {
	target: string;
	event: 'create' | 'update' | 'delete';
	record: unknown;
	userId: number;
}

export type SimRouteHandler = (ctx: { req: SimRequest; params: string[]; body: Record<string, unknown> }) => SimResponse;

export function isFaultSignal(result: SimResult): result is SimFaultSignal {
	return 'fault' in result;
}

export const API_BASE = '/api/v1';
const JSON_TYPE = 'application/json; charset=utf-8';
const LANGUAGES = ['de', 'de-AT', 'de-CH', 'en', 'it', 'fr'];
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Body = Record<string, unknown>;
type FieldErrors = Record<string, string[]>;
interface Ctx {
	req: SimRequest;
	id: number;
	body: Body;
}
type Handler = (ctx: Ctx) => SimResponse;

/** Thrown inside handlers; handle() turns it into a JSON error response. */
class HttpError extends Error {
	constructor(readonly status: number, readonly payload: unknown) {
		super(`HTTP ${status}`);
	}
}

const notFound = (): HttpError => new HttpError(404, { message: 'Resource not found' });
const invalid = (errors: FieldErrors): HttpError => new HttpError(422, errors);

function json(status: number, data: unknown, headers: Record<string, string> = {}): SimResponse {
	return { status, headers: { 'content-type': JSON_TYPE, ...headers }, body: JSON.stringify(data) };
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

const isBlank = (v: unknown): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const toBool = (v: unknown): boolean => v === true || v === 'true' || v === 1 || v === '1';
const toId = (v: unknown): number | undefined =>
	typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
const isObject = (v: unknown): v is Body => typeof v === 'object' && v !== null && !Array.isArray(v);

function isValidDate(s: unknown): boolean {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
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

/** Write fields that are plain strings under the same name in the read shape. */
const USER_STRING_FIELDS = ['firstname', 'lastname', 'email', 'mobile_phone', 'work_phone', 'home_address', 'info', 'iban'] as const;

export class MocoSimulator {
	readonly requests: SimRequest[] = [];
	users: SimUser[] = [];
	units: SimUnit[] = [];
	roles: SimRole[] = [];
	readonly host: string;
	private readonly apiKeys: Record<string, 'full' | 'read'>;
	private readonly now: () => number;
	private readonly pageSize: number;
	private readonly limiter?: FixedWindowRateLimiter;
	private readonly faults: Array<{ match: FaultMatch; fault: Fault; remaining: number }> = [];
	private nextIds = { unit: 1, user: 1, role: 1 };
	private readonly routes: Array<[string, RegExp, Handler]>;
	private readonly extraRoutes: Array<[string, RegExp, SimRouteHandler]> = [];
	private readonly changeListeners = new Set<(change: SimChange) => void>();

	constructor(options: SimulatorOptions = {}) {
		this.host = `${options.subdomain ?? 'acme'}.mocoapp.com`;
		this.apiKeys = options.apiKeys ?? { 'test-key': 'full' };
		this.now = options.now ?? Date.now;
		this.pageSize = options.pageSize ?? 100;
		if (options.rateLimit) this.limiter = new FixedWindowRateLimiter(options.rateLimit, this.now);
		if (options.seed !== false) {
			const data = seedData();
			this.units = data.units;
			this.roles = data.roles;
			this.users = data.users;
		}
		const id = '([^/]+)';
		this.routes = [
			['GET', /^\/session$/, (c) => this.session(c)],
			['GET', /^\/users\/roles$/, (c) => this.list(c, this.roles, (r) => r)],
			['GET', /^\/users$/, (c) => this.list(c, this.filterUsers(c.req.query), (u) => this.userJson(u))],
			['POST', /^\/users$/, (c) => json(200, this.changed('User', 'create', this.userJson(this.createUser(c.body))))],
			['GET', new RegExp(`^/users/${id}$`), (c) => json(200, this.userJson(this.findUser(c.id)))],
			['PUT', new RegExp(`^/users/${id}$`), (c) => json(200, this.changed('User', 'update', this.userJson(this.writeUser(this.findUser(c.id), c.body, false))))],
			['DELETE', new RegExp(`^/users/${id}$`), (c) => this.deleteUser(c.id)],
			['GET', new RegExp(`^/users/${id}/performance_report$`), (c) => this.performanceReport(c)],
			['GET', /^\/units$/, (c) => this.list(c, this.units, (u) => this.unitJson(u))],
			['POST', /^\/units$/, (c) => json(200, this.changed('Unit', 'create', this.unitJson(this.addUnit(this.unitName(c.body)))))],
			['GET', new RegExp(`^/units/${id}$`), (c) => json(200, this.unitJson(this.findUnit(c.id)))],
			['PUT', new RegExp(`^/units/${id}$`), (c) => this.updateUnit(c)],
			['DELETE', new RegExp(`^/units/${id}$`), (c) => this.deleteUnit(c.id)],
		];
	}

	// ---- public helpers for tests ------------------------------------------------------------

	addUnit(name: string): SimUnit {
		const unit = buildUnit(this.newId('unit', this.units), name, this.stamp());
		this.units.push(unit);
		return unit;
	}

	addUnits(count: number, prefix = 'Team'): SimUnit[] {
		return Array.from({ length: count }, (_, i) => this.addUnit(`${prefix} ${String(i + 1).padStart(3, '0')}`));
	}

	/** Accepts the read shape; `unit` defaults to the first unit (one is created if there is none). */
	addUser(partial: Partial<SimUser> = {}): SimUser {
		const unit = partial.unit ?? this.refOf(this.units[0] ?? this.addUnit('Team'));
		const user = buildUser(this.newId('user', this.users), partial, unit, this.stamp());
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
		const role = buildRole(this.newId('role', this.roles), partial);
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

	/** More endpoints (webhooks.ts), tried after the built-in ones; `pattern` sees the path after /api/v1. */
	route(method: string, pattern: RegExp, handler: SimRouteHandler): void {
		this.extraRoutes.push([method.toUpperCase(), pattern, handler]);
	}

	/** Hears every create, update and delete made over the API; returns the unsubscribe function. */
	onChange(listener: (change: SimChange) => void): () => void {
		this.changeListeners.add(listener);
		return () => this.changeListeners.delete(listener);
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
		if (req.body.trim() !== '') {
			if (req.json === undefined) return json(400, { message: 'Invalid JSON in request body' });
			if (!isObject(req.json)) return json(400, { message: 'Request body must be a JSON object' });
			body = req.json;
		}
		try {
			return this.dispatch(req, body);
		} catch (e) {
			if (e instanceof HttpError) return json(e.status, e.payload);
			throw e;
		}
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
		const body = input.body ?? '';
		const req: SimRequest = { method: input.method.toUpperCase(), host, path, query, url, headers, body };
		if (body.trim() !== '') {
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

	private dispatch(req: SimRequest, body: Body): SimResponse {
		const path = req.path.slice(API_BASE.length).replace(/\/+$/, '');
		for (const [method, pattern, handler] of this.routes) {
			const m = pattern.exec(path);
			if (!m || method !== req.method) continue;
			// Rails routes ids as \d+: anything else is simply no record.
			if (m[1] !== undefined && !/^\d+$/.test(m[1])) throw notFound();
			return handler({ req, id: m[1] === undefined ? NaN : Number(m[1]), body });
		}
		for (const [method, pattern, handler] of this.extraRoutes) {
			const m = pattern.exec(path);
			if (m && method === req.method) return handler({ req, params: m.slice(1), body });
		}
		throw notFound();
	}

	// ---- lists: filters, sorting, pagination ---------------------------------------------------

	private list<T extends object>(ctx: Ctx, items: T[], serialize: (item: T) => unknown): SimResponse {
		const q = ctx.req.query;
		let rows = [...items];
		if (q.ids) {
			const ids = new Set(q.ids.split(',').map((s) => Number(s.trim())));
			rows = rows.filter((r) => ids.has((r as { id: number }).id));
		}
		if (q.updated_after) {
			const after = Date.parse(q.updated_after);
			if (Number.isNaN(after)) throw invalid({ updated_after: ['is invalid'] });
			rows = rows.filter((r) => {
				const at = (r as { updated_at?: string }).updated_at;
				return at === undefined || Date.parse(at) > after;
			});
		}
		for (const [k, v] of Object.entries(q)) {
			const m = /^custom_properties\[(.+)\]$/.exec(k);
			if (!m) continue;
			rows = rows.filter((r) => String((r as { custom_properties?: Body }).custom_properties?.[m[1]] ?? '') === v);
		}
		if (q.sort_by) {
			const [field, dir] = q.sort_by.trim().split(/\s+/);
			const sign = dir?.toLowerCase() === 'desc' ? -1 : 1;
			rows.sort((a, b) => sign * compareValues((a as Body)[field], (b as Body)[field]));
		}
		return this.paginate(ctx.req, rows.map(serialize));
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

	/** Keeps every other query parameter, sorted and encoded as Rails' to_query does. */
	private pageUrl(req: SimRequest, page: number): string {
		const params = { ...req.query, page: String(page) };
		const qs = Object.keys(params)
			.sort()
			.map((k) => `${encodeParam(k)}=${encodeParam(params[k as keyof typeof params] as string)}`)
			.join('&');
		return `https://${req.host}${req.path}?${qs}`;
	}

	// ---- session, users ------------------------------------------------------------------------

	private session(ctx: Ctx): SimResponse {
		const key = parseApiKey(ctx.req.headers['authorization']) ?? '';
		const hex = Buffer.from(`${this.host}:${key}`).toString('hex').padEnd(32, '0').slice(0, 32);
		const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
		return json(200, { id: this.sessionUserId(), uuid });
	}

	private filterUsers(q: Record<string, string>): SimUser[] {
		let users = this.users;
		if (!toBool(q.include_archived)) users = users.filter((u) => u.active);
		if (q.email) users = users.filter((u) => u.email.toLowerCase() === q.email.toLowerCase());
		if (q.tags) {
			const tags = q.tags.split(',').map((t) => t.trim().toLowerCase());
			users = users.filter((u) => u.tags.some((t) => tags.includes(t.toLowerCase())));
		}
		return users;
	}

	private findUser(id: number): SimUser {
		const user = this.users.find((u) => u.id === id);
		if (!user) throw notFound();
		return user;
	}

	private userJson(user: SimUser): unknown {
		// Unit and role names are looked up live so renames show everywhere, as in MOCO.
		const { language: _language, billedHours: _billed, ...read } = user;
		const unit = this.units.find((x) => x.id === user.unit.id);
		const role = user.role && this.roles.find((x) => x.id === user.role?.id);
		return {
			...read,
			unit: unit ? this.refOf(unit) : user.unit,
			role: role ? { id: role.id, name: role.name } : user.role,
		};
	}

	private createUser(body: Body): SimUser {
		const errors: FieldErrors = {};
		for (const field of ['firstname', 'lastname', 'email', 'unit_id']) {
			if (isBlank(body[field])) errors[field] = ["can't be blank"];
		}
		// Without role_id MOCO gives a new user the account's default role.
		const fallback = this.roles.find((r) => r.is_default);
		const draft = buildUser(0, { role: fallback ? { id: fallback.id, name: fallback.name } : null }, { id: 0, name: '' }, this.stamp());
		this.writeUser(draft, body, true, errors);
		draft.id = this.newId('user', this.users);
		this.users.push(draft);
		return draft;
	}

	/**
	 * Validates everything first, then applies only the fields that were sent (PUT semantics),
	 * mapping write names to read names: external->extern, unit_id->unit, role_id->role, bday->birthday.
	 */
	private writeUser(user: SimUser, body: Body, creating: boolean, errors: FieldErrors = {}): SimUser {
		const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(body, k);
		const add = (k: string, msg: string): void => {
			errors[k] = [...(errors[k] ?? []), msg];
		};
		for (const f of ['firstname', 'lastname', 'email']) {
			if (!creating && has(f) && isBlank(body[f])) add(f, "can't be blank");
		}
		if (has('email') && !isBlank(body.email)) {
			const email = String(body.email).trim();
			if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) add('email', 'is invalid');
			else if (this.users.some((u) => u !== user && u.email.toLowerCase() === email.toLowerCase())) add('email', 'has already been taken');
		}
		const unit = has('unit_id') && !isBlank(body.unit_id) ? this.units.find((x) => x.id === toId(body.unit_id)) : undefined;
		if (has('unit_id') && !isBlank(body.unit_id) && !unit) add('unit', 'must exist');
		if (!creating && has('unit_id') && isBlank(body.unit_id)) add('unit', 'must exist');
		const role = has('role_id') && !isBlank(body.role_id) ? this.roles.find((x) => x.id === toId(body.role_id)) : undefined;
		if (has('role_id') && !isBlank(body.role_id) && !role) add('role', 'must exist');
		if (has('language') && !LANGUAGES.includes(String(body.language))) add('language', 'is not included in the list');
		if (has('bday') && !isBlank(body.bday) && !isValidDate(body.bday)) add('bday', 'is invalid');
		if (has('tags') && !(Array.isArray(body.tags) && body.tags.every((t) => typeof t === 'string'))) add('tags', 'is invalid');
		if (has('custom_properties') && !isObject(body.custom_properties)) add('custom_properties', 'is invalid');
		if (Object.keys(errors).length) throw invalid(errors);

		for (const f of USER_STRING_FIELDS) if (has(f)) user[f] = body[f] === null ? '' : String(body[f]).trim();
		if (has('active')) user.active = toBool(body.active);
		if (has('external')) user.extern = toBool(body.external);
		if (has('language')) user.language = String(body.language);
		if (has('bday')) user.birthday = isBlank(body.bday) ? null : String(body.bday);
		if (has('tags')) user.tags = [...(body.tags as string[])];
		if (has('custom_properties')) user.custom_properties = { ...user.custom_properties, ...(body.custom_properties as Body) };
		if (unit) user.unit = this.refOf(unit);
		if (has('role_id')) user.role = role ? { id: role.id, name: role.name } : null;
		if (has('avatar') && isObject(body.avatar) && typeof body.avatar.filename === 'string') {
			user.avatar_url = `https://${this.host}/uploads/avatars/${asciiSlug(body.avatar.filename)}`;
		}
		user.updated_at = this.stamp();
		return user;
	}

	private deleteUser(id: number): SimResponse {
		const user = this.findUser(id);
		if (user.billedHours) {
			throw new HttpError(422, { message: 'The user cannot be deleted because billed hours exist. Deactivate the user instead.' });
		}
		this.users = this.users.filter((u) => u !== user);
		this.changed('User', 'delete', this.userJson(user));
		return { status: 204, headers: {}, body: '' };
	}

	/** Deterministic numbers in MOCO's shape: 8 h per weekday target, some hours tracked in past months. */
	private performanceReport(ctx: Ctx): SimResponse {
		const user = this.findUser(ctx.id);
		const today = new Date(this.now());
		const raw = ctx.req.query.year;
		const year = raw === undefined || raw === '' ? today.getUTCFullYear() : Number(raw);
		if (!Number.isInteger(year) || year < 1900 || year > 9999) throw invalid({ year: ['is invalid'] });
		const r2 = (n: number): number => Math.round(n * 100) / 100;
		const monthly = Array.from({ length: 12 }, (_, i) => {
			let weekdays = 0;
			for (let d = new Date(Date.UTC(year, i, 1)); d.getUTCMonth() === i; d.setUTCDate(d.getUTCDate() + 1)) {
				if (d.getUTCDay() % 6 !== 0) weekdays++;
			}
			const past = Date.UTC(year, i + 1, 1) <= today.getTime();
			const target = weekdays * 8;
			const tracked = past ? r2(target - ((user.id + i) % 9) + 0.25) : 0;
			return { year, month: i + 1, target_hours: target, hours_tracked_total: tracked, variation: r2(tracked - target), hours_billable_total: r2(tracked * 0.85), past };
		});
		const sum = (pick: (m: (typeof monthly)[number]) => number): number => r2(monthly.reduce((s, m) => s + pick(m), 0));
		const annually = {
			year,
			employment_hours: sum((m) => m.target_hours),
			target_hours: sum((m) => m.target_hours),
			hours_tracked_total: sum((m) => m.hours_tracked_total),
			variation: sum((m) => m.variation),
			variation_until_today: sum((m) => (m.past ? m.variation : 0)),
			hours_billable_total: sum((m) => m.hours_billable_total),
		};
		return json(200, { annually, monthly: monthly.map(({ past: _past, ...m }) => m) });
	}

	// ---- units ---------------------------------------------------------------------------------

	private findUnit(id: number): SimUnit {
		const unit = this.units.find((u) => u.id === id);
		if (!unit) throw notFound();
		return unit;
	}

	private unitJson(unit: SimUnit): unknown {
		const users = this.users
			.filter((u) => u.unit.id === unit.id)
			.map(({ id, firstname, lastname, email }) => ({ id, firstname, lastname, email }));
		return { id: unit.id, name: unit.name, users, created_at: unit.created_at, updated_at: unit.updated_at };
	}

	private unitName(body: Body): string {
		if (isBlank(body.name) || typeof body.name !== 'string') throw invalid({ name: ["can't be blank"] });
		return body.name.trim();
	}

	private updateUnit(ctx: Ctx): SimResponse {
		const unit = this.findUnit(ctx.id);
		if (Object.prototype.hasOwnProperty.call(ctx.body, 'name')) {
			unit.name = this.unitName(ctx.body);
			unit.updated_at = this.stamp();
			this.changed('Unit', 'update', this.unitJson(unit));
		}
		return json(200, this.unitJson(unit));
	}

	private deleteUnit(id: number): SimResponse {
		const unit = this.findUnit(id);
		const assigned = this.users.filter((u) => u.unit.id === unit.id).length;
		if (assigned > 0) {
			throw new HttpError(422, { message: `The team cannot be deleted while users are assigned to it (${assigned} assigned).` });
		}
		this.changed('Unit', 'delete', this.unitJson(unit));
		this.units = this.units.filter((u) => u !== unit);
		return { status: 204, headers: {}, body: '' };
	}

	// ---- small internals -------------------------------------------------------------------------

	/** Tells the listeners, acting as the key's session user, and hands the record back. */
	private changed<T>(target: string, event: SimChange['event'], record: T): T {
		for (const listener of this.changeListeners) listener({ target, event, record, userId: this.sessionUserId() });
		return record;
	}

	private refOf(unit: SimUnit): SimRef {
		return { id: unit.id, name: unit.name };
	}

	private stamp(): string {
		return mocoTime(this.now());
	}

	/** Ids follow the largest existing one, like a database sequence, and are never reused. */
	private newId(kind: keyof MocoSimulator['nextIds'], existing: Array<{ id: number }>): number {
		const next = Math.max(this.nextIds[kind], ...existing.map((x) => x.id + 1));
		this.nextIds[kind] = next + 1;
		return next;
	}
}
