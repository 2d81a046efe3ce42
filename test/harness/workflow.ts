import type { ExecutionLifecycleHooks } from 'n8n-core';
import type { ICredentialDataDecryptedObject, INode, INodeParameters, IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { SCOPED_SINCE, scopedName } from '../../nodes/Moco/shared/scope';
import { TestCredentialsHelper } from './credentials';

export const TEST_CREDENTIALS = { subdomain: 'acme', apiKey: 'test-key' };

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
