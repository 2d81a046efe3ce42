import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type IConnections,
	type INodeExecutionData,
	type INodeParameters,
	type IRun,
	type IWorkflowSettings,
	type NodeParameterValueType,
} from 'n8n-workflow';

import { nodeTypes } from './nodeTypes';
import { TEST_CREDENTIALS, additionalData, mocoNode } from './workflow';

// Split by concern; importers keep using this module (or the harness index) for all of it.
export * from './nodeTypes';
export * from './workflow';
export * from './editor';

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

export type { NodeParameterValueType };
