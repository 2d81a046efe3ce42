#!/usr/bin/env node
// `npm start`: this package inside a real n8n on http://localhost:5678.
//
//   npm start                      build, pack, publish to a local registry, start n8n and install
//                                  the package through Settings > Community Nodes' own route
//                                  (user folder ~/.n8n-nodes-moco/default, SQLite)
//   npm start -- --sandbox         the same with the MOCO simulator behind a local proxy, a
//                                  "MOCO sandbox" credential and example workflows, one with an
//                                  AI Agent on a scripted model, one with the MOCO Trigger
//                                  (~/.n8n-nodes-moco/sandbox); the simulator delivers webhooks;
//                                  one serves MOCO tools to AI assistants (MCP Server Trigger)
//   npm start -- --port 5680       another port
//   npm start -- --user-folder D   another n8n user folder (outside this repository)
//
// The first start provisions n8n, Node 24 and Verdaccio into .cache/ (minutes); later starts
// reuse them. Ctrl-C stops n8n (and its task runners), the registry and the simulator.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { provision, ROOT } = require('./lib/provision.cjs');
const n8n = require('./lib/n8n.cjs');
const fx = require('./lib/fixtures.cjs');
const { startRegistry } = require('./lib/registry.cjs');
const agent = require('./lib/agent.cjs');
const mcp = require('./lib/mcp.cjs');
const { startFakeModel } = require('./lib/fake-model.cjs');
const { signInOwner, installThroughCommunityNodes } = require('./lib/owner.cjs');

const log = (msg) => process.stderr.write(`[start] ${msg}\n`);

function parseArgs(argv) {
	const args = { sandbox: false, port: 5678, userFolder: undefined };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--sandbox') args.sandbox = true;
		else if (a === '--port') args.port = Number(argv[++i]);
		else if (a === '--user-folder') args.userFolder = path.resolve(argv[++i]);
		else if (a === '--help' || a === '-h') {
			process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 16).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
			process.exit(0);
		} else {
			log(`unknown option ${a} (try --help)`);
			process.exit(2);
		}
	}
	if (!Number.isInteger(args.port) || args.port < 1 || args.port > 65535) {
		log('--port needs a number between 1 and 65535');
		process.exit(2);
	}
	// Outside the repository: a package installed under it would load the repository's own
	// n8n-workflow (node_modules) instead of n8n's.
	args.userFolder ??= path.join(os.homedir(), '.n8n-nodes-moco', args.sandbox ? 'sandbox' : 'default');
	return args;
}

// Everything started here, stopped in reverse order on Ctrl-C, SIGTERM or a failure.
const cleanups = [];
let stopping;
function stopAll(code) {
	stopping ??= (async () => {
		for (const cleanup of cleanups.reverse()) {
			try {
				await cleanup();
			} catch (err) {
				log(`while stopping: ${err.message}`);
			}
		}
		process.exit(code);
	})();
	return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(signal, () => {
		if (!stopping) log(`${signal}: stopping ...`);
		void stopAll(signal === 'SIGINT' ? 130 : 143);
	});
}

/**
 * The local proxy: n8n's npm reaches the local registry through it (any host but MOCO's, with a
 * certificate minted from a run-time test CA), and with --sandbox MOCO's host reaches the simulator.
 */
async function startProxy(registry, sandboxMode) {
	require('./lib/ts-register.cjs');
	const { startSandbox } = require('../test/simulator/https.ts');
	const proxy = await startSandbox({
		onRequest: ({ method, host, url, status }) => log(`MOCO sandbox: ${method} https://${host}${url} -> ${status}`),
		forwardOtherHosts: { origin: registry.url },
	});
	cleanups.push(() => proxy.close());
	if (!sandboxMode) return { proxy };
	// Signed with the secret the sandbox credential carries, as MOCO signs with the account's.
	const { attachWebhooks, postDelivery } = require('../test/simulator/webhooks.ts');
	attachWebhooks(proxy.simulator, {
		secret: fx.SANDBOX.webhookSecret,
		send: async (request) => {
			const answer = await postDelivery(request);
			log(`MOCO sandbox: delivered ${request.headers['x-moco-target']} ${request.headers['x-moco-event']} to ${request.url} -> ${answer.status}`);
			return answer;
		},
	});
	log(`MOCO simulator ready: https://${fx.SANDBOX.subdomain}.mocoapp.com is answered locally (proxy ${proxy.proxyUrl})`);
	const model = await startFakeModel({
		reply: agent.mocoAgentScript,
		onRequest: ({ method, path: url, body }) => {
			const said = body?.messages?.at(-1);
			log(`scripted model: ${method} ${url}${said ? ` (last message from ${said.role})` : ''}`);
		},
	});
	cleanups.push(() => model.close());
	log(`scripted model ready: ${model.baseUrl} (an OpenAI-compatible stand-in for the AI Agent)`);
	return { proxy, model };
}

async function importSandboxData(env, userFolder, model) {
	const files = [
		['import:credentials', fx.writeJson(userFolder, 'moco-sandbox-credentials.json', [fx.credential(), agent.llmCredential(model.baseUrl), mcp.bearerCredential()])],
		[
			'import:workflow',
			fx.writeJson(userFolder, 'moco-sandbox-workflows.json', [...fx.sandboxWorkflows(), fx.triggerWorkflow(), agent.agentWorkflow(), mcp.mcpWorkflow()]),
		],
	];
	for (const [command, file] of files) {
		log(`n8n ${command} ${path.basename(file)} ...`);
		const result = await n8n.n8nCli([command, `--input=${file}`], env);
		if (result.code !== 0) throw new Error(`n8n ${command} failed:\n${result.stdout}\n${result.stderr}`);
	}
}

