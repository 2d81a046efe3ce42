/** The queue-mode suite's workflow and its readings of n8n: a worker's health, an execution's end and output. */
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { N8N_DIR } from '../scripts/lib/provision.cjs';

export const TRIGGER = "When clicking 'Execute workflow'";

/** One workflow: Manual Trigger -> 100 items (Edit Fields + Split Out) -> MOCO User > Update. */
export function updateWorkflow(name: string, credentialId: string, users: Array<{ id: number; unit_id: number; info: string }>) {
	const node = (id: string, nodeName: string, type: string, typeVersion: number, x: number, parameters: Record<string, unknown>) => ({
		id,
		name: nodeName,
		type,
		typeVersion,
		position: [x, 0],
		parameters,
	});
	return {
		name,
		nodes: [
			node('a1', TRIGGER, 'n8n-nodes-base.manualTrigger', 1, 0, {}),
			node('a2', 'People', 'n8n-nodes-base.set', 3.4, 200, { mode: 'raw', jsonOutput: JSON.stringify({ users }) }),
			node('a3', 'One item each', 'n8n-nodes-base.splitOut', 1, 400, { fieldToSplitOut: 'users' }),
			{
				...node('a4', 'MOCO', fx.NODE_TYPE, 1, 600, {
					resource: 'user',
					operation: 'update',
					userId: fx.userIdParameter('={{ $json.id }}'),
					unitId: '={{ $json.unit_id }}',
					updateFields: { info: '={{ $json.info }}' },
				}),
				credentials: { [fx.CREDENTIAL_TYPE]: { id: credentialId, name: 'MOCO sandbox' } },
			},
		],
		connections: {
			[TRIGGER]: { main: [[{ node: 'People', type: 'main', index: 0 }]] },
			People: { main: [[{ node: 'One item each', type: 'main', index: 0 }]] },
			'One item each': { main: [[{ node: 'MOCO', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
	};
}

export async function waitForHealth(url: string, proc: n8n.N8nProcess, timeoutMs = 90_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (proc.child.exitCode !== null) throw new Error(`worker exited before it was ready:\n${proc.output().slice(-4000)}`);
		const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
			(res) => res.ok,
			() => false,
		);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`worker not ready after ${timeoutMs} ms:\n${proc.output().slice(-4000)}`);
}

/** n8n's execution record; `data` is in n8n's `flatted` format. */
export async function finished(rest: n8n.N8nRest, id: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const execution = await rest.ok('GET', `/rest/executions/${id}`);
		if (execution.finished || ['success', 'error', 'crashed', 'canceled'].includes(execution.status)) return execution;
		await new Promise((r) => setTimeout(r, 1000));
	}
	throw new Error(`execution ${id} did not finish within ${timeoutMs} ms`);
}

export function outputOf(execution: { data: string }) {
	// n8n's own copy of flatted: the format is n8n's, so is the parser.
	const { parse } = require(path.join(N8N_DIR, 'node_modules', 'flatted')) as { parse(text: string): any };
	const data = parse(execution.data);
	const run = data.resultData.runData.MOCO?.[0];
	return { items: (run?.data?.main?.[0] ?? []) as Array<{ json: Record<string, unknown>; error?: unknown }>, error: data.resultData.error };
}
