import type {
	IAdditionalCredentialOptions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { mocoApiError } from './errors';
import { pacerFor, planFor, rateLimitClock } from './rateLimit';
import { brokenConnection, failure, noAnswer, notJson, rateLimited, unexpected } from './transportErrors';

/** Every context that sends MOCO requests: an item's, a dropdown's, the trigger's webhook methods. */
export type MocoContext = IExecuteSingleFunctions | ILoadOptionsFunctions | IHookFunctions;
type Send = (
	this: unknown,
	credentialsType: string,
	options: IHttpRequestOptions,
	additional?: IAdditionalCredentialOptions,
) => Promise<unknown>;

/** Methods MOCO may safely receive twice: a POST could create a record twice. */
const REPEATABLE = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const BAD_GATEWAY = new Set([502, 503, 504]);
const BROKEN_CONNECTION = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ESOCKETTIMEDOUT']);
const NO_ANSWER = new Set(['ECONNABORTED', 'ETIMEDOUT']);
/** Tries after the first for a 502/503/504 or a broken connection. */
const MAX_REPEATS = 3;
const FIRST_REPEAT_MS = 1_000;
const EDITOR_PATIENCE_MS = 15_000;

// ---- reading what came back ---------------------------------------------------------------------

/** Retry-After as milliseconds from now: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: unknown, now: number): number | undefined {
	const value = Array.isArray(header) ? header[0] : header;
	if (typeof value !== 'string' && typeof value !== 'number') return undefined;
	const text = String(value).trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The network error code, wherever n8n's wrappers put it (error, cause, cause's cause). */
export function networkCode(error: unknown): string | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth++) {
		const { code, message } = current as { code?: unknown; message?: unknown };
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		if (typeof message === 'string') {
			if (/timeout of \d+ms exceeded|timed out/i.test(message)) return 'ETIMEDOUT';
			if (/socket hang up/i.test(message)) return 'ECONNRESET';
		}
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}

/** The item a request is for; none for a dropdown's or a webhook method's (their errors name no item). */
function itemOf(context: MocoContext): number | undefined {
	return 'getItemIndex' in context ? context.getItemIndex() : undefined;
}

const isJson = (body: unknown) => body !== null && typeof body === 'object' && !Buffer.isBuffer(body);
const isEmpty = (body: unknown) => body === undefined || body === null || String(body).trim() === '';

// Items whose request MOCO answers without a body (storing a document: an empty 200).
const bodyless = new WeakSet<object>();

/** preSend of an operation MOCO answers without a body: an empty 2xx is then its success. */
export async function answeredWithoutBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	bodyless.add(this);
	return requestOptions;
}

/** A 2xx MOCO may send: JSON; nothing for a delete, a 204 or an operation that expects nothing; bytes for a file. */
function expectedAnswer(context: MocoContext, options: IHttpRequestOptions, response: IN8nHttpFullResponse): boolean {
	if (isJson(response.body)) return true;
	if (options.encoding === 'arraybuffer' && Buffer.isBuffer(response.body)) return true;
	const method = String(options.method ?? 'GET').toUpperCase();
	return isEmpty(response.body) && (response.statusCode === 204 || method === 'DELETE' || bodyless.has(context));
}

// ---- the request loop ---------------------------------------------------------------------------

/**
 * Sends one request through the key's pacer and answers what MOCO answers. 429: the whole key
 * waits (Retry-After if MOCO sends one, else a growing block) and this request goes again until
 * its tries span a full window. 502/503/504 and broken connections: a few more tries, except POST.
 */