// The terminal shows n8n's lines about this package (its install, a failure to load it); everything
// else n8n says (migrations, deprecations, its Python runner) goes to the log file the banner names.
// (The package's name, not a folder named after it: the user folder is ~/.n8n-nodes-moco/.)
const ABOUT_THE_PACKAGE = new RegExp(`${n8n.PACKAGE_NAME}(?![\\w/-])`);

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (await n8n.portInUse(args.port)) {
		throw new Error(`port ${args.port} is already in use (another n8n?). Stop it or use: npm start -- --port <other>`);
	}
	const shadow = n8n.shadowingWorkflowCopy(args.userFolder);
	if (shadow) throw new Error(`n8n would load the node with ${shadow} instead of its own n8n-workflow: choose a --user-folder outside ${path.dirname(path.dirname(shadow))}`);

	log('provisioning n8n and a local registry (cached in .cache/; the first time takes a few minutes) ...');
	await provision({ verdaccio: true });

	log('building and packing the package ...');
	const packDir = fs.mkdtempSync(path.join(ROOT, '.cache', 'pack-'));
	cleanups.push(() => fs.rmSync(packDir, { recursive: true, force: true }));
	const { tarball } = await n8n.packPackage({ build: true, destination: packDir });
	const registry = await startRegistry();
	cleanups.push(() => registry.stop());
	const version = await registry.publish(tarball);
	log(`published ${n8n.PACKAGE_NAME}@${version} to a local registry (${registry.url})`);

	const { proxy, model } = await startProxy(registry, args.sandbox);
	const env = n8n.n8nEnv({
		userFolder: args.userFolder,
		port: args.port,
		brokerPort: await n8n.freePort(),
		// Without --sandbox only npm uses the proxy: the node talks to the real MOCO.
		// With --sandbox the simulator delivers webhooks to n8n's production URL on this address.
		extra: args.sandbox ? { ...proxy.env(), N8N_WEBHOOK_URL: `http://127.0.0.1:${args.port}/` } : proxy.npmEnv(),
	});
	if (args.sandbox) await importSandboxData(env, args.userFolder, model);

	const logFile = path.join(args.userFolder, 'n8n.log');
	fs.mkdirSync(args.userFolder, { recursive: true });
	fs.writeFileSync(logFile, '');
	log(`starting n8n on http://localhost:${args.port} (its log: ${logFile}) ...`);
	const server = n8n.spawnN8n(['start'], env, {
		logFile,
		onLine: (line) => {
			if (ABOUT_THE_PACKAGE.test(line)) process.stdout.write(`${line}\n`);
		},
	});
	cleanups.push(() => server.stop());
	void server.exited.then(({ code, signal }) => {
		if (stopping) return;
		log(`n8n exited on its own (code ${code}, signal ${signal}); its last lines (all of them in ${logFile}):`);
		process.stderr.write(`${server.output().split('\n').slice(-20).join('\n')}\n`);
		void stopAll(code || 1);
	});
	const baseUrl = `http://127.0.0.1:${args.port}`;
	await n8n.waitForN8n(baseUrl, server, 180_000);

	const rest = new n8n.N8nRest(baseUrl);
	const { owner, created, file } = await signInOwner(rest, args.userFolder);
	let installed = 'not installed: sign in and install it under Settings > Community Nodes (the local registry serves it while this runs)';
	if (owner) {
		const result = await installThroughCommunityNodes(rest);
		installed = `${result.packageName}@${result.installedVersion}, installed through Settings > Community Nodes`;
	}

	// The sandbox is local and throw-away: its login is printed; a real instance's stays in the file.
	const signIn = !owner
		? '  owner        exists; sign in with your own account'
		: args.sandbox
			? `  sign in      ${owner.email} / ${owner.password}${created ? ' (owner created now, also kept in ' + file + ')' : ''}`
			: `  owner        ${owner.email}, ${created ? 'created now; ' : ''}password in ${file}`;
	const banner = [
		'',
		`n8n is ready: http://localhost:${args.port}`,
		signIn,
		`  user folder  ${args.userFolder}`,
		`  n8n log      ${logFile} (n8n's own messages; only those about this package are shown here)`,
		`  package      ${installed}`,
		args.sandbox
			? `  MOCO         the simulator, credential "MOCO sandbox" (account ${fx.SANDBOX.subdomain}, key ${fx.SANDBOX.apiKey})`
			: '  MOCO         the real one: add a "MOCO API" credential with your subdomain and API key',
		args.sandbox ? `  workflows    ${fx.sandboxWorkflows().map((workflow) => `"${workflow.name}"`).join(', ')}` : '',
		args.sandbox ? `  AI Agent     "${agent.agentWorkflow().name}": the MOCO tools on a scripted model` : '',
		args.sandbox
			? `  Trigger      publish "${fx.triggerWorkflow().name}", then run "${fx.workflow().name}": the simulator delivers "User updated"`
			: '',
		args.sandbox
			? `  MCP server   publish "${mcp.mcpWorkflow().name}", then connect an MCP client to ${mcp.mcpUrl(`http://localhost:${args.port}`)} with the header "Authorization: Bearer ${mcp.MCP_TOKEN}"`
			: '',
		args.sandbox ? '  request log  every request the simulator answers is printed below, as "MOCO sandbox: ..."' : '',
		'Ctrl-C stops everything.',
	].filter(Boolean);
	for (const line of banner) log(line);
}

main().catch((err) => {
	log(`failed: ${err.message}`);
	void stopAll(1);
});
