'use strict';
// Runs once before the e2e suite: provision Node 24, n8n 2.x and 1.x, Verdaccio (cached in .cache/), make sure a
// browser is there (CI starts from a fresh machine), build and pack the package.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const { provision, ROOT, N8N_VERSION, compatVersions } = require('../scripts/lib/provision.cjs');
const { packPackage } = require('../scripts/lib/n8n.cjs');

function ensureChromium() {
	const has = () => {
		try {
			return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
		} catch {
			return '';
		}
	};
	if (has()) return has();
	if (process.getuid?.() !== 0) {
		throw new Error('The editor test needs Debian\'s chromium: run `sudo apt-get install -y chromium` once.');
	}
	process.stderr.write('[e2e] installing chromium (apt-get) ...\n');
	execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const bin = has();
	if (!bin) throw new Error('chromium is still missing after apt-get install');
	return bin;
}

module.exports = async function globalSetup() {
	const started = Date.now();
	// Screenshots and logs of this run only.
	fs.rmSync(path.join(ROOT, 'artifacts', 'e2e'), { recursive: true, force: true });
	process.env.MOCO_E2E_CHROMIUM = ensureChromium();
	// n8n 2.41.1 for every suite, the older versions of the compatibility run, Verdaccio for the
	// registry install.
	await provision({ n8nVersions: [N8N_VERSION, ...compatVersions()], verdaccio: true });
	process.stderr.write('[e2e] building and packing the package ...\n');
	const { tarball } = await packPackage({ build: true });
	process.env.MOCO_E2E_TARBALL = tarball;
	process.stderr.write(`[e2e] setup done in ${Math.round((Date.now() - started) / 1000)}s (${tarball})\n`);
};
