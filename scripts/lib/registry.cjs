'use strict';
// A local npm registry (Verdaccio, provisioned into .cache/) holding only this package: what the
// Community Nodes install path is tested against and what `npm start` installs from. Its storage
// is a fresh temporary folder each time, so the same version can be published on every run.
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { promisify } = require('node:util');

const { provisionVerdaccio, systemNodeEnv } = require('./provision.cjs');
const { freePort, PACKAGE_NAME } = require('./n8n.cjs');

const execFileAsync = promisify(execFile);

/** Starts Verdaccio on a free port; resolves once it answers its ping. */
async function startRegistry({ logFile } = {}) {
	const { bin } = await provisionVerdaccio();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-registry-'));
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const config = path.join(dir, 'config.yaml');
	fs.writeFileSync(
		config,
		[
			`storage: ${path.join(dir, 'storage')}`,
			'auth:',
			'  htpasswd:',
			`    file: ${path.join(dir, 'htpasswd')}`,
			'    max_users: -1',
			'uplinks: {}', // nothing is fetched from elsewhere: every other package is "not found"
			'packages:',
			`  '${PACKAGE_NAME}':`,
			'    access: $all',
			'    publish: $anonymous',
			"  '**':",
			'    access: $all',
			'log: { type: stdout, format: pretty, level: warn }',
			'',
		].join('\n'),
	);
	const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
		env: systemNodeEnv(),
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
	let output = '';
	const keep = (chunk) => {
		output = (output + chunk).slice(-20_000);
		log?.write(chunk);
	};
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const exited = new Promise((resolve) => child.on('close', resolve));
	const stop = async () => {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			/* gone */
		}
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
		log?.end();
		fs.rmSync(dir, { recursive: true, force: true });
	};
	process.on('exit', () => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			/* gone */
		}
	});

	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`Verdaccio exited before it was ready:\n${output}`);
		try {
			if ((await fetch(`${url}/-/ping`, { signal: AbortSignal.timeout(1000) })).ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`Verdaccio was not ready after 30 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}

	/** `npm publish <tarball>` to this registry (npm wants some token even for anonymous publish). */
	async function publish(tarball) {
		const npmrc = path.join(dir, 'publish.npmrc');
		fs.writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=local-registry\n`);
		await execFileAsync('npm', ['publish', tarball, '--registry', url, '--userconfig', npmrc, '--ignore-scripts', '--provenance=false'], {
			env: systemNodeEnv(),
			maxBuffer: 16 << 20,
		});
		const res = await fetch(`${url}/${PACKAGE_NAME}`);
		if (!res.ok) throw new Error(`${PACKAGE_NAME} is not in the local registry after publishing (${res.status})`);
		return (await res.json())['dist-tags'].latest;
	}

	return { url, port, publish, stop, output: () => output };
}

module.exports = { startRegistry };
