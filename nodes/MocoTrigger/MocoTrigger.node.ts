import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { rateLimitClock } from '../Moco/shared/rateLimit';
import { mocoApiRequest, mocoApiRequestAllItems } from '../Moco/shared/transport';
import { deliveryItem, deliveryOrigin, header, validSignature } from './delivery';
import { EVENT_OPTIONS, eventValue, parseEventValue } from './events';

/** A MOCO web hook as GET /account/web_hooks lists it. */
interface MocoWebHook {
	id: number;
	target: string;
	event: string;
	hook: string;
	disabled: boolean;
}

/** What the node keeps in its static data: the hooks it registered, to delete exactly those. */
interface RegisteredHook {
	id: number;
	target: string;
	event: string;
}

const HOOKS_PATH = '/account/web_hooks';

function selectedEvents(context: IHookFunctions | IWebhookFunctions): string[] {
	return context.getNodeParameter('events', []) as string[];
}

function registeredHooks(context: IHookFunctions): RegisteredHook[] {
	const data = context.getWorkflowStaticData('node');
	return Array.isArray(data.mocoWebHooks) ? (data.mocoWebHooks as unknown as RegisteredHook[]) : [];
}

function saveRegisteredHooks(context: IHookFunctions, hooks: RegisteredHook[]): void {
	const data = context.getWorkflowStaticData('node');
	if (hooks.length === 0) delete data.mocoWebHooks;
	else data.mocoWebHooks = hooks as unknown as IDataObject[];
}

/** True when the hook is gone from MOCO (deleted now, or already); false when MOCO refused. */
async function removeHook(context: IHookFunctions, id: number): Promise<boolean> {
	try {
		await mocoApiRequest.call(context, 'DELETE', `${HOOKS_PATH}/${id}`);
		return true;
	} catch (error) {
		return (error as { httpCode?: unknown }).httpCode === '404';
	}
}

/**
 * Brings MOCO's hooks in line with the selection: one enabled hook per selected event pointing at
 * this node's URL (re-enabling one MOCO disabled), and none left from events no longer selected.
 * With `register` false (checkExists) nothing is created; the answer says whether all were there.
 */
async function reconcile(context: IHookFunctions, register: boolean): Promise<boolean> {
	const url = context.getNodeWebhookUrl('default') as string;
	const wanted = new Set(selectedEvents(context));
	const existing = (await mocoApiRequestAllItems.call(context, HOOKS_PATH)) as unknown as MocoWebHook[];
	const mine = registeredHooks(context);
	const kept: RegisteredHook[] = [];

	// Hooks this node registered for events now deselected would only bring deliveries it ignores;
	// one MOCO refuses to delete stays recorded, for deactivation to try again.
	for (const hook of mine) {
		if (wanted.has(eventValue(hook.target, hook.event))) continue;
		if (!(await removeHook(context, hook.id))) kept.push(hook);
	}

	let complete = true;
	for (const value of wanted) {
		const { target, event } = parseEventValue(value);
		// A hook with this node's own URL can only have been made for this node: reuse it.
		const match = existing.find((hook) => hook.target === target && hook.event === event && hook.hook === url);
		if (match) {
			if (match.disabled) await mocoApiRequest.call(context, 'PUT', `${HOOKS_PATH}/${match.id}/enable`);
			kept.push({ id: match.id, target, event });
		} else if (register) {
			const created = await mocoApiRequest.call(context, 'POST', HOOKS_PATH, {}, { target, event, hook: url });
			kept.push({ id: (created.body as MocoWebHook).id, target, event });
		} else {
			complete = false;
		}
	}
	saveRegisteredHooks(context, kept);
	return complete;
}

export class MocoTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'MOCO Trigger',
		name: 'mocoTrigger',
		icon: { light: 'file:../Moco/moco.svg', dark: 'file:../Moco/moco.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ $parameter["events"].length + " event(s)" }}',
		// Its own entry in n8n's nodes panel beside the nodes of MOCO's areas.
		description: 'Starts the workflow when records are created, updated or deleted in MOCO',
		defaults: { name: 'MOCO Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mocoApi', required: true }],
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [],
				options: EVENT_OPTIONS,
				description:
					'The MOCO events that start this workflow. Activating the workflow registers one MOCO webhook per event; deactivating removes them.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Ignore Deliveries Older Than (Minutes)',
						name: 'maxAgeMinutes',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 60,
						description:
							'Deliveries whose MOCO timestamp is older are answered but start nothing. MOCO retries failed deliveries later, so with this set a delivery retried after an outage is lost.',
					},
					{
						displayName: 'Ignore Changes Made Through the API',
						name: 'ignoreApiChanges',
						type: 'boolean',
						default: false,
						description:
							"Whether to answer deliveries MOCO marks as caused through its API (X-Moco-Origin: api) without starting the workflow, so a workflow that writes to MOCO does not trigger itself in a loop. This also ignores every change made by other API clients: other workflows, integrations and scripts, with any API key.",
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await reconcile(this, false);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await reconcile(this, true);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				const left: RegisteredHook[] = [];
				for (const hook of registeredHooks(this)) {
					// One MOCO refused to delete is kept, to try again on the next deactivation.
					if (!(await removeHook(this, hook.id))) left.push(hook);
				}
				saveRegisteredHooks(this, left);
				return left.length === 0;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject();
		const headers = this.getHeaderData() as IDataObject;
		const credentials = await this.getCredentials('mocoApi');
		const secret = typeof credentials.webhookSecret === 'string' ? credentials.webhookSecret.trim() : '';
		const signature = header(headers, 'x-moco-signature');
		const rawBody = (request as { rawBody?: Buffer }).rawBody;

		if (secret === '' || signature === undefined || rawBody === undefined || !validSignature(rawBody, secret, signature)) {
			if (secret === '') {
				this.logger.warn('MOCO Trigger refused a delivery: the MOCO credential has no Webhook Secret', {
					node: this.getNode().name,
				});
			}
			this.getResponseObject().status(401).json({ message: 'Missing or invalid X-Moco-Signature' });
			return { noWebhookResponse: true };
		}

		const target = header(headers, 'x-moco-target') ?? '';
		const event = header(headers, 'x-moco-event') ?? '';
		if (!selectedEvents(this).includes(eventValue(target, event))) {
			return { webhookResponse: { message: `Not a selected event (${target} ${event}): nothing started` } };
		}

		const millis = Number(header(headers, 'x-moco-timestamp'));
		const sentAt = Number.isFinite(millis) && millis > 0 ? new Date(millis) : undefined;
		const { maxAgeMinutes, ignoreApiChanges } = this.getNodeParameter('options', {}) as { maxAgeMinutes?: number; ignoreApiChanges?: boolean };
		if (maxAgeMinutes !== undefined && maxAgeMinutes > 0) {
			const tooOld = sentAt === undefined || rateLimitClock().now() - sentAt.getTime() > maxAgeMinutes * 60_000;
			if (tooOld) return { webhookResponse: { message: `Delivery older than ${maxAgeMinutes} minutes: nothing started` } };
		}
		if (ignoreApiChanges === true && deliveryOrigin(headers) === 'api') {
			return { webhookResponse: { message: "Change made through MOCO's API: nothing started" } };
		}

		const item = deliveryItem(this.getBodyData(), headers, event, target, sentAt);
		return { workflowData: [this.helpers.returnJsonArray(item)] };
	}
}
