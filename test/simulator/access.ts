/** Who may ask what: the front server's checks, API keys and their access, impersonation, GET /session. */
import { type Body, HttpError, isObject, json, toId } from './engine';
import { formBody } from './multipart';
import type { FixedWindowRateLimiter } from './rateLimit';
import { API_BASE, type SimRequest, type SimResponse, type SimRole, type SimRouteContext, type SimUser } from './types';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `Token token=KEY`, `Token token="KEY"` or `Bearer KEY`. */
export function parseApiKey(authorization: string | undefined): string | undefined {
	const m = /^\s*(?:token\s+token="?([^"\s,]+)"?|bearer\s+(\S+))\s*$/i.exec(authorization ?? '');
	return m ? (m[1] ?? m[2]) : undefined;
}

export interface Gate {
	host: string;
	apiKeys: Record<string, 'full' | 'read'>;
	limiter?: FixedWindowRateLimiter;
}

/** Runs every check before routing: the request's key and body, or the answer that refuses it. */
export function admit(req: SimRequest, gate: Gate): { key: string; body: Body } | SimResponse {
	if (req.host !== gate.host) return json(404, { message: 'Account not found' });
	// The limiter sits in the front server, before the app: it counts 401s and 404s too.
	const authorization = req.headers['authorization'];
	if (gate.limiter && authorization && !gate.limiter.hit(authorization).allowed) {
		return { status: 429, headers: { 'content-length': '0' }, body: '' };
	}
	if (req.path !== API_BASE && !req.path.startsWith(`${API_BASE}/`)) return json(404, { message: 'Not found' });
	const key = parseApiKey(authorization);
	if (key === undefined) return json(401, { message: 'Unauthorized: no API key given' });
	const access = Object.prototype.hasOwnProperty.call(gate.apiKeys, key) ? gate.apiKeys[key] : undefined;
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
	return { key, body };
}

/** X-IMPERSONATE-USER-ID makes another user the actor; it needs the Staff permission. */
export function actingUser(req: SimRequest, keyUserId: number, account: { users: SimUser[]; roles: SimRole[] }): number {
	const header = req.headers['x-impersonate-user-id'];
	if (header === undefined || header.trim() === '') return keyUserId;
	const keyUser = account.users.find((u) => u.id === keyUserId);
	const role = keyUser?.role && account.roles.find((r) => r.id === keyUser.role?.id);
	if (!role || !(role.is_admin || role.permission.users === 'manage')) {
		throw new HttpError(403, { message: 'Forbidden: impersonation requires the Staff permission' });
	}
	const id = toId(header.trim());
	if (id === undefined || !account.users.some((u) => u.id === id)) {
		throw new HttpError(403, { message: `Forbidden: no user with ID ${header.trim()} to impersonate` });
	}
	return id;
}

/** GET /session: the key's user, and a uuid that is stable per account and key. */
export function sessionAnswer(host: string, ctx: SimRouteContext): SimResponse {
	const key = parseApiKey(ctx.req.headers['authorization']) ?? '';
	const hex = Buffer.from(`${host}:${key}`).toString('hex').padEnd(32, '0').slice(0, 32);
	const uuid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
	return json(200, { id: ctx.keyUserId, uuid });
}
