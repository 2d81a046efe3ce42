import type { IConnections, IDataObject, INode, INodeExecutionData, IRun, IRunData, IWorkflowSettings } from 'n8n-workflow';

import * as fx from '../../scripts/lib/fixtures.cjs';
import { runWorkflow, TEST_CREDENTIALS, testItemsNode, type RunOptions } from '../harness';
import type { MocoSimulator } from '../simulator';

/**
 * Runs a sandbox example as saved: its MOCO nodes with their stored parameters through n8n-core,
 * against the simulator. Nodes of n8n's own (triggers, Edit Fields, Convert to File) are not in this
 * package's tests: those named in `standIns` are Test Items nodes of the same name that emit what
 * the real node would (so `$('Email')` still resolves); the others are left out.
 */
export interface StandIn {
	items: IDataObject[];
	files?: RunOptions['files'];
}

type Workflow = Record<string, any>;

export const mocoNodeOf = (workflow: Workflow) => workflow.nodes.find(fx.isActionNode);
export const nodeNamed = (workflow: Workflow, name: string) => workflow.nodes.find((node: { name: string }) => node.name === name);
/** "METHOD url" of every request the simulator answered. */
export const callsOf = (sim: MocoSimulator) => sim.requests.map((request) => `${request.method} ${request.url}`);

/** What an Edit Fields (Set) node of an example holds, field by field. */
export function setValues(workflow: Workflow, name: string): IDataObject {
	return Object.fromEntries(nodeNamed(workflow, name).parameters.assignments.assignments.map((field: { name: string; value: unknown }) => [field.name, field.value]));
}

export async function runExample(workflow: Workflow, standIns: Record<string, StandIn> = { [workflow.nodes[0].name]: { items: [{}] } }, settings?: IWorkflowSettings) {
	const nodes: INode[] = workflow.nodes
		.filter((node: INode) => fx.isActionNode(node) || node.name in standIns)
		.map((node: INode) => (node.name in standIns ? { ...testItemsNode(standIns[node.name].items, standIns[node.name].files), name: node.name } : node));
	const kept = new Set(nodes.map((node) => node.name));
	const connections: IConnections = Object.fromEntries(
		Object.entries(workflow.connections as IConnections)
			.filter(([from]) => kept.has(from))
			.map(([from, { main }]) => [from, { main: main.map((targets) => (targets ?? []).filter((target) => kept.has(target.node))) }]),
	);
	const run = await runWorkflow(nodes, connections, TEST_CREDENTIALS, settings);
	if ('refused' in run) throw run.refused;
	const { runData, error } = (run as IRun).data.resultData;
	return { runData, error, output: (name: string) => outputOf(runData, name) };
}

/** The items a node of the run output. */
export function outputOf(runData: IRunData, name: string): INodeExecutionData[] {
	return runData[name]?.[0]?.data?.main?.[0] ?? [];
}
