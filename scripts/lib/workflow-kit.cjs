'use strict';
// The pieces every example workflow is made of: node types, the sandbox credential's ID, a workflow
// run by hand. Shared by fixtures.cjs and the examples that have a file of their own.
const { PACKAGE_NAME } = require('./n8n.cjs');

const NODE_TYPE = `${PACKAGE_NAME}.moco`;
const TRIGGER_TYPE = `${PACKAGE_NAME}.mocoTrigger`;
/** Every node type of the package, in package.json's order (dist/nodes/Moco/MocoTime.node.js is mocoTime). */
const PACKAGE_NODE_TYPES = require('../../package.json').n8n.nodes.map((file) => {
	const name = file.split('/').pop().replace('.node.js', '');
	return `${PACKAGE_NAME}.${name[0].toLowerCase()}${name.slice(1)}`;
});
/**
 * The node of MOCO's area holding each resource the examples use (nodes/Moco/resources: `area`;
 * test/scripts/examples.test.ts checks these against the nodes).
 */
const AREA_NODE = {
	activity: 'mocoTime',
	project: 'mocoProjects', projectExpense: 'mocoProjects', recurringExpense: 'mocoProjects', paymentSchedule: 'mocoProjects',
	company: 'mocoCustomers', deal: 'mocoCustomers', offer: 'mocoCustomers', offerConfirmation: 'mocoCustomers', tagging: 'mocoCustomers',
	invoice: 'mocoInvoicing',
	purchase: 'mocoPurchasing', purchaseDraft: 'mocoPurchasing',
	user: 'mocoStaff',
	catalogServiceItem: 'mocoAccount', report: 'mocoAccount',
};
/** The node an example step of `typeVersion` is: from version 2 its area's node (the MOCO node is hidden from the panel). */
function stepType(resource, typeVersion) {
	if (typeVersion < 2) return NODE_TYPE;
	if (!AREA_NODE[resource]) throw new Error(`workflow-kit: no area node known for the resource ${resource}`);
	return `${PACKAGE_NAME}.${AREA_NODE[resource]}`;
}
/** Whether a workflow node is one of this package's action nodes (MOCO or an area's). */
const isActionNode = (node) => node.type.startsWith(`${PACKAGE_NAME}.`) && node.type !== TRIGGER_TYPE;
const CREDENTIAL_TYPE = 'mocoApi';
const CREDENTIAL_ID = 'mocoSandboxCred1';
const MANUAL_TRIGGER = "When clicking 'Execute workflow'";

const MANUAL_TRIGGER_NODE = { name: MANUAL_TRIGGER, type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} };

/**
 * A workflow run by hand: Manual Trigger (or the `trigger` given, which n8n's Execute workflow
 * fires once too), then `steps` one after the other (nodes with `credentials: true` use the sandbox
 * credential). Node IDs count up from `firstNode`, so every import is the same.
 */
function manualWorkflow({ id, name, firstNode, steps, trigger = MANUAL_TRIGGER_NODE, credentialId = CREDENTIAL_ID, credentialName = 'MOCO sandbox' }) {
	const names = [trigger.name, ...steps.map((step) => step.name)];
	const nodes = [trigger, ...steps].map(
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

/** Parameters every resource shares (a tool node's description too): never stored under a resource's name. */
const SHARED_PARAMETERS = new Set(['resource', 'operation', 'requestOptions', 'descriptionType', 'toolDescription']);
/** From version 2 the node keeps a resource's parameters under `<resource>_<name>` (nodes/Moco/shared/scope.ts). */
const stored = (parameters, typeVersion) =>
	typeVersion < 2 ? parameters : Object.fromEntries(Object.entries(parameters).map(([key, value]) => [SHARED_PARAMETERS.has(key) ? key : `${parameters.resource}_${key}`, value]));

/** The AI tool n8n derives from the node of a resource's area (`n8n-nodes-moco.mocoStaffTool`). */
const toolType = (resource) => `${stepType(resource, 2)}Tool`;

/** A MOCO action node in a workflow, with the sandbox credential, parameters named plainly. */
const mocoStep = (parameters, typeVersion = 1.1, name = 'MOCO') => ({ name, type: stepType(parameters.resource, typeVersion), typeVersion, parameters: stored(parameters, typeVersion), credentials: true });

/** A record picker's value in its By ID mode, or another mode (`identifier`, `name`, `email`, `title`). */
const pick = (value, mode = 'id') => ({ __rl: true, mode, value });

/** An Edit Fields (Set) node holding `values`: the stand-in for whatever hands the data over (a ticket, a sheet, an email). */
function setStep(name, values, idPrefix) {
	const type = (value) => (typeof value === 'number' ? 'number' : 'string');
	const assignments = Object.entries(values).map(([field, value], index) => ({ id: `${idPrefix}-0000-4000-8000-${String(index).padStart(12, '0')}`, name: field, value, type: type(value) }));
	return { name, type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { assignments: { assignments }, options: {} } };
}

module.exports = { NODE_TYPE, TRIGGER_TYPE, PACKAGE_NODE_TYPES, isActionNode, stored, toolType, CREDENTIAL_TYPE, CREDENTIAL_ID, MANUAL_TRIGGER, manualWorkflow, mocoStep, pick, setStep };
