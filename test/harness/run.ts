import {
	DirectoryLoader,
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type INode,
	type IConnections,
	type INodeCredentialTestResult,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type IWorkflowSettings,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { Moco } from '../../nodes/Moco/Moco.node';
import { areaNodeTypes } from '../../nodes/Moco/areaNodes';
import type { MocoAreaNode } from '../../nodes/Moco/nodeVersion';
import { resources } from '../../nodes/Moco/resources';
import { SCOPED_SINCE, scopedName } from '../../nodes/Moco/shared/scope';
import { MocoTrigger } from '../../nodes/MocoTrigger/MocoTrigger.node';
import { TestCredentialsHelper, credentialTypes } from './credentials';

export const TEST_CREDENTIALS = { subdomain: 'acme', apiKey: 'test-key' };

/** Emits the items the test hands it: the stand-in for whatever node feeds MOCO in a workflow. */
class TestItems implements INodeType {
	description = {
		displayName: 'Test Items',
		name: 'testItems',
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Test Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[]' },
			{ displayName: 'Files', name: 'files', type: 'json', default: '[]' },
		],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		const files = JSON.parse(this.getNodeParameter('files', 0, '[]') as string) as Array<Record<string, EncodedFile> | null>;
		return [
			await Promise.all(
				items.map(async (json, index) => {
					const binary: INodeExecutionData['binary'] = {};
					for (const [field, file] of Object.entries(files[index] ?? {})) {
						binary[field] = await this.helpers.prepareBinaryData(Buffer.from(file.base64, 'base64'), file.fileName, file.mimeType);
					}
					return Object.keys(binary).length > 0 ? { json, binary } : { json };
				}),
			),
		];
	}
}

export const moco = new Moco();
// What n8n's loader adds to every declarative node's version ("Request Options").
for (const version of Object.values(moco.nodeVersions)) DirectoryLoader.applyDeclarativeNodeOptionParameters(version);
/** The MOCO node of one version, as n8n-core gets it for a saved node. */
export const mocoOf = (version: number): INodeType => moco.getNodeType(version);
/** Version 1.1's layout (plain names, the resources of version 1). */
export const mocoV1 = mocoOf(1.1);

export const mocoTrigger = new MocoTrigger();

/** The node of each of MOCO's areas, by its type's name (`mocoTime`), as n8n's loader prepares it. */
export const areaNodes: Record<string, MocoAreaNode> = Object.fromEntries(
	areaNodeTypes.map((Type) => {
		const node = new Type();
		DirectoryLoader.applyDeclarativeNodeOptionParameters(node);
		return [node.description.name, node];
	}),
);
/** The area node holding a resource. */
export const areaNodeOf = (resource: string): string => {
	const { area } = resources.find((candidate) => candidate.option.value === resource) ?? {};
	return Object.keys(areaNodes).find((name) => areaNodes[name].area === area) as string;
};

/** Node types other harness files add (tool.ts: the AI Agent's stand-in and the derived MOCO tool), by `type` or `type@version`. */
export const moreNodeTypes = new Map<string, INodeType>();
const byName = (type: string, version?: number): INodeType =>
	moreNodeTypes.get(`${type}@${version}`) ??
	moreNodeTypes.get(type) ??
	areaNodes[type.replace('n8n-nodes-moco.', '')] ??
	(type === 'testItems' ? new TestItems() : type === 'n8n-nodes-moco.mocoTrigger' ? mocoTrigger : mocoOf(version ?? 1));

export const nodeTypes: INodeTypes = {
	getByName: (type) => byName(type),
	getByNameAndVersion: byName,
	getKnownTypes: () => ({}),
};

let executions = 0;

