import { ExecuteContext, LoadOptionsContext, RoutingNode } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type INode,
	type INodeCredentialTestResult,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeType,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { credentialTypes } from './credentials';
import { mocoV1, nodeTypes } from './nodeTypes';
import { TEST_CREDENTIALS, additionalData, mocoNode } from './workflow';

/** Runs a load-options method the way n8n's editor asks for a dropdown. */
export async function loadOptions(
	method: string,
	parameters: INodeParameters = { resource: 'user', operation: 'update' },
	credentials: ICredentialDataDecryptedObject = TEST_CREDENTIALS,
): Promise<INodePropertyOptions[]> {
	const node = mocoNode(parameters, false);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const context = new LoadOptionsContext(workflow, node, additionalData(credentials), 'unitId');
	const methods = mocoV1.methods as unknown as { loadOptions: Record<string, (this: unknown) => Promise<INodePropertyOptions[]>> };
	const fn = methods.loadOptions[method];
	return await fn.call(context);
}

/** Runs a list-search method the way the editor fills a resource locator's From list mode. */
export async function listSearch(
	method: string,
	filter?: string,
	paginationToken?: string,
	credentials: ICredentialDataDecryptedObject = TEST_CREDENTIALS,
	/** The form as the editor holds it right now (a task list needs the project chosen first). */
	parameters: INodeParameters = { resource: 'user', operation: 'update' },
): Promise<INodeListSearchResult> {
	const node = mocoNode(parameters, false);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const data = { ...additionalData(credentials), currentNodeParameters: parameters } as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, data, 'userId');
	const methods = mocoV1.methods as unknown as { listSearch: Record<string, (this: unknown, filter?: string, token?: string) => Promise<INodeListSearchResult>> };
	const fn = methods.listSearch[method];
	return await fn.call(context, filter, paginationToken);
}

/** The credential's test request, run the way n8n's credentials tester runs it. */
export async function testCredential(credentials: ICredentialDataDecryptedObject): Promise<INodeCredentialTestResult> {
	const testRequest = credentialTypes.mocoApi.test!;
	const testNodeType: INodeType = {
		description: {
			...mocoV1.description,
			name: 'noOp',
			credentials: [{ name: 'mocoApi', required: true }],
			requestDefaults: undefined,
			properties: [{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: testRequest.request } }],
		},
	};
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { mocoApi: { id: '1', name: 'MOCO account' } },
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { ...nodeTypes, getByNameAndVersion: () => testNodeType, getByName: () => testNodeType },
	});
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(credentials),
		'internal',
		{ resultData: { runData: {} } } as never,
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	try {
		await new RoutingNode(context, testNodeType, { id: '1', name: 'MOCO account', type: 'mocoApi', data: credentials }).runNode();
	} catch (caught) {
		// The tester's own translation of a failed request (n8n's credentials-tester.service).
		const error = caught as { message: string; cause?: { response?: { status: number; statusText?: string }; code?: string } };
		const status = error.cause?.response?.status;
		if (status !== undefined) {
			const rule = testRequest.rules?.find((r) => r.type === 'responseCode' && r.properties.value === status);
			return { status: 'Error', message: rule ? (rule.properties as { message: string }).message : error.cause?.response?.statusText || `Received HTTP status code: ${status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: error.message };
	}
	return { status: 'OK', message: 'Connection successful!' };
}
