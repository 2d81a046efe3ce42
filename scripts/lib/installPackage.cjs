'use strict';
// This package packed and installed into an n8n user folder the way Settings > Community Nodes does.
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');

const { ROOT, n8nInstall } = require('./provision.cjs');

const execFileAsync = promisify(execFile);
const PACKAGE_NAME = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name;

/** `npm run build` (optional) and `npm pack` of this repository; returns the tarball's path. */
async function packPackage({ build = true, destination = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-pack-')) } = {}) {
	if (build) await execFileAsync('npm', ['run', 'build', '--silent'], { cwd: ROOT, maxBuffer: 64 << 20 });
	const { stdout } = await execFileAsync('npm', ['pack', '--json', '--pack-destination', destination], {
		cwd: ROOT,
		maxBuffer: 64 << 20,
	});
	const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
	return { tarball: path.join(destination, info.filename), files: info.files.map((f) => f.path), info };
}

/**
 * Installs a packed tarball into `<userFolder>/.n8n/nodes` with the same steps as n8n 2.41's
 * CommunityPackagesService.downloadPackage (there it follows `npm pack <name>@<version>` from the
 * registry): extract into nodes/node_modules/<name>, strip dev/peer/optional dependencies from its
 * package.json, `npm install` its runtime dependencies with scripts ignored, and record the
 * dependency in nodes/package.json. On its next start n8n scans nodes/node_modules and loads it
 * as `<name>.<node>`.
 */
async function installPackedPackage(userFolder, tarball) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const packageDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(packageDir, { recursive: true, force: true });
	fs.mkdirSync(packageDir, { recursive: true });
	await execFileAsync('tar', ['-xzf', tarball, '-C', packageDir, '--strip-components=1']);
	const pkgPath = path.join(packageDir, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
	for (const field of ['devDependencies', 'peerDependencies', 'optionalDependencies']) delete pkg[field];
	fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2));
	await execFileAsync(
		'npm',
		['install', '--audit=false', '--fund=false', '--bin-links=false', '--install-strategy=shallow', '--ignore-scripts=true', '--package-lock=false'],
		{ cwd: packageDir, env: n8nInstall().env(), maxBuffer: 64 << 20 },
	);
	const nodesPkgPath = path.join(nodesDir, 'package.json');
	const nodesPkg = fs.existsSync(nodesPkgPath)
		? JSON.parse(fs.readFileSync(nodesPkgPath, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPkg.dependencies = { ...(nodesPkg.dependencies ?? {}), [PACKAGE_NAME]: pkg.version };
	fs.writeFileSync(nodesPkgPath, JSON.stringify(nodesPkg, null, 2));
	return { packageDir, version: pkg.version };
}

/**
 * A copy of n8n-workflow that a package installed under `<userFolder>/.n8n/nodes` would load
 * instead of n8n's own: Node looks in every node_modules above the package before n8n's
 * NODE_PATH. With a second copy, n8n's `instanceof NodeApiError` checks fail and it re-wraps
 * every error of the node (shown as "From MOCO, error code none", the saved node attached).
 */
function shadowingWorkflowCopy(userFolder) {
	let dir = path.join(path.resolve(userFolder), '.n8n', 'nodes', 'node_modules');
	for (;;) {
		const candidate = path.join(dir, 'node_modules', 'n8n-workflow');
		if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
		const parent = path.dirname(dir);
		if (parent === dir) return undefined;
		dir = parent;
	}
}

module.exports = { PACKAGE_NAME, packPackage, installPackedPackage, shadowingWorkflowCopy };