/** What n8n hands every context: credentials, base URLs, hooks. */
export function additionalData(credentials: ICredentialDataDecryptedObject, hooks?: ExecutionLifecycleHooks) {
	return {
		executionId: `test-execution-${++executions}`,
		credentialsHelper: new TestCredentialsHelper({ mocoApi: credentials }),
		hooks,
		executeWorkflow: async () => {
			throw new Error('not supported in tests');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		startRunnerTask: async () => {
			throw new Error('not supported in tests');
		},
		logAiEvent: () => {},
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678',
		formBaseUrl: 'http://localhost:5678/form',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		formTestBaseUrl: 'http://localhost:5678/form-test',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		mcpBaseUrl: 'http://localhost:5678/mcp',
		mcpTestBaseUrl: 'http://localhost:5678/mcp-test',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** A workflow node of this package, version 1, using the test MOCO credential. */
export function packageNode(node: Pick<INode, 'id' | 'name' | 'type' | 'position' | 'parameters'> & Partial<INode>): INode {
	return { typeVersion: 1, credentials: { mocoApi: { id: '1', name: 'MOCO account' } }, ...node };
}

/** Tests name parameters plainly; from version 2 the node stores them under its resource's names. */
export function storedParameters(parameters: INodeParameters, typeVersion: number): INodeParameters {
	if (typeVersion < SCOPED_SINCE) return parameters;
	const resource = String(parameters.resource ?? 'user');
	return Object.fromEntries(Object.entries(parameters).map(([name, value]) => [scopedName(resource, name), value]));
}

export function mocoNode(parameters: INodeParameters, continueOnFail: boolean, typeVersion = 1, nodeType = 'moco'): INode {
	return packageNode({
		id: 'moco',
		name: 'MOCO',
		type: `n8n-nodes-moco.${nodeType}`,
		typeVersion,
		position: [200, 0],
		parameters: storedParameters(parameters, typeVersion),
		...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
	});
}

/** A file an input item carries, as n8n stores it: bytes (base64 here), name and type. */
interface EncodedFile {
	base64: string;
	fileName?: string;
	mimeType?: string;
}

/** A file for an input item's binary field. */
export interface InputFile {
	data: Buffer;
	fileName?: string;
	mimeType?: string;
}

export interface RunOptions {
	parameters: INodeParameters;
	/** Input items; one empty item by default. */
	items?: IDataObject[];
	/** Files per input item, by binary field name (`[{ data: { data: bytes, fileName } }]`). */
	files?: Array<Record<string, InputFile> | null>;
	credentials?: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	/** The node's version as saved in the workflow: 1 (the first layout) unless given; 2 for an area node. */
	typeVersion?: number;
	/** An area's node (`mocoTime`) in place of the MOCO node. */
	nodeType?: string;
}

export interface RunResult {
	/** What the MOCO node output (error items included). */
	items: INodeExecutionData[];
	/** The node's error when the run failed (a plain copy: match on message, httpCode, name). */
	error?: { message: string; description?: string; httpCode?: string; name?: string; context?: IDataObject };
	/** Absent when n8n refused to start the run. */
	run?: IRun;
}

/** Runs Test Items -> MOCO through WorkflowExecute, as n8n runs a manual execution. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	const run = await runWorkflow(
		[testItemsNode(options.items ?? [{}], options.files), mocoNode(options.parameters, options.continueOnFail ?? false, options.typeVersion ?? (options.nodeType ? 2 : 1), options.nodeType)],
		{ 'Test Items': { main: [[{ node: 'MOCO', type: 'main', index: 0 }]] } },
		options.credentials,
	);
	// n8n refuses a workflow with node issues (a required field left empty) before the node runs.
	if ('refused' in run) return { items: [], error: run.refused as RunResult['error'] };
	const task = run.data.resultData.runData.MOCO?.[0];
	const error = (task?.error ?? run.data.resultData.error) as RunResult['error'];
	return { items: task?.data?.main?.[0] ?? [], error, run };
}

export function testItemsNode(items: IDataObject[], files: RunOptions['files'] = []): INode {
	const encoded = files.map((byField) =>
		byField ? Object.fromEntries(Object.entries(byField).map(([field, file]) => [field, { base64: file.data.toString('base64'), fileName: file.fileName, mimeType: file.mimeType }])) : null,
	);
	return { id: 'items', name: 'Test Items', type: 'testItems', typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(items), files: JSON.stringify(encoded) } };
}

/** Runs a workflow from its Test Items node (whatever its name) through WorkflowExecute, as n8n runs a manual execution. */
export async function runWorkflow(
	nodes: INode[],
	connections: IConnections,
	credentials: ICredentialDataDecryptedObject = TEST_CREDENTIALS,
	settings?: IWorkflowSettings,
	/** false: as inside a production webhook request (the MCP Server Trigger's tool calls), before any execution exists. */
	withExecutionId = true,
): Promise<IRun | { refused: unknown }> {
	const workflow = new Workflow({ id: 'test', name: 'MOCO test', nodes, connections, active: false, nodeTypes, settings });
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test',
		name: 'MOCO test',
		nodes,
		connections: workflow.connectionsBySourceNode,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	try {
		const data = additionalData(credentials, hooks);
		if (!withExecutionId) delete data.executionId;
		return await new WorkflowExecute(data, 'manual').run({ workflow, startNode: workflow.getNode(nodes.find((node) => node.type === 'testItems')!.name)! });
	} catch (caught) {
		return { refused: caught };
	}
}

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

export type { NodeParameterValueType };
