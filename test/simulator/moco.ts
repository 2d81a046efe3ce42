/**
 * In-process simulator of MOCO's API, built from MOCO-API.md and MOCO-ENDPOINTS.md: one generic
 * engine (auth, impersonation, routing, validation, lists, pagination, faults, change events)
 * serving one data entry per resource (resources/*.ts).
 * Transport-free: adapters (nock in intercept.ts, an HTTPS server in https.ts) hand it
 * requests through handle() and act on what it returns.
 */
import { type Gate, actingUser, admit, sessionAnswer } from './access';
import { type Body, type EntryContext, HttpError, type Rec, type RefShape, json } from './engine';
import { FaultQueue } from './faults';
import { FixedWindowRateLimiter } from './rateLimit';
import { parseRequest } from './request';
import { RESOURCES } from './resources';
import { Router, mountEntry } from './router';
import { buildRole, buildUnit, buildUser, mocoTime } from './seed';
import { serializeRecord } from './serialize';
import { RecordStore } from './store';
import type { Fault, FaultMatch, SimChange, SimRequest, SimRequestInput, SimResponse, SimResult, SimRole, SimRouteContext, SimUnit, SimUser, SimulatorOptions } from './types';
import * as write from './write';
import { attachWebhooks, type MocoWebhooks } from './webhooks';

export * from './types';
export { parseApiKey } from './access';

export class MocoSimulator {
	readonly requests: SimRequest[] = [];
	readonly host: string;
	private readonly gate: Gate;
	private readonly keyUsers: Record<string, number>;
	private readonly now: () => number;
	private readonly faults = new FaultQueue();
	private readonly store = new RecordStore();
	private readonly router = new Router();
	/** The built-in web hooks (a test's attachWebhooks replaces their routes). */
	readonly webhooks: MocoWebhooks;
	private readonly listeners = new Set<(change: SimChange) => void>();

	constructor(options: SimulatorOptions = {}) {
		this.host = `${options.subdomain ?? 'acme'}.mocoapp.com`;
		this.keyUsers = options.keyUsers ?? {};
		this.now = options.now ?? Date.now;
		const limiter = options.rateLimit ? new FixedWindowRateLimiter(options.rateLimit, this.now) : undefined;
		this.gate = { host: this.host, apiKeys: options.apiKeys ?? { 'test-key': 'full' }, limiter };
		const paging = { pageSize: options.pageSize ?? 100, linkKeepsQuery: options.linkKeepsQuery ?? true };
		this.router.add({ method: 'GET', pattern: /^\/session$/, numeric: true, handler: (c) => sessionAnswer(this.host, c) });
		for (const entry of RESOURCES) {
			this.store.register(entry, options.seed === false ? [] : (entry.seed?.() ?? []));
			mountEntry(this.router, this, this.store, entry, paging);
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
		return this.store.records(name);
	}

	/** Whether the simulator has an entry of that name. */
	knows(name: string): boolean {
		return this.store.has(name);
	}

	find(name: string, id: number): Rec | undefined {
		return this.store.find(name, id);
	}

	/**
	 * Adds a record in read shape, unchecked (tests build any state, also states MOCO would refuse):
	 * `sim.add('activities', { date: '2026-01-05', project: { id }, task: { id }, seconds: 3600 })`.
	 * Refs need only their id; names are filled in on every read. Nested entries need their parent
	 * key (`project_id` for tasks and contracts).
	 */
	add<T extends object = Rec>(name: string, partial: Partial<T> | Record<string, unknown> = {}): T & Rec {
		const entry = this.store.entry(name);
		const userId = this.sessionUserId();
		const blank = entry.blank({ sim: this, userId, keyUserId: userId });
		const record = write.stamped(this, blank, partial as Record<string, unknown>);
		record.id = typeof record.id === 'number' && record.id > 0 ? record.id : this.store.newId(name);
		this.records(name).push(record);
		return record as T & Rec;
	}

	addUnit(name: string): SimUnit {
		const unit = buildUnit(this.store.newId('units'), name, this.stamp());
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
		const user = buildUser(this.store.newId('users'), partial, unit, this.stamp());
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
		const role = buildRole(this.store.newId('roles'), partial);
		this.roles.push(role);
		return role;
	}

	/** The next `times` requests matching `match` get `fault` instead of an answer. */
	injectFault(match: FaultMatch, fault: Fault, times = 1): void {
		this.faults.add(match, fault, times);
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
		this.router.mount(method, pattern, handler);
	}

	/** Called after every successful create, update or delete; returns the unsubscribe function. */
	onChange(listener: (change: SimChange) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The record as MOCO would send it (GET /<path>/{id}). */
	serialize(name: string, record: Rec, list = false, query: Record<string, string> = {}): unknown {
		return serializeRecord(this, this.store.entry(name), record, list, query);
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
		return write.createRecord(this, this.store, name, body, ctx);
	}

	/** POST .../bulk: creates every record or none (the first invalid body answers 422), answers them all. */
	createAll(name: string, bodies: unknown[], ctx: EntryContext): SimResponse {
		return write.createAll(this, name, bodies, ctx);
	}

	/** Validates `body` as a partial update and applies it (422 on invalid input). */
	updateRecord(name: string, record: Rec, body: Body, ctx: EntryContext): Rec {
		return write.updateRecord(this, this.store, name, record, body, ctx);
	}

	/**
	 * Tells onChange listeners; actions that change a record outside updateRecord call it too
	 * (an update is stamped unless the caller has done it: a PUT of no fields keeps updated_at).
	 */
	changed(name: string, record: Rec, event: SimChange['event'], userId: number, stamp = true): void {
		if (event === 'update' && stamp) record.updated_at = this.stamp();
		if (!this.listeners.size) return;
		const entry = this.store.entry(name);
		const change: SimChange = { target: entry.target, resource: name, event, record: JSON.parse(JSON.stringify(this.serialize(name, record))), userId };
		for (const listener of this.listeners) listener(change);
	}

	// ---- the request pipeline ----------------------------------------------------------------

	handle(input: SimRequestInput): SimResult {
		const req = parseRequest(input, this.host);
		this.requests.push(req);
		const fault = this.faults.take(req);
		if (fault !== undefined) return fault;
		const admitted = admit(req, this.gate);
		if (!('key' in admitted)) return admitted;
		try {
			const keyUserId = this.keyUsers[admitted.key] ?? this.sessionUserId();
			const userId = actingUser(req, keyUserId, this);
			return this.router.dispatch(req, admitted.body, userId, keyUserId);
		} catch (e) {
			if (e instanceof HttpError) return json(e.status, e.payload);
			throw e;
		}
	}
}
