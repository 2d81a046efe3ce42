'use strict';
// The pieces every example workflow is made of: node types, the sandbox credential's ID, a workflow
// run by hand. Shared by fixtures.cjs and the examples that have a file of their own.
const { PACKAGE_NAME } = require('./n8n.cjs');

const NODE_TYPE = `${PACKAGE_NAME}.moco`;
const TRIGGER_TYPE = `${PACKAGE_NAME}.mocoTrigger`;
const CREDENTIAL_TYPE = 'mocoApi';
const CREDENTIAL_ID = 'mocoSandboxCred1';
const MANUAL_TRIGGER = "When clicking 'Execute workflow'";

/**
 * A workflow run by hand: Manual Trigger, then `steps` one after the other (nodes with `credentials:
 * true` use the sandbox credential). Node IDs count up from `firstNode`, so every import is the same.
 */
function manualWorkflow({ id, name, firstNode, steps, credentialId = CREDENTIAL_ID, credentialName = 'MOCO sandbox' }) {
	const names = [MANUAL_TRIGGER, ...steps.map((step) => step.name)];
	const nodes = [{ name: MANUAL_TRIGGER, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} }, ...steps].map(
		({ credentials, ...node }, index) => ({
			id: `3f0c1d52-7a51-4d0e-9a5e-2b1b7c1d${String(firstNode + index).padStart(4, '0')}`,
			...node,
			position: [index * 240, 0],
			...(credentials ? { credentials: { [CREDENTIAL_TYPE]: { id: credentialId, name: credentialName } } } : {}),
		}),
	);
	const connections = Object.fromEntries(names.slice(0, -1).map((from, index) => [from, { main: [[{ node: names[index + 1], type: 'main', index: 0 }]] }]));
	return { id, name, active: false, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** A MOCO node in a workflow: the action node with the sandbox credential. */
const mocoStep = (parameters, typeVersion = 1.1, name = 'MOCO') => ({ name, type: NODE_TYPE, typeVersion, parameters, credentials: true });

module.exports = { NODE_TYPE, TRIGGER_TYPE, CREDENTIAL_TYPE, CREDENTIAL_ID, MANUAL_TRIGGER, manualWorkflow, mocoStep };
