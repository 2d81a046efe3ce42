/**
 * Runs the MOCO Trigger the way n8n's CLI does (WebhookService.runWebhookMethod / runWebhook):
 * webhook methods in a real HookContext, deliveries in a real WebhookContext, the answer decided
 * as n8n's webhook-helpers decide it for responseMode "onReceived".
 */
import { HookContext, WebhookContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type IWebhookData,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { TEST_CREDENTIALS, additionalData, mocoTrigger, nodeTypes, packageNode } from './run';

/** The sandbox account's secret in tests (32 hex characters, as MOCO shows it). */
export const TEST_WEBHOOK_SECRET = '0123456789abcdef0123456789abcdef';
export const TRIGGER_CREDENTIALS = { ...TEST_CREDENTIALS, webhookSecret: TEST_WEBHOOK_SECRET };

export interface Delivery {
	headers: Record<string, string>;
	/** The raw body exactly as sent (the signature covers these bytes). */
	body: string;
}

export interface DeliveryAnswer {
	status: number;
	body: unknown;
	/** The trigger's output when it started an execution. */
	items?: INodeExecutionData[];
}

/** Express's response, as far as a webhook function uses it. */
class CapturedResponse {
	statusCode = 200;
	body: unknown;
	headersSent = false;

	status(code: number): this {
		this.statusCode = code;
		return this;
	}

	json(body: unknown): this {
		return this.send(body);
	}

	send(body: unknown): this {
		this.body = body;
		this.headersSent = true;
		return this;
	}

	end(): this {
		this.headersSent = true;
		return this;
	}

	setHeader(): this {
		return this;
	}
}

/** One workflow with one MOCO Trigger; its static data lives as long as this object, as in n8n's database. */
export class TriggerHarness {
	readonly staticData: IDataObject = {};
	private parameters: INodeParameters;

	constructor(
		parameters: INodeParameters,
		private credentials: ICredentialDataDecryptedObject = TRIGGER_CREDENTIALS,
		readonly webhookId = '5b1f2a6e-8d4c-4e1a-9f3b-7c2d1e0a9b8c',
	) {
		this.parameters = parameters;
	}

	/** Saving the node with other parameters (say, another event ticked) keeps its static data. */
	setParameters(parameters: INodeParameters): void {
		this.parameters = parameters;
	}

	setCredentials(credentials: ICredentialDataDecryptedObject): void {
		this.credentials = credentials;
	}

	private node(): INode {
		return packageNode({
			id: 'trigger',
			name: 'MOCO Trigger',
			type: 'n8n-nodes-moco.mocoTrigger',
			position: [0, 0],
			webhookId: this.webhookId,
			parameters: this.parameters,
		});
	}

	private workflow(node: INode): Workflow {
		return new Workflow({
			id: 'trigger-test',
			name: 'MOCO Trigger test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData: this.staticData,
		});
	}

	private webhookData(workflow: Workflow, node: INode): IWebhookData {
		const webhookDescription = mocoTrigger.description.webhooks![0];
		return {
			httpMethod: 'POST',
			node: node.name,
			path: NodeHelpers.getNodeWebhookPath(workflow.id, node, String(webhookDescription.path)),
			webhookDescription,
			workflowId: workflow.id,
			workflowExecuteAdditionalData: additionalData(this.credentials),
			webhookId: this.webhookId,
		};
	}

	/** n8n's production URL for this node, as MOCO must be told. */
	get url(): string {
		return `http://localhost:5678/webhook/${this.webhookId}/webhook`;
	}

	/** One webhook method in a HookContext, as WebhookService.runWebhookMethod runs it. */
	async runMethod(method: 'checkExists' | 'create' | 'delete'): Promise<boolean> {
		const node = this.node();
		const workflow = this.workflow(node);
		const data = this.webhookData(workflow, node);
		const mode = method === 'delete' ? 'internal' : 'trigger';
		const context = new HookContext(workflow, node, data.workflowExecuteAdditionalData, mode, method === 'delete' ? 'update' : 'activate', data);
		const result = await mocoTrigger.webhookMethods.default[method].call(context);
		// n8n saves the static data after (de)activation; the observable object marks it changed.
		Object.assign(this.staticData, JSON.parse(JSON.stringify(workflow.staticData)));
		for (const key of Object.keys(this.staticData)) if (!(key in workflow.staticData)) delete this.staticData[key];
		return result;
	}

	/** Activation: createWebhookIfNotExists (checkExists, then create when it says false). */
	async activate(): Promise<void> {
		if (!(await this.runMethod('checkExists'))) await this.runMethod('create');
	}

	async deactivate(): Promise<boolean> {
		return await this.runMethod('delete');
	}

	/** One POST to the production URL, through the node's webhook function in a WebhookContext. */
	async deliver(delivery: Delivery): Promise<DeliveryAnswer> {
		const node = this.node();
		const workflow = this.workflow(node);
		const response = new CapturedResponse();
		const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k.toLowerCase(), v]));
		let body: unknown = {};
		try {
			body = delivery.body === '' ? {} : JSON.parse(delivery.body);
		} catch {
			// n8n answers 422 before the node runs; no test sends that.
		}
		const request = { method: 'POST', headers, body, rawBody: Buffer.from(delivery.body, 'utf8'), params: {}, query: {} };
		const data = { ...additionalData(this.credentials), httpRequest: request, httpResponse: response } as never;
		const webhookData = this.webhookData(workflow, node);
		const context = new WebhookContext(workflow, node, data, 'webhook', webhookData, [], null);
		const result: IWebhookResponseData = await mocoTrigger.webhook.call(context);
		if (result.noWebhookResponse) return { status: response.statusCode, body: response.body };
		if (result.workflowData === undefined) return { status: 200, body: result.webhookResponse ?? { message: 'Webhook call received' } };
		// responseMode onReceived: 200 at once, the execution starts with the trigger's items.
		return { status: 200, body: { message: 'Workflow was started' }, items: result.workflowData[0] };
	}
}
