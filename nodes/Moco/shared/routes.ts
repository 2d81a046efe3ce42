import type { IExecuteSingleFunctions, IHttpRequestMethods, INodeExecutionData, INodePropertyOptions, PostReceiveAction } from 'n8n-workflow';

import { checkLimit, collectPages } from './lists';
import { paramOf as recordParam } from './locator';
import { prepare, type ResourceSpec, type Step } from './pipeline';
import { param } from './scope';

// ---- what comes back -------------------------------------------------------------------------------

/** Delete answers 204 without a body; n8n's convention is one item saying so. */
export async function deletedOutput(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { deleted: true } }];
}

export function simplifyOutput(spec: ResourceSpec): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!spec.simplify || !param.call(this, 'simplify', true)) return items;
		const { pick } = spec.simplify;
		return items.map((item) => ({ ...item, json: pick(item.json) }));
	};
}

// ---- operations ---------------------------------------------------------------------------------------

type Routing = NonNullable<INodePropertyOptions['routing']>;

const request = (method: IHttpRequestMethods, url: string) => ({ method, url });
const own = (spec: ResourceSpec, suffix = '') => `${spec.record.path}/:${recordParam(spec.record)}${suffix}`;

/** The routing of the standard operations, and of an action on one record (`/archive`). */
export const routes = {
	create: (spec: ResourceSpec): Routing => ({
		request: request('POST', spec.record.path),
		send: { preSend: [prepare(spec, { form: 'create' })] },
		output: { postReceive: [simplifyOutput(spec)] },
	}),
	get: (spec: ResourceSpec): Routing => ({
		request: request('GET', own(spec)),
		send: { preSend: [prepare(spec)] },
		output: { postReceive: [simplifyOutput(spec)] },
	}),
	getAll: (spec: ResourceSpec, url = spec.record.path): Routing => ({
		request: request('GET', url),
		send: { preSend: [prepare(spec, { form: 'filters' }), checkLimit] },
		output: { postReceive: [collectPages, simplifyOutput(spec)] },
	}),
	update: (spec: ResourceSpec): Routing => ({
		request: request('PUT', own(spec)),
		send: { preSend: [prepare(spec, { form: 'update' })] },
		output: { postReceive: [simplifyOutput(spec)] },
	}),
	delete: (spec: ResourceSpec): Routing => ({
		request: request('DELETE', own(spec)),
		send: { preSend: [prepare(spec)] },
		output: { postReceive: [deletedOutput] },
	}),
	/** An action on one record, e.g. PUT /projects/{id}/archive, with the step's own fields. */
	action: (spec: ResourceSpec, method: IHttpRequestMethods, suffix: string, step: Step = {}, output?: PostReceiveAction[]): Routing => ({
		request: request(method, own(spec, suffix)),
		send: { preSend: [prepare(spec, step)] },
		output: { postReceive: output ?? [simplifyOutput(spec)] },
	}),
	/** A request on the collection (no record picked), e.g. POST /activities/disregard. */
	collection: (spec: ResourceSpec, method: IHttpRequestMethods, url: string, step: Step = {}, output?: PostReceiveAction[]): Routing => ({
		request: request(method, url),
		send: { preSend: [prepare(spec, step)] },
		...(output ? { output: { postReceive: output } } : {}),
	}),
};
