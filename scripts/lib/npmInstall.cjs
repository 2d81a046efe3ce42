// Runs npm for the tools the project provisions into .cache/ (n8n, Node 24, Verdaccio), each from a
// lock file kept in scripts/locks/: a fresh resolve takes whatever the registry holds that day, and
// once a newly published package asked for a version the registry did not serve yet, which failed
// CI before a test ran.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const LOCKS = path.resolve(__dirname, '..', 'locks');

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

/** The lock kept for an install folder of .cache/, by its name (`n8n-2.41.1`, ...). */
const pinnedLock = (dir) => path.join(LOCKS, `${path.basename(dir)}.package-lock.json`);

/** npm's own reason, from the output of a failed npm run: its first `npm error` line that says one. */
function npmReason(error) {
	const lines = String(error.message).split('\n').filter((l) => l.startsWith('npm error') && !/npm error (code|A complete log)/.test(l));
	return (lines[0] ?? String(error.message).split('\n')[0]).replace(/^npm error\s*/, '');
}

/**
 * Installs `packages` into `dir` with `overrides`, once: a marker file says it finished. With a
 * pinned lock it runs `npm ci`; if this registry lacks a pinned version, it resolves afresh
 * instead of failing (and says so).
 */
async function npmInstallOnce({ dir, packages, overrides, label, env, native = [], check, lock = pinnedLock(dir) }) {
	const marker = path.join(dir, '.complete');
	if (fs.existsSync(marker)) return false;
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest(packages, overrides), null, 2));
	const install = (verb) =>
		run('npm', [verb, '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=http', '--omit=dev'], {
			cwd: dir,
			env,
			label: `${label} install`,
			watchDir: path.join(dir, 'node_modules'),
		});
	const local = path.join(dir, 'package-lock.json');
	if (fs.existsSync(lock)) {
		fs.copyFileSync(lock, local);
		try {
			await install('ci');
		} catch (error) {
			log(`${label}: the pinned versions did not install (${npmReason(error)}); resolving afresh`);
			fs.rmSync(local, { force: true });
			await install('install');
		}
	} else {
		// An interrupted install leaves node_modules behind; npm resumes from it.
		await install('install');
		log(`${label}: no pinned lock; to pin this install, copy ${local} to ${lock}`);
	}
	if (native.length) {
		log(`${label}: rebuilding native modules: ${native.join(', ')} ...`);
		await run('npm', ['rebuild', '--foreground-scripts', '--ignore-scripts=false', ...native], { cwd: dir, env, label: `${label} native rebuild` });
	}
	fs.writeFileSync(marker, await check());
	return true;
}

/** The package.json of an install folder: its lock must have been made from exactly this. */
const manifest = (packages, overrides) => ({ name: 'moco-e2e-tool', private: true, dependencies: packages, overrides });

module.exports = { log, run, npmInstallOnce, npmReason, pinnedLock, manifest };
