/**
 * MOCO's webhooks, simulated (web_hooks.md, webhooks.md): the /account/web_hooks endpoints, the
 * account's signing secret, and a sender that POSTs signed deliveries to every enabled hook
 * matching a record change. Knows the simulator only through route() and onChange().
 */
import { createHash } from 'crypto';

import type { SimChange, SimResponse, SimRouteContext } from './moco';
import { type DeliveryInput, type DeliveryRequest, type DeliveryResult, deliveryPayload, postDelivery, signMocoBody } from './webhookDelivery';

export { type DeliveryInput, type DeliveryRequest, type DeliveryResult, postDelivery, signMocoBody } from './webhookDelivery';

type SimRouteHandler = (ctx: SimRouteContext) => SimResponse;

/** The 33 targets MOCO accepts (the OpenAPI description's web hook target enum). */
export const MOCO_WEBHOOK_TARGETS = (
	'Activity Comment Company Contact Contract Deal Expense Invoice Invoice::Approval Invoice::BookkeepingExport ' +
	'Invoice::Payment InvoiceDraft InvoiceReminder Offer PlanningEntry Presence Project Project::PaymentSchedule ' +
	'ProjectGroup Purchase Purchase::Approval Purchase::BookkeepingExport Purchase::Draft Purchase::Order ' +
	'Purchase::Payment RecurringExpense Schedule Task User User::HolidayRequest User::AbsenceRequest ' +
	'User::PeriodLockOverride User::WorkTimeAdjustment'
).split(' ');
export const MOCO_WEBHOOK_EVENTS = ['create', 'update', 'delete'];

/** The events MOCO sends for a target: bookkeeping exports send create and delete only (97 pairs in all). */
export function webhookEventsOf(target: string): string[] {
	return target.endsWith('::BookkeepingExport') ? ['create', 'delete'] : MOCO_WEBHOOK_EVENTS;
}

export interface SimWebHook {
	id: number;
	target: string;
	event: string;
	hook: string;
	disabled: boolean;
	disabled_at: string | null;
	created_at: string;
	updated_at: string;
}

/** What the simulator needs to offer; the table-driven engine provides the same two methods. */
export interface WebhookHost {
	host: string;
	route(method: string, pattern: RegExp, handler: SimRouteHandler): void;
	onChange(listener: (change: SimChange) => void): () => void;
}

export interface WebhookOptions {
	/** The account's 32-hex secret; derived from the host when unset. */
	secret?: string;
	now?: () => number;
	/** Sends a delivery; a real HTTP POST (fetch) by default. */
	send?: (request: DeliveryRequest) => Promise<{ status: number; body: string }>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function json(status: number, data: unknown): SimResponse {
	return { status, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(data) };
}

export class MocoWebhooks {
	hooks: SimWebHook[] = [];
	readonly secret: string;
	/** Every delivery sent, in order, with n8n's answer. */
	readonly deliveries: DeliveryResult[] = [];
	private readonly now: () => number;
	private readonly send: NonNullable<WebhookOptions['send']>;
	private readonly pending = new Set<Promise<unknown>>();
	private nextId = 1;

	constructor(private readonly sim: WebhookHost, options: WebhookOptions = {}) {
		this.secret = options.secret ?? createHash('md5').update(`webhooks:${sim.host}`).digest('hex');
		this.now = options.now ?? Date.now;
		this.send = options.send ?? postDelivery;
		const one = (suffix = '') => new RegExp(`^/account/web_hooks/([^/]+)${suffix}$`);
		// find() throws MOCO's 404 answer; this hands it back as the response.
		const route = (method: string, pattern: RegExp, handler: SimRouteHandler) =>
			sim.route(method, pattern, (ctx) => {
				try {
					return handler(ctx);
				} catch (error) {
					const response = (error as { response?: SimResponse }).response;
					if (response) return response;
					throw error;
				}
			});
		route('GET', /^\/account\/web_hooks$/, ({ req }) => json(200, this.list(req.query)));
		route('POST', /^\/account\/web_hooks$/, ({ body }) => this.create(body));
		route('GET', one(), ({ params }) => json(200, this.find(params[0])));
		route('PUT', one(), ({ params, body }) => this.update(params[0], body));
		route('DELETE', one(), ({ params }) => this.remove(params[0]));
		route('PUT', one('/disable'), ({ params }) => this.setDisabled(params[0], true));
		route('PUT', one('/enable'), ({ params }) => this.setDisabled(params[0], false));
		sim.onChange((change) => this.deliverChange(change));
	}

	/** A hook as MOCO would hold it, without an API request (for test set-up). */
	addHook(partial: Partial<SimWebHook> & Pick<SimWebHook, 'target' | 'event' | 'hook'>): SimWebHook {
		const stamp = new Date(this.now()).toISOString();
		const hook: SimWebHook = { id: this.nextId++, disabled: false, disabled_at: null, created_at: stamp, updated_at: stamp, ...partial };
		this.hooks.push(hook);
		return hook;
	}

