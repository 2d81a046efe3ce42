'use strict';
// MOCO as a tool of n8n's AI Agent, with a scripted model instead of a real one (fake-model.cjs):
// the workflow, its OpenAI credential and the model's script. Shared by `npm start -- --sandbox`
// and the e2e test, so the test proves what newcomers watch.
const { CREDENTIAL_TYPE, IDS } = require('./fixtures.cjs');
const { stored, toolType } = require('./workflow-kit.cjs');

const IDS_AGENT = { credential: 'mocoSandboxLlm01', workflow: 'mocoAgentMove001' };
const PROMPT = 'Move zoe.angstrom@acme.example to the Sales team.';

/** A parameter value as the editor's "let the model define this parameter" button writes it. */
function fromAI(key, description, type = 'string') {
	return `={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`${description}\`, '${type}') }}`;
}

// The tools are MOCO Staff nodes (version 2), as a user adds them now: Team is a record picker, and
// the model's team name goes into its By Name mode (the ✨ button writes the same).
const MOCO_NODE_VERSION = 2;

/** The MOCO tools, keyed by their node names: the tool names the model sees, spaces as `_`. */
const TOOLS = {
	update: {
		name: 'Update a user in MOCO',
		parameters: {
			resource: 'user',
			operation: 'update',
			userId: { __rl: true, mode: 'email', value: fromAI('User_Email', 'Email address of the MOCO user') },
			updateFields: { unitId: { __rl: true, mode: 'name', value: fromAI('Team', 'Name of the MOCO team, e.g. Sales') } },
		},
	},
	getMany: {
		name: 'Get many users in MOCO',
		parameters: {
			resource: 'user',
			operation: 'getAll',
			returnAll: false,
			limit: fromAI('Limit', 'How many users to return at most (1-100)', 'number'),
		},
	},
};
const toolName = (nodeName) => nodeName.replace(/[^a-zA-Z0-9_-]+/g, '_');

/** The openAiApi credential pointing at the scripted model. */
function llmCredential(baseUrl) {
	return {
		id: IDS_AGENT.credential,
		name: 'Scripted model (sandbox)',
		type: 'openAiApi',
		data: { apiKey: 'sk-sandbox-not-a-real-key', url: baseUrl },
	};
}

function agentWorkflow({ id = IDS_AGENT.workflow, name = 'Ask an AI agent to move a user (scripted model)', prompt = PROMPT } = {}) {
	const trigger = "When clicking 'Execute workflow'";
	const node = (suffix, extra) => ({ id: `7c1e5b2a-4f7d-4b8e-9a61-0d5e3f2a00${suffix}`, typeVersion: 1, ...extra });
	const mocoTool = (suffix, tool, position) =>
		node(suffix, {
			name: tool.name,
			type: toolType(tool.parameters.resource),
			typeVersion: MOCO_NODE_VERSION,
			position,
			parameters: stored(tool.parameters, MOCO_NODE_VERSION),
			credentials: { [CREDENTIAL_TYPE]: { id: IDS.credential, name: 'MOCO sandbox' } },
		});
	return {
		id,
		name,
		active: false,
		nodes: [
			node('01', { name: trigger, type: 'n8n-nodes-base.manualTrigger', position: [0, 0], parameters: {} }),
			node('02', {
				name: 'AI Agent',
				type: '@n8n/n8n-nodes-langchain.agent',
				typeVersion: 3.1,
				position: [240, 0],
				parameters: { promptType: 'define', text: prompt, options: {} },
			}),
			node('03', {
				name: 'Scripted model',
				type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
				typeVersion: 1.3,
				position: [160, 220],
				parameters: { model: { __rl: true, mode: 'list', value: 'gpt-4o-mini' }, responsesApiEnabled: false, options: {} },
				credentials: { openAiApi: { id: IDS_AGENT.credential, name: 'Scripted model (sandbox)' } },
			}),
			mocoTool('04', TOOLS.update, [320, 220]),
			mocoTool('05', TOOLS.getMany, [480, 220]),
		],
		connections: {
			[trigger]: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
			'Scripted model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
			[TOOLS.update.name]: { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
			[TOOLS.getMany.name]: { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		pinData: {},
	};
}

// ---- the scripted model ----------------------------------------------------------------------

const text = (content) => (typeof content === 'string' ? content : (content ?? []).map((part) => part.text ?? '').join(''));
const HELP =
	'I am a scripted model for the MOCO sandbox, not a real one. Ask me: "Move <email> to the <team> team." or "What is the email address of <first name> <last name>?"';

/**
 * The model's next answer: reads the prompt and the tool results so far, calls the MOCO tools as
 * a real model would, and retries once when a tool result says "Did you mean".
 */
function mocoAgentScript(body) {
	const messages = body.messages ?? [];
	const prompt = text(messages.find((m) => m.role === 'user')?.content).trim();
	const results = messages.filter((m) => m.role === 'tool').map((m) => text(m.content));
	const last = results.at(-1);
	const call = (tool, args) => ({ toolCalls: [{ name: toolName(tool.name), arguments: args }] });

	const move = /^move\s+(\S+@\S+?)\s+to\s+(?:the\s+)?(?:team\s+)?"?(.+?)"?(?:\s+team)?\s*[.!]?$/i.exec(prompt);
	if (move) {
		const [, email, team] = move;
		if (last === undefined) return call(TOOLS.update, { User_Email: email, Team: team });
		// One retry, with the first name MOCO's answer suggests.
		const suggestion = /Did you mean \\?"([^"\\]+)\\?"/.exec(results[0]);
		if (suggestion && results.length === 1) return call(TOOLS.update, { User_Email: email, Team: suggestion[1] });
		const [user] = JSON.parse(last);
		if (user?.error) return { text: `I could not do that. MOCO says: ${user.error}` };
		const asked = suggestion ? suggestion[1] : team;
		return { text: `Done: ${user.firstname} ${user.lastname} is now in the ${asked} team (team ID ${user.unit_id}).` };
	}

	const lookup = /email address of\s+(.+?)\s*\??$/i.exec(prompt);
	if (lookup) {
		if (last === undefined) return call(TOOLS.getMany, { Limit: 100 });
		const users = JSON.parse(last);
		const wanted = lookup[1].toLowerCase();
		const found = Array.isArray(users) ? users.find((u) => `${u.firstname} ${u.lastname}`.toLowerCase() === wanted) : undefined;
		return { text: found ? `${found.firstname} ${found.lastname}'s email address is ${found.email}.` : `MOCO has no user named ${lookup[1]}.` };
	}
	return { text: HELP };
}

module.exports = { IDS_AGENT, PROMPT, MOCO_NODE_VERSION, TOOLS, fromAI, toolName, llmCredential, agentWorkflow, mocoAgentScript };
