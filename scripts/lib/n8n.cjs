'use strict';
// Driving a real n8n from scripts and tests: environment, child processes (always stopped), CLI
// and REST; packing and installing the package (installPackage.cjs) and ports are re-exported.
const { spawn } = require('node:child_process');
const fs = require('node:fs');

const { n8nInstall } = require('./provision.cjs');
const { freePort, portInUse } = require('./ports.cjs');
const { PACKAGE_NAME, packPackage, installPackedPackage, shadowingWorkflowCopy } = require('./installPackage.cjs');

/** Environment for an n8n process: quiet, offline, SQLite, the Node its version needs on PATH. */
function n8nEnv({ userFolder, port, brokerPort, extra = {}, install = n8nInstall() }) {
	const env = install.env({
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port ?? 5678),
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DISABLED_MODULES: 'mcp-registry',
		// The node panel's catalogue of verified community nodes comes from n8n's own API: offline,
		// every panel opening logged a stack trace. Installing by name stays allowed.
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_LOG_LEVEL: 'info',
		DB_TYPE: 'sqlite',
		...extra,
	});
	if (install.major >= 2) {
		// What n8n 2.x asks to be set explicitly at every start (its deprecation notices), at the
		// values it uses today: community packages are installed unverified, as this one is.
		env.N8N_UNVERIFIED_PACKAGES_ENABLED ??= 'true';
		env.N8N_RUNNERS_TASK_TIMEOUT ??= '300';
		env.N8N_COMPRESSION_NODE_MAX_DECOMPRESSED_SIZE_BYTES ??= String(2 * 1024 ** 3);
		env.N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES ??= '5000';
	}
	if (install.major < 2) {
		// n8n 1.x has no such module and refuses to start when asked to disable it.
		delete env.N8N_DISABLED_MODULES;
		// The newest 1.x defaults to the "vm" expression engine, whose isolated-vm needs Node 22+;
		// on Node 20 it runs with the engine every earlier version uses.
		env.N8N_EXPRESSION_ENGINE = 'legacy';
	}
	// Under jest NODE_ENV is "test", which makes n8n silent and `n8n start` exit at once.
	for (const k of Object.keys(env)) if (k === 'NODE_ENV' || k.startsWith('JEST_')) delete env[k];
	return env;
}

// Every n8n process group this process started; killed on exit whatever happens.
const live = new Set();
process.on('exit', () => {
	for (const child of live) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* already gone */
		}
	}
});

function killGroup(child, signal) {
	try {
		process.kill(-child.pid, signal);
	} catch {
		/* already gone */
	}
}

/**
 * Starts `n8n <args>` in its own process group (n8n starts task-runner children; stopping the
 * group stops them too). Output goes to `logFile` and to `onLine`.
 */
