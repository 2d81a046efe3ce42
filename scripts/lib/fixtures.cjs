'use strict';
// The "MOCO sandbox" credential and the example workflows, as `n8n import:*` files.
// Shared by `npm start -- --sandbox` and the e2e tests, so the tests prove what newcomers get.
const fs = require('node:fs');
const path = require('node:path');

const { invoiceWorkflow, INVOICE_WORKFLOW_ID, BILLING_PERIOD } = require('./invoice-example.cjs');
const { IDS_SALES, salesWorkflows } = require('./sales-examples.cjs');
const { PURCHASE_WORKFLOW_ID, purchaseWorkflow } = require('./purchase-example.cjs');
const { IDS_ACCOUNT, accountWorkflows } = require('./account-examples.cjs');
const { NODE_TYPE, TRIGGER_TYPE, PACKAGE_NODE_TYPES, CREDENTIAL_TYPE, CREDENTIAL_ID, isActionNode, manualWorkflow, mocoStep } = require('./workflow-kit.cjs');

// The simulator signs its webhook deliveries with this account secret (test/simulator/webhooks.ts).
const SANDBOX = { subdomain: 'acme', apiKey: 'test-key', webhookSecret: '5ad0b0c1e2f3a4b5c6d7e8f90a1b2c3d' };
// Seeded in the simulator (test/simulator/seed.ts): Zoë Ångström, and the team "Marketing".
const EXAMPLE = { userId: '933590159', unitId: 909147865 };
const IDS = {
	credential: CREDENTIAL_ID,
	workflow: 'mocoSetUserTeam1',
	triggerWorkflow: 'mocoUserChanged1',
	teamByName: 'mocoTeamByName11',
	teamByNameV1: 'mocoTeamByName10',
	logTime: 'mocoLogTimeTkt01',
	projectReport: 'mocoProjReport01',
	invoiceProject: INVOICE_WORKFLOW_ID,
	...IDS_SALES,
	purchase: PURCHASE_WORKFLOW_ID,
	...IDS_ACCOUNT,
};
/**
 * The ticket "Log time from a ticket" books, as a ticket system would hand it over: Łukasz's 1.5
 * hours on the Website-Relaunch (P-2024-001), task Entwicklung (seeded in the simulator).
 */
const TICKET = {
	key: 'HL-142',
	summary: 'Kontaktformular angebunden',
	url: 'https://jira.example/browse/HL-142',
	assignee: 'lukasz.nowak@acme.example',
	project: 'P-2024-001',
	task: 'Entwicklung',
	day: '2026-01-06',
	timeSpent: '1:30',
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
	return manualWorkflow({ id, name, firstNode: 1, steps: [mocoStep(parameters, typeVersion)], credentialId, credentialName });
}

/** The MOCO node of "Log time from a ticket": Activity > Create from the ticket's fields. */
const LOG_TIME_PARAMETERS = {
	resource: 'activity',
	operation: 'create',
	date: '={{ $json.day }}',
	projectId: { __rl: true, mode: 'identifier', value: '={{ $json.project }}' },
	taskId: { __rl: true, mode: 'name', value: '={{ $json.task }}' },
	duration: '={{ $json.timeSpent }}',
	description: '={{ $json.key }}: {{ $json.summary }}',
	additionalFields: {
		remoteService: 'jira',
		remoteId: '={{ $json.key }}',
		remoteUrl: '={{ $json.url }}',
		onBehalfOf: { __rl: true, mode: 'email', value: '={{ $json.assignee }}' },
	},
};

/**
 * "Log time from a ticket": a ticket (here a Set node standing in for Jira, GitHub or a help desk)
 * becomes a MOCO time entry on its project and task, for the ticket's assignee, linked back to it.
 */
function logTimeWorkflow() {
	const assignments = Object.entries(TICKET).map(([field, value], index) => ({ id: `7c1e0f2a-0000-4000-8000-00000000000${index}`, name: field, value, type: 'string' }));
	return manualWorkflow({
		id: IDS.logTime,
		name: 'Log time from a ticket',
		firstNode: 201,
		steps: [
			{ name: 'Ticket', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { assignments: { assignments }, options: {} } },
			mocoStep(LOG_TIME_PARAMETERS),
		],
	});
}

/** The MOCO node of "Get a project's report": the Website-Relaunch, picked by its number. */
const PROJECT_REPORT_PARAMETERS = { resource: 'project', operation: 'getReport', projectId: { __rl: true, mode: 'identifier', value: 'P-2024-001' } };

/** "Get a project's report": budget, hours and costs of one project, as MOCO's report has them. */
function projectReportWorkflow() {
	return manualWorkflow({
		id: IDS.projectReport,
		name: "Get a project's report",
		firstNode: 301,
		steps: [mocoStep(PROJECT_REPORT_PARAMETERS)],
	});
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

/** The example workflows run by hand that `npm start -- --sandbox` imports, in the banner's order. */
function sandboxWorkflows() {
	return [workflow(), teamByNameWorkflow(), logTimeWorkflow(), projectReportWorkflow(), invoiceWorkflow(), ...salesWorkflows(), purchaseWorkflow(), ...accountWorkflows()];
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
	PACKAGE_NODE_TYPES,
	isActionNode,
	CREDENTIAL_TYPE,
	SANDBOX,
	EXAMPLE,
	IDS,
	credential,
	manualWorkflow,
	mocoStep,
	userIdParameter,
	workflow,
	teamByNameWorkflow,
	triggerWorkflow,
	TICKET,
	LOG_TIME_PARAMETERS,
	logTimeWorkflow,
	PROJECT_REPORT_PARAMETERS,
	projectReportWorkflow,
	BILLING_PERIOD,
	invoiceWorkflow,
	sandboxWorkflows,
	writeJson,
};