export async function sendPaced(
	context: MocoContext,
	send: Send,
	credentialsType: string,
	options: IHttpRequestOptions,
	additional?: IAdditionalCredentialOptions,
): Promise<unknown> {
	const credentials = await context.getCredentials(credentialsType);
	const plan = planFor(credentials.plan);
	const pacer = pacerFor(credentials.apiKey, plan);
	const clock = rateLimitClock();
	const node = context.getNode();
	const itemIndex = itemOf(context);
	const method = String(options.method ?? 'GET').toUpperCase();
	const signal = 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
	// A 429 is retried until the item's tries span a full window (so a block by MOCO has surely
	// ended), never beyond one and a half windows.
	// A dropdown in the editor (no item) should not spin for minutes: its tries span 15 s at most.
	const patienceMs = itemIndex === undefined ? EDITOR_PATIENCE_MS : plan.windowMs;
	const limitMs = patienceMs * 1.5;

	let firstRefusal: number | undefined;
	let repeats = 0;
	let retrying = false;
	for (;;) {
		let releasedAt: number;
		try {
			releasedAt = await pacer.acquire({ priority: retrying, signal });
		} catch {
			throw failure(node, itemIndex, 'The execution was stopped before this request was sent to MOCO', '');
		}
		retrying = true;
		if (firstRefusal !== undefined && releasedAt - firstRefusal > limitMs) {
			throw rateLimited(node, itemIndex, plan, releasedAt - firstRefusal);
		}
		let response: IN8nHttpFullResponse;
		try {
			response = (await send.call(
				context,
				credentialsType,
				{ ...options, returnFullResponse: true, ignoreHttpStatusErrors: true },
				additional,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			const code = networkCode(error);
			if (code !== undefined && NO_ANSWER.has(code)) throw noAnswer(node, itemIndex, options.timeout);
			// Anything else is passed on as a fresh error: the original may carry the request, key included.
			if (code === undefined || !BROKEN_CONNECTION.has(code)) throw unexpected(node, itemIndex, error);
			if (REPEATABLE.has(method) && repeats < MAX_REPEATS) {
				await clock.sleep(FIRST_REPEAT_MS * 2 ** repeats++);
				continue;
			}
			throw brokenConnection(node, itemIndex, REPEATABLE.has(method), code, repeats + 1);
		}

		if (response.statusCode === 429) {
			const now = clock.now();
			firstRefusal ??= now;
			const freeAt = pacer.rejected(releasedAt, retryAfterMs(response.headers?.['retry-after'], now));
			if (now - firstRefusal >= patienceMs || freeAt - firstRefusal > limitMs) {
				throw rateLimited(node, itemIndex, plan, now - firstRefusal);
			}
			continue;
		}
		pacer.accepted(releasedAt);
		if (BAD_GATEWAY.has(response.statusCode) && REPEATABLE.has(method) && repeats < MAX_REPEATS) {
			await clock.sleep(FIRST_REPEAT_MS * 2 ** repeats++);
			continue;
		}
		if (response.statusCode < 300 && !expectedAnswer(context, options, response)) {
			throw notJson(node, itemIndex, response);
		}
		if (response.statusCode >= 400 && options.ignoreHttpStatusErrors !== true) {
			throw mocoApiError(node, response.statusCode, response.body, itemIndex);
		}
		return options.returnFullResponse === true ? response : response.body;
	}
}

const PACED = Symbol('moco paced');

/**
 * Routes every request this context makes (the operation's own, pages, look-ups) through the
 * key's pacer and the retry loop above. n8n's declarative engine offers no per-request hook
 * that also sees connection errors, so the context's request helper is wrapped.
 */
export function usePacedRequests(context: MocoContext): void {
	const helpers = context.helpers as { httpRequestWithAuthentication: Send & { [PACED]?: true } };
	const original = helpers.httpRequestWithAuthentication;
	if (original[PACED]) return;
	const paced = Object.assign(
		async function (this: unknown, credentialsType: string, options: IHttpRequestOptions, additional?: IAdditionalCredentialOptions) {
			return await sendPaced(context, original, credentialsType, options, additional);
		},
		{ [PACED]: true as const },
	);
	helpers.httpRequestWithAuthentication = paced;
}

/** preSend on every operation: from here on, this item's requests are paced and retried. */
export async function paceRequests(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	usePacedRequests(this);
	return requestOptions;
}
