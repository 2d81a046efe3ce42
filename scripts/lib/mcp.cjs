'use strict';
// MOCO for AI assistants outside n8n: n8n's MCP Server Trigger serving MOCO tool nodes. Shared by
// `npm start -- --sandbox` and the e2e test, so the test proves what newcomers connect to.
const { CREDENTIAL_TYPE, IDS, TICKET } = require('./fixtures.cjs');
const { MOCO_NODE_VERSION, fromAI } = require('./agent.cjs');
const { stored, toolType } = require('./workflow-kit.cjs');

const IDS_MCP = { workflow: 'mocoMcpServer001', credential: 'mocoMcpBearer001' };
/** The trigger's Path: the production URL is <n8n>/mcp/moco (N8N_ENDPOINT_MCP is `mcp` by default). */
const MCP_PATH = 'moco';
/** The sandbox's bearer token for MCP clients: local and throw-away, like the sandbox's API key. */
const MCP_TOKEN = 'moco-sandbox-mcp-token';
const MCP_TRIGGER_VERSION = 2.1;

/**
 * The tools an assistant gets, keyed by node name (its tool name is the name with `_` for spaces).
 * Each description says what the tool does and what its arguments look like: an MCP client shows
 * the model nothing else of the node.
 */
const MCP_TOOLS = [
	{
		name: 'Get many projects in MOCO',
		description:
			"Lists MOCO projects (also archived ones) whose name, number or customer's name contains the search text: ID, number (identifier, e.g. P-2024-001), name, customer, leader, budget and dates. Use it to find a project's number before booking time on it.",
		parameters: {
			resource: 'project',
			operation: 'getAll',
			returnAll: false,
			limit: fromAI('Limit', 'How many projects to return at most (1-100)', 'number'),
			filters: { includeArchived: true, term: fromAI('Search', "Text to look for in the project's name, number or customer's name, e.g. Relaunch") },
		},
	},
	{
		name: 'Create an activity in MOCO',
		description:
			'Books time worked in MOCO (a time entry, "activity") for the user of the MOCO API key: on one day, on a task of a project. Give the project by its number and the task by its name; the tool looks both up and says which names exist when one is wrong. Returns the created time entry.',
		parameters: {
			resource: 'activity',
			operation: 'create',
			date: fromAI('Date', 'The day the time was worked, as YYYY-MM-DD, e.g. 2026-01-06'),
			projectId: { __rl: true, mode: 'identifier', value: fromAI('Project_Number', 'The MOCO project number (identifier), e.g. P-2024-001') },
			taskId: { __rl: true, mode: 'name', value: fromAI('Task', 'The name of a task of that project, e.g. Entwicklung') },
			duration: fromAI('Hours', 'Time worked, as hours (1.5) or hours:minutes (1:30)'),
			description: fromAI('Description', 'What was done, one line'),
		},
	},
	{
		name: 'Get many activities in MOCO',
		description:
			'Lists the time entries ("activities") booked in MOCO between two days, both included, by everyone the API key may see: ID, date, hours, description, billable and billed, project, task, customer and user.',
		parameters: {
			resource: 'activity',
			operation: 'getAll',
			returnAll: true,
			filters: {
				from: fromAI('From', 'First day, as YYYY-MM-DD'),
				to: fromAI('To', 'Last day, as YYYY-MM-DD'),
			},
		},
	},
	{
		name: 'Update a user in MOCO',
		description:
			"Moves a MOCO user, given by email address, to another team, given by the team's name. Returns the updated user. It never changes passwords.",
		parameters: {
			resource: 'user',
			operation: 'update',
			userId: { __rl: true, mode: 'email', value: fromAI('User_Email', 'Email address of the MOCO user, e.g. zoe.angstrom@acme.example') },
			updateFields: { unitId: { __rl: true, mode: 'name', value: fromAI('Team', 'Name of the MOCO team, e.g. Sales') } },
		},
	},
];

/** What the trigger's Instructions tell a connecting client (clients may add it to the model's system prompt). */
const INSTRUCTIONS = `MOCO tools of the sandbox account. Book time with "Create an activity in MOCO"; look a project's number up first with "Get many projects in MOCO" when you only know its name. Dates are YYYY-MM-DD. Example: ${TICKET.timeSpent} hours on ${TICKET.project}, task ${TICKET.task}.`;

/** The httpBearerAuth credential MCP clients must present (Authorization: Bearer <token>). */
function bearerCredential(token = MCP_TOKEN) {
	return { id: IDS_MCP.credential, name: 'MCP clients (sandbox)', type: 'httpBearerAuth', data: { token } };
}

/** "MOCO tools for AI assistants (MCP server)": inactive until published, like every trigger workflow. */
function mcpWorkflow({ id = IDS_MCP.workflow, name = 'MOCO tools for AI assistants (MCP server)', credentialId = IDS.credential, bearerId = IDS_MCP.credential } = {}) {
	const node = (suffix, extra) => ({ id: `5b0d6c3e-2f1a-4c8d-9e7b-6a4f2d1c00${suffix}`, ...extra });
	const trigger = node('01', {
		name: 'MCP Server Trigger',
		type: '@n8n/n8n-nodes-langchain.mcpTrigger',
		typeVersion: MCP_TRIGGER_VERSION,
		position: [0, 0],
		webhookId: '8e3c5a71-0d2b-4f6e-a914-3c7d5e2b9f10',
		parameters: { authentication: 'bearerAuth', path: MCP_PATH, instructions: INSTRUCTIONS },
		credentials: { httpBearerAuth: { id: bearerId, name: 'MCP clients (sandbox)' } },
	});
	const tools = MCP_TOOLS.map((tool, index) =>
		node(String(index + 2).padStart(2, '0'), {
			name: tool.name,
			type: toolType(tool.parameters.resource),
			typeVersion: MOCO_NODE_VERSION,
			position: [index * 180 - 180, 220],
			parameters: stored({ descriptionType: 'manual', toolDescription: tool.description, ...tool.parameters }, MOCO_NODE_VERSION),
			credentials: { [CREDENTIAL_TYPE]: { id: credentialId, name: 'MOCO sandbox' } },
		}),
	);
	const connections = Object.fromEntries(MCP_TOOLS.map((tool) => [tool.name, { ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] }]));
	return { id, name, active: false, nodes: [trigger, ...tools], connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

/** The production URL of the trigger on an n8n reachable at `baseUrl`. */
const mcpUrl = (baseUrl) => `${baseUrl.replace(/\/$/, '')}/mcp/${MCP_PATH}`;

module.exports = { IDS_MCP, MCP_PATH, MCP_TOKEN, MCP_TOOLS, INSTRUCTIONS, bearerCredential, mcpWorkflow, mcpUrl };
