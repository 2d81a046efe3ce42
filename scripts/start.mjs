#!/usr/bin/env node
// `npm start`: this package inside a real n8n on http://localhost:5678.
//
//   npm start                      build, pack, install the tarball the way Settings > Community
//                                  Nodes does, start n8n (user folder .n8n/default, SQLite)
//   npm start -- --sandbox         the same with the MOCO simulator behind a local proxy, a
//                                  "MOCO sandbox" credential and example workflows, one with an
//                                  AI Agent on a scripted model, one with the MOCO Trigger
//                                  (.n8n/sandbox); the simulator delivers webhooks for its changes
//   npm start -- --port 5680       another port
//   npm start -- --user-folder D   another n8n user folder
//
// The first start provisions n8n and Node 24 into .cache/ (minutes); later starts reuse them.
// Ctrl-C stops n8n (and its task runners) and the simulator.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { provision, ROOT } = require('./lib/provision.cjs');
const n8n = require('./lib/n8n.cjs');
const fx = require('./lib/fixtures.cjs');
const agent = require('./lib/agent.cjs');
const { startFakeModel } = require('./lib/fake-model.cjs');

const log = (msg) => process.stderr.write(`[start] ${msg}\n`);

function parseArgs(argv) {
	const args = { sandbox: false, port: 5678, userFolder: undefined };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--sandbox') args.sandbox = true;
		else if (a === '--port') args.port = Number(argv[++i]);
		else if (a === '--user-folder') args.userFolder = path.resolve(argv[++i]);
		else if (a === '--help' || a === '-h') {
			process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').slice(1, 13).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
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
	args.userFolder ??= path.join(ROOT, '.n8n', args.sandbox ? 'sandbox' : 'default');
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

async function startSandbox() {
	require('./lib/ts-register.cjs');
	const { startSandbox: start } = require('../test/simulator/https.ts');
	const { attachWebhooks, postDelivery } = require('../test/simulator/webhooks.ts');
	const sandbox = await start({
		onRequest: ({ method, host, url, status }) => log(`MOCO sandbox: ${method} https://${host}${url} -> ${status}`),
	});
	cleanups.push(() => sandbox.close());
	// Signed with the secret the sandbox credential carries, as MOCO signs with the account's.
	attachWebhooks(sandbox.simulator, {
		secret: fx.SANDBOX.webhookSecret,
		send: async (request) => {
			const answer = await postDelivery(request);
			log(`MOCO sandbox: delivered ${request.headers['x-moco-target']} ${request.headers['x-moco-event']} to ${request.url} -> ${answer.status}`);
			return answer;
		},
	});
	log(`MOCO simulator ready: https://${fx.SANDBOX.subdomain}.mocoapp.com is answered locally (proxy ${sandbox.proxyUrl})`);
	const model = await startFakeModel({
		reply: agent.mocoAgentScript,
		onRequest: ({ method, path: url, body }) => {
			const said = body?.messages?.at(-1);
			log(`scripted model: ${method} ${url}${said ? ` (last message from ${said.role})` : ''}`);
		},
	});
	cleanups.push(() => model.close());
	log(`scripted model ready: ${model.baseUrl} (an OpenAI-compatible stand-in for the AI Agent)`);
	return { sandbox, model };
}

async function importSandboxData(env, userFolder, model) {
	const files = [
		['import:credentials', fx.writeJson(userFolder, 'moco-sandbox-credentials.json', [fx.credential(), agent.llmCredential(model.baseUrl)])],
		['import:workflow', fx.writeJson(userFolder, 'moco-sandbox-workflows.json', [fx.workflow(), fx.triggerWorkflow(), agent.agentWorkflow()])],
	];
	for (const [command, file] of files) {
		log(`n8n ${command} ${path.basename(file)} ...`);
		const result = await n8n.n8nCli([command, `--input=${file}`], env);
		if (result.code !== 0) throw new Error(`n8n ${command} failed:\n${result.stdout}\n${result.stderr}`);
	}
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (await n8n.portInUse(args.port)) {
		throw new Error(`port ${args.port} is already in use (another n8n?). Stop it or use: npm start -- --port <other>`);
	}

	log('provisioning n8n (cached in .cache/; the first time takes a few minutes) ...');
	await provision();

	log('building and packing the package ...');
	const packDir = fs.mkdtempSync(path.join(ROOT, '.cache', 'pack-'));
	cleanups.push(() => fs.rmSync(packDir, { recursive: true, force: true }));
	const { tarball } = await n8n.packPackage({ build: true, destination: packDir });
	const { version } = await n8n.installPackedPackage(args.userFolder, tarball);
	log(`installed ${path.basename(tarball)} into ${path.relative(ROOT, args.userFolder) || '.'}/.n8n/nodes (n8n-nodes-moco ${version})`);

	const { sandbox, model } = args.sandbox ? await startSandbox() : {};
	const env = n8n.n8nEnv({
		userFolder: args.userFolder,
		port: args.port,
		brokerPort: await n8n.freePort(),
		// The simulator delivers webhooks to n8n's production URL on this address.
		extra: sandbox ? { ...sandbox.env(), WEBHOOK_URL: `http://127.0.0.1:${args.port}/` } : {},
	});
	if (sandbox) await importSandboxData(env, args.userFolder, model);

	log(`starting n8n on http://localhost:${args.port} ...`);
	const server = n8n.spawnN8n(['start'], env, { onLine: (line) => process.stdout.write(`${line}\n`) });
	cleanups.push(() => server.stop());
	void server.exited.then(({ code, signal }) => {
		if (stopping) return;
		log(`n8n exited on its own (code ${code}, signal ${signal})`);
		void stopAll(code || 1);
	});
	await n8n.waitForN8n(`http://127.0.0.1:${args.port}`, server, 180_000);

	log('');
	log(`n8n is ready: http://localhost:${args.port}  (user folder: ${args.userFolder})`);
	log('The first visit asks you to create the owner account (stored only in that folder).');
	if (sandbox) {
		log(`Open the workflow "${fx.workflow().name}" and run it: the MOCO node talks to the simulator with`);
		log('the "MOCO sandbox" credential; every request it receives is printed here.');
		log(`"${agent.agentWorkflow().name}" runs an AI Agent with the MOCO tools on a scripted`);
		log('model: it moves a user by team name, retries a misspelt team, and looks up emails.');
		log(`Publish "${fx.triggerWorkflow().name}" (MOCO Trigger): it registers webhooks at the simulator. Then run`);
		log(`"${fx.workflow().name}": its User > Update makes the simulator deliver "User updated" to the trigger.`);
	} else {
		log('Add a "MOCO API" credential with your subdomain and API key, then a MOCO node to a workflow.');
	}
	log('Ctrl-C stops n8n.');
}

main().catch((err) => {
	log(`failed: ${err.message}`);
	void stopAll(1);
});
