import type {
	EngineRequest,
	EngineResponse,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	ITaskData,
} from 'n8n-workflow';

import { RoutingNode } from 'n8n-core';

import { areaNodes, mocoOf, mocoV1, mocoNode, moreNodeTypes, runWorkflow, testItemsNode } from './run';

/**
 * The MOCO node as an AI Agent's tool, run the way n8n 2.x runs one: the Agent node returns an
 * engine request for the tool node, WorkflowExecute runs that node (type `<type>Tool`, arguments
 * in its ai_tool input, `$fromAI` read from them) and resumes the Agent with the node's task data.
 */
export const TOOL_TYPE = 'n8n-nodes-moco.mocoTool';

/**
 * What n8n's loader derives from a node marked usableAsTool (the CLI's convertNodeToAiTool), with
 * the `execute` the CLI gives a declarative node (its shouldAssignExecuteMethod): the MCP Server
 * Trigger's tool calls go through it.
 */
function derivedTool(nodeType: INodeType): INodeType {
	const description = {
		...nodeType.description,
		name: `${nodeType.description.name}Tool`,
		displayName: `${nodeType.description.displayName} Tool`,
		inputs: [],
		outputs: ['ai_tool'],
		usableAsTool: undefined,
	} as INodeType['description'];
	async function execute(this: IExecuteFunctions) {
		return (await new RoutingNode(this as unknown as ConstructorParameters<typeof RoutingNode>[0], tool).runNode()) ?? [];
	}
	const tool = Object.create(nodeType, { description: { value: description }, execute: { value: execute } }) as INodeType;
	return tool;
}

/** The tool result the Agent puts in front of the model: the items' json, or only the error's message. */
export function observation(task: ITaskData | undefined): string {
	const json = task?.data?.ai_tool?.[0]?.map((item) => item?.json);
	if (json && json.length > 0) return JSON.stringify(json);
	if (task?.error) return JSON.stringify({ error: task.error.message, errorType: task.error.name });
	return JSON.stringify('');
}

/** Stands in for the AI Agent: one tool call with the arguments a model would send, then its result. */
class TestAgent implements INodeType {
	description = {
		displayName: 'Test Agent',
		name: 'testAgent',
		group: ['transform'],
		version: 1,
		description: 'Calls the MOCO tool once',
		defaults: { name: 'Agent' },
		inputs: ['main', 'ai_tool'],
		outputs: ['main'],
		properties: [{ displayName: 'Arguments', name: 'args', type: 'json', default: '{}' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions, response?: EngineResponse): Promise<INodeExecutionData[][] | EngineRequest> {
		const answer = response?.actionResponses?.[0];
		if (answer === undefined) {
			const input = JSON.parse(this.getNodeParameter('args', 0) as string) as IDataObject;
			return {
				actions: [{ actionType: 'ExecutionNodeAction', nodeName: 'MOCO', input, type: 'ai_tool', id: 'call_1', metadata: { itemIndex: 0 } }],
				metadata: {},
			};
		}
		return [[{ json: { observation: observation(answer.data) } }]];
	}
}

moreNodeTypes.set(TOOL_TYPE, derivedTool(mocoV1));
moreNodeTypes.set(`${TOOL_TYPE}@2`, derivedTool(mocoOf(2)));
for (const [name, node] of Object.entries(areaNodes)) moreNodeTypes.set(`n8n-nodes-moco.${name}Tool`, derivedTool(node));
moreNodeTypes.set('testAgent', new TestAgent());

export interface ToolRunResult {
	/** The JSON text the model reads back from the tool. */
	observation: string;
	/** The MOCO tool's task: its ai_tool output, or its error (a plain copy). */
	task?: ITaskData;
	run?: IRun;
	refused?: unknown;
}

/**
 * Runs the MOCO node as an AI Agent's tool. `parameters` hold `$fromAI()` placeholders as the
 * editor writes them; `args` is what the model sends for them.
 */
export async function runAsTool(options: {
	parameters: INodeParameters;
	args: IDataObject;
	credentials?: ICredentialDataDecryptedObject;
	typeVersion?: number;
	/** An area's node (`mocoStaff`) as the tool, in place of the MOCO node. */
	nodeType?: string;
}): Promise<ToolRunResult> {
	const run = await runWorkflow(
		[
			testItemsNode([{ chatInput: 'a question for the agent' }]),
			{ id: 'agent', name: 'Agent', type: 'testAgent', typeVersion: 1, position: [200, 0], parameters: { args: JSON.stringify(options.args) } },
			options.nodeType
				? { ...mocoNode(options.parameters, false, options.typeVersion ?? 2, options.nodeType), type: `n8n-nodes-moco.${options.nodeType}Tool` }
				: { ...mocoNode(options.parameters, false, options.typeVersion), type: TOOL_TYPE },
		],
		{
			'Test Items': { main: [[{ node: 'Agent', type: 'main', index: 0 }]] },
			MOCO: { ai_tool: [[{ node: 'Agent', type: 'ai_tool', index: 0 }]] },
		},
		options.credentials,
		// What the editor gives every new workflow; the Agent's resume order depends on it.
		{ executionOrder: 'v1' },
	);
	if ('refused' in run) return { observation: '', refused: run.refused };
	const agent = run.data.resultData.runData.Agent?.at(-1)?.data?.main?.[0]?.[0]?.json;
	return { observation: String(agent?.observation ?? ''), task: run.data.resultData.runData.MOCO?.[0], run };
}

/** A parameter value as the editor's "let the model define this parameter" button writes it. */
export function fromAI(key: string, description = '', type: 'string' | 'number' | 'boolean' | 'json' = 'string'): string {
	return `={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`${description}\`, '${type}') }}`;
}
