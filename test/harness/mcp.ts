import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeParameters, INodeType, IRun } from 'n8n-workflow';
import { nodeNameToToolName } from 'n8n-workflow';

import { mocoNode, moreNodeTypes, runWorkflow, testItemsNode } from './run';
import { TOOL_TYPE } from './tool';

/**
 * The MOCO node as a tool served by n8n's MCP Server Trigger, run the way n8n 2.x runs one: the
 * trigger gets its tools from n8n-core (getInputConnectionData: createNodeAsTool, each call a
 * fresh tool context running the node's execute) and invokes them one after the other inside its
 * webhook request, where no execution exists yet (no execution ID). A failed call becomes the
 * text the trigger sends back: the error's class and message.
 */
interface McpToolCall {
	name: string;
	args: IDataObject;
}
export interface McpCallResult {
	text: string;
	isError: boolean;
}

/** Between two calls: what changes in MOCO meanwhile (someone adds a task, say). */
let between: (callIndex: number) => void = () => {};

class TestMcpServer implements INodeType {
	description = {
		displayName: 'Test MCP Server',
		name: 'testMcpServer',
		group: ['trigger'],
		version: 1,
		description: 'Calls the MOCO tools as an MCP client asks',
		defaults: { name: 'MCP Server' },
		inputs: ['main', 'ai_tool'],
		outputs: ['main'],
		properties: [{ displayName: 'Calls', name: 'calls', type: 'json', default: '[]' }],
	} as unknown as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const calls = JSON.parse(this.getNodeParameter('calls', 0) as string) as McpToolCall[];
		const tools = (await this.getInputConnectionData('ai_tool', 0)) as Array<{ name: string; invoke(args: IDataObject): Promise<unknown> }>;
		const results: McpCallResult[] = [];
		for (const [index, call] of calls.entries()) {
			if (index > 0) between(index);
			const tool = tools.find((candidate) => candidate.name === call.name);
			try {
				if (!tool) throw new Error(`Tool not found: ${call.name}`);
				const result = await tool.invoke(call.args);
				results.push({ text: typeof result === 'string' ? result : JSON.stringify(result), isError: false });
			} catch (error) {
				const { name, message } = error as Error;
				results.push({ text: `${name}: ${message}`, isError: true });
			}
		}
		return [results.map((result) => ({ json: { ...result } }))];
	}
}

moreNodeTypes.set('testMcpServer', new TestMcpServer());

/** Serves MOCO tool nodes (name, parameters with `$fromAI`) and makes the calls an MCP client sends. */
export async function runAsMcpTools(options: {
	tools: Array<{ name: string; parameters: INodeParameters; typeVersion?: number }>;
	calls: McpToolCall[];
	between?: (callIndex: number) => void;
}): Promise<{ results: McpCallResult[]; run?: IRun; refused?: unknown }> {
	between = options.between ?? (() => {});
	const tools = options.tools.map((tool, index) => ({
		...mocoNode(tool.parameters, false, tool.typeVersion),
		id: `moco-tool-${index}`,
		name: tool.name,
		type: TOOL_TYPE,
		position: [200 * index, 200] as [number, number],
	}));
	const run = await runWorkflow(
		[
			testItemsNode([{}]),
			{ id: 'mcp', name: 'MCP Server', type: 'testMcpServer', typeVersion: 1, position: [200, 0], parameters: { calls: JSON.stringify(options.calls) } },
			...tools,
		],
		{
			'Test Items': { main: [[{ node: 'MCP Server', type: 'main', index: 0 }]] },
			...Object.fromEntries(tools.map((tool) => [tool.name, { ai_tool: [[{ node: 'MCP Server', type: 'ai_tool', index: 0 }]] }])),
		},
		undefined,
		{ executionOrder: 'v1' },
		false,
	);
	between = () => {};
	if ('refused' in run) return { results: [], refused: run.refused };
	const output = run.data.resultData.runData['MCP Server']?.[0];
	if (output?.error) throw output.error;
	return { results: (output?.data?.main?.[0] ?? []).map((item) => item.json as unknown as McpCallResult), run };
}

export const mcpToolName = (nodeName: string) => nodeNameToToolName(nodeName);