	/** The request MOCO would send for one delivery to `url` (signed with the account's secret unless told otherwise). */
	buildDelivery(url: string, input: DeliveryInput): DeliveryRequest {
		const body = input.body ?? JSON.stringify(input.record ?? {});
		const signature = input.signature === undefined ? signMocoBody(input.secret ?? this.secret, body) : input.signature;
		const headers: Record<string, string> = {
			'content-type': 'application/json',
			'x-moco-target': input.target,
			'x-moco-event': input.event,
			'x-moco-timestamp': String(input.timestamp ?? this.now()),
			'x-moco-user-id': String(input.userId ?? 1),
			'x-moco-account-url': `https://${this.sim.host}`,
			'x-moco-origin': input.origin ?? '',
		};
		if (signature !== null) headers['x-moco-signature'] = signature;
		return { url, headers, body };
	}

	/** Sends one delivery, genuine or forged, to any URL and records n8n's answer. */
	async deliver(url: string, input: DeliveryInput): Promise<DeliveryResult> {
		const request = this.buildDelivery(url, input);
		const { status, body } = await this.send(request);
		const result = { ...request, status, response: body };
		this.deliveries.push(result);
		return result;
	}

	/** Waits for the deliveries record changes have started. */
	async flush(): Promise<void> {
		while (this.pending.size) await Promise.allSettled([...this.pending]);
	}

	// ---- what MOCO does on a change ---------------------------------------------------------------

	private deliverChange(change: SimChange): void {
		for (const hook of this.hooks) {
			if (hook.disabled || hook.target !== change.target || hook.event !== change.event) continue;
			// Every change in the simulator comes through its API; a deleted record is sent as its ID only.
			const input: DeliveryInput = { target: change.target, event: change.event, record: deliveryPayload(change), userId: change.userId, origin: 'api' };
			const sending = this.deliver(hook.hook, input)
				// A refused connection is a failed delivery, as at MOCO; the tests read `deliveries`.
				.catch((error: unknown) => this.deliveries.push({ ...this.buildDelivery(hook.hook, input), status: 0, response: String(error) }))
				.finally(() => this.pending.delete(sending));
			this.pending.add(sending);
		}
	}

	// ---- the endpoints ---------------------------------------------------------------------------

	private find(id: string): SimWebHook {
		const hook = /^\d+$/.test(id) ? this.hooks.find((h) => h.id === Number(id)) : undefined;
		if (!hook) throw Object.assign(new Error('not found'), { response: json(404, { message: 'Resource not found' }) });
		return hook;
	}

	/** The list's filters: `ids` (a comma list) and `updated_after`. */
	private list(query: Record<string, string>): SimWebHook[] {
		const ids = query.ids ? query.ids.split(',').map(Number) : undefined;
		const after = query.updated_after ? Date.parse(query.updated_after) : undefined;
		return this.hooks.filter((hook) => (!ids || ids.includes(hook.id)) && (after === undefined || Date.parse(hook.updated_at) > after));
	}

	private create(body: Record<string, unknown>): SimResponse {
		const errors: Record<string, string[]> = {};
		const { target, event, hook } = body;
		if (typeof target !== 'string' || target === '') errors.target = ["can't be blank"];
		else if (!MOCO_WEBHOOK_TARGETS.includes(target)) errors.target = ['is not included in the list'];
		if (typeof event !== 'string' || event === '') errors.event = ["can't be blank"];
		else if (!(typeof target === 'string' && MOCO_WEBHOOK_TARGETS.includes(target) ? webhookEventsOf(target) : MOCO_WEBHOOK_EVENTS).includes(event)) {
			errors.event = ['is not included in the list'];
		}
		if (typeof hook !== 'string' || hook === '') errors.hook = ["can't be blank"];
		else if (!URL.canParse(hook)) errors.hook = ['is invalid'];
		if (Object.keys(errors).length) return json(422, errors);
		return json(200, this.addHook({ target: target as string, event: event as string, hook: hook as string }));
	}

	/** Only `hook` can be changed. */
	private update(id: string, body: Record<string, unknown>): SimResponse {
		const hook = this.find(id);
		if ('hook' in body) {
			if (typeof body.hook !== 'string' || !URL.canParse(body.hook)) return json(422, { hook: ['is invalid'] });
			hook.hook = body.hook;
			hook.updated_at = new Date(this.now()).toISOString();
		}
		return json(200, hook);
	}

	private remove(id: string): SimResponse {
		const hook = this.find(id);
		this.hooks = this.hooks.filter((h) => h !== hook);
		return { status: 204, headers: {}, body: '' };
	}

	private setDisabled(id: string, disabled: boolean): SimResponse {
		const hook = this.find(id);
		const stamp = new Date(this.now()).toISOString();
		hook.disabled = disabled;
		hook.disabled_at = disabled ? stamp : null;
		hook.updated_at = stamp;
		return json(200, hook);
	}
}

/** Adds MOCO's webhooks to a simulator. */
export function attachWebhooks(sim: WebhookHost, options?: WebhookOptions): MocoWebhooks {
	return new MocoWebhooks(sim, options);
}