function spawnN8n(args, env, { logFile, onLine, install = n8nInstall() } = {}) {
	const child = spawn(install.nodeBin, [install.bin, ...args], {
		cwd: install.dir,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	live.add(child);
	const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
	let output = '';
	let buffered = '';
	const onData = (chunk) => {
		const text = chunk.toString();
		output += text;
		if (output.length > 2_000_000) output = output.slice(-1_000_000);
		log?.write(text);
		if (onLine) {
			buffered += text;
			const lines = buffered.split('\n');
			buffered = lines.pop();
			for (const line of lines) onLine(line);
		}
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const exited = new Promise((resolve) => {
		child.on('close', (code, signal) => {
			live.delete(child);
			log?.end();
			resolve({ code, signal });
		});
		child.on('error', (err) => {
			live.delete(child);
			resolve({ code: -1, signal: null, error: err });
		});
	});
	let stopping;
	return {
		child,
		exited,
		output: () => output,
		/** SIGTERM to the group, SIGKILL after `graceMs`. */
		stop(graceMs = 10_000) {
			if (stopping) return stopping;
			if (child.exitCode !== null || child.signalCode !== null) return (stopping = exited);
			killGroup(child, 'SIGTERM');
			const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
			stopping = exited.then((r) => {
				clearTimeout(timer);
				killGroup(child, 'SIGKILL'); // stray grandchildren
				return r;
			});
			return stopping;
		},
	};
}

/** Runs an n8n CLI command to completion. Resolves with {code, stdout, stderr}, never rejects on exit code. */
async function n8nCli(args, env, { timeoutMs = 180_000, install = n8nInstall() } = {}) {
	const child = spawn(install.nodeBin, [install.bin, ...args], { cwd: install.dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	live.add(child);
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (c) => (stdout += c));
	child.stderr.on('data', (c) => (stderr += c));
	const timer = setTimeout(() => killGroup(child, 'SIGKILL'), timeoutMs);
	const code = await new Promise((resolve) => {
		child.on('close', (c) => resolve(c));
		child.on('error', () => resolve(-1));
	});
	clearTimeout(timer);
	killGroup(child, 'SIGKILL'); // task runners a CLI command may have left behind
	live.delete(child);
	return { code, stdout, stderr };
}

/** The JSON document at the end of `n8n execute --rawOutput` (log lines come first). */
function parseTrailingJson(stdout) {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const first = lines[i].trimStart()[0];
		if (first !== '[' && first !== '{') continue;
		try {
			return JSON.parse(lines.slice(i).join('\n'));
		} catch {
			/* not the start of the document */
		}
	}
	throw new Error(`no JSON document in n8n output:\n${stdout.slice(-3000)}`);
}

/** Polls until `GET /rest/settings` answers 200 with JSON, or the process dies. */
async function waitForN8n(baseUrl, proc, timeoutMs = 120_000) {
	const deadline = Date.now() + timeoutMs;
	let exited = false;
	proc?.exited.then(() => (exited = true));
	while (Date.now() < deadline) {
		if (exited) throw new Error(`n8n exited before it was ready:\n${proc.output().slice(-4000)}`);
		try {
			const res = await fetch(`${baseUrl}/rest/settings`, { signal: AbortSignal.timeout(2000) });
			// While it starts, n8n answers every path with 200 "n8n is starting up. Please wait".
			const text = await res.text();
			if (res.ok && text.startsWith('{')) return;
		} catch {
			/* not listening yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`n8n was not ready after ${timeoutMs} ms:\n${proc?.output().slice(-4000) ?? ''}`);
}

/** A tiny REST client that keeps n8n's auth cookie. */
class N8nRest {
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
		this.cookie = '';
	}

	async request(method, pathname, body) {
		const res = await fetch(`${this.baseUrl}${pathname}`, {
			method,
			headers: {
				'content-type': 'application/json',
				// n8n's CSRF-style check for browser requests
				'browser-id': 'moco-e2e',
				...(this.cookie ? { cookie: this.cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.getSetCookie?.() ?? [];
		const auth = setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
		if (auth) this.cookie = auth;
		const text = await res.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		return { status: res.status, json, text };
	}

	async ok(method, pathname, body) {
		const res = await this.request(method, pathname, body);
		if (res.status >= 300) throw new Error(`${method} ${pathname} -> ${res.status}: ${res.text.slice(0, 2000)}`);
		// Every REST answer used here is JSON; anything else means another server answered.
		if (res.json === undefined) throw new Error(`${method} ${pathname} -> ${res.status} without JSON: ${res.text.slice(0, 500)}`);
		return res.json && 'data' in res.json ? res.json.data : res.json;
	}

	async setupOwner(owner) {
		return this.ok('POST', '/rest/owner/setup', owner);
	}

	async login({ email, password }) {
		return this.ok('POST', '/rest/login', { emailOrLdapLoginId: email, password });
	}
}

module.exports = {
	PACKAGE_NAME,
	shadowingWorkflowCopy,
	freePort,
	portInUse,
	packPackage,
	installPackedPackage,
	n8nEnv,
	spawnN8n,
	n8nCli,
	parseTrailingJson,
	waitForN8n,
	N8nRest,
};
