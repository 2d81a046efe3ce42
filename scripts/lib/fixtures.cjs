'use strict';
// The "MOCO sandbox" credential and the example workflows, as `n8n import:*` files.
// Shared by `npm start -- --sandbox` and the e2e tests, so the tests prove what newcomers get.
const fs = require('node:fs');
const path = require('node:path');

const { PACKAGE_NAME } = require('./n8n.cjs');

const NODE_TYPE = `${PACKAGE_NAME}.moco`;
const TRIGGER_TYPE = `${PACKAGE_NAME}.mocoTrigger`;
const CREDENTIAL_TYPE = 'mocoApi';
// The simulator signs its webhook deliveries with this account secret (test/simulator/webhooks.ts).
const SANDBOX = { subdomain: 'acme', apiKey: 'test-key', webhookSecret: '5ad0b0c1e2f3a4b5c6d7e8f90a1b2c3d' };
// Seeded in the simulator (test/simulator/seed.ts): Zoë Ångström, and the team "Marketing".
const EXAMPLE = { userId: '933590159', unitId: 909147865 };
const IDS = {
	credential: 'mocoSandboxCred1',
	workflow: 'mocoSetUserTeam1',
	triggerWorkflow: 'mocoUserChanged1',
	teamByName: 'mocoTeamByName11',
	teamByNameV1: 'mocoTeamByName10',
};

/** The User parameter, a resource locator, in its By ID mode. */
function userIdParameter(id) {
	return { __rl: true, mode: 'id', value: id };
}

function credential({
	id = IDS.credential,
	name = 'MOCO sandbox',
	subdomain = SANDBOX.subdomain,
	apiKey = SANDBOX.apiKey,
	webhookSecret = SANDBOX.webhookSecret,
} = {}) {
	// Plain `data`: `n8n import:credentials` encrypts it with the instance's key.
	return { id, name, type: CREDENTIAL_TYPE, data: { subdomain, apiKey, webhookSecret } };
}

function workflow({
	id = IDS.workflow,
	name = "Set a user's team",
	credentialId = IDS.credential,
	credentialName = 'MOCO sandbox',
	userId = EXAMPLE.userId,
	unitId = EXAMPLE.unitId,
	typeVersion = 1,
	parameters = { resource: 'user', operation: 'update', userId: userIdParameter(userId), unitId },
} = {}) {
	const trigger = "When clicking 'Execute workflow'";
	return {
		id,
		name,
		active: false,
		nodes: [
			{
				id: '3f0c1d52-7a51-4d0e-9a5e-2b1b7c1d0001',
				name: trigger,
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '3f0c1d52-7a51-4d0e-9a5e-2b1b7c1d0002',
				name: 'MOCO',
				type: NODE_TYPE,
				typeVersion,
				position: [240, 0],
				parameters,
				credentials: { [CREDENTIAL_TYPE]: { id: credentialId, name: credentialName } },
			},
		],
		connections: { [trigger]: { main: [[{ node: 'MOCO', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

/**
 * "Set a user's team by name": the team written as an expression, `{{ "Sales" }}`, as the README
 * suggests. Node version 1.1 takes it in the Team picker's By Name mode. Version 1 only has the
 * dropdown, where the editor marks the name "not supported" (kept to show that difference).
 */
function teamByNameWorkflow({ typeVersion = 1.1, ...options } = {}) {
	const team = '={{ "Sales" }}';
	const userId = userIdParameter(EXAMPLE.userId);
	const latest = typeVersion >= 1.1;
	return workflow({
		id: latest ? IDS.teamByName : IDS.teamByNameV1,
		name: latest ? "Set a user's team by name" : "Set a user's team by name (node version 1)",
		typeVersion,
		parameters: latest
			? { resource: 'user', operation: 'update', userId, updateFields: { unitId: { __rl: true, mode: 'name', value: team } } }
			: { resource: 'user', operation: 'update', userId, unitId: team },
		...options,
	});
}

/** "When a user changes in MOCO": the MOCO Trigger on User created/updated/deleted, inactive until published. */
function triggerWorkflow({
	id = IDS.triggerWorkflow,
	name = 'When a user changes in MOCO',
	credentialId = IDS.credential,
	credentialName = 'MOCO sandbox',
	events = ['User.create', 'User.update', 'User.delete'],
	webhookId = '0d5e8a34-6c1b-4f7a-9e2d-5b8c3a1f0e77',
} = {}) {
	return {
		id,
		name,
		active: false,
		nodes: [
			{
				id: '3f0c1d52-7a51-4d0e-9a5e-2b1b7c1d0101',
				name: 'MOCO Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters: { events },
				credentials: { [CREDENTIAL_TYPE]: { id: credentialId, name: credentialName } },
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

function writeJson(dir, name, value) {
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, name);
	fs.writeFileSync(file, JSON.stringify(value, null, 2));
	return file;
}

module.exports = {
	NODE_TYPE,
	TRIGGER_TYPE,
	CREDENTIAL_TYPE,
	SANDBOX,
	EXAMPLE,
	IDS,
	credential,
	userIdParameter,
	workflow,
	teamByNameWorkflow,
	triggerWorkflow,
	writeJson,
};
