import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { manifest, npmInstallOnce, npmReason, pinnedLock } from '../../scripts/lib/npmInstall.cjs';
import { installs } from '../../scripts/lib/provision.cjs';

/**
 * The e2e run and `npm start` install n8n, Node 24 and Verdaccio from lock files kept in
 * scripts/locks/, so a fresh machine gets the versions that passed here, not whatever the registry
 * serves that day.
 */
type Lock = { packages: Record<string, { version?: string; dependencies?: Record<string, string>; resolved?: string }> };
const readLock = (file: string): Lock => JSON.parse(fs.readFileSync(file, 'utf8'));

describe.each(installs().map((i) => [path.basename(i.dir), i] as const))('%s', (_name, install) => {
	const lock = readLock(pinnedLock(install.dir));

	test('its lock was made from the package.json provisioning writes, and pins those versions', () => {
		expect(lock.packages[''].dependencies).toEqual(manifest(install.packages, install.overrides).dependencies);
		const lockedAt = (name: string) =>
			Object.entries(lock.packages)
				.filter(([where]) => where.endsWith(`node_modules/${name}`))
				.map(([, entry]) => entry.version);
		for (const [name, version] of Object.entries(install.packages)) expect(lockedAt(name)).toEqual([version]);
		// An override holds wherever its package is in the tree (n8n 1.x has no linkedom at all).
		for (const [name, version] of Object.entries(install.overrides ?? {})) {
			for (const locked of lockedAt(name)) expect(locked).toBe(version);
		}
	});

	test('it records no download address, so it names no registry', () => {
		expect(Object.values(lock.packages).filter((entry) => entry.resolved)).toEqual([]);
	});
});

describe('npmInstallOnce', () => {
	let dir: string;
	let calls: string;
	let stderr: string[];
	/** A stand-in `npm` on PATH: it records its arguments, and fails `npm ci` when told to. */
	const fakeNpm = (ciFails: boolean) => {
		const bin = path.join(dir, 'bin');
		fs.mkdirSync(bin, { recursive: true });
		const fail = ciFails
			? 'if [ "$1" = ci ]; then echo "npm error code ETARGET" >&2; echo "npm error notarget No matching version found for left-pad@^9.9.9." >&2; exit 1; fi\n'
			: '';
		fs.writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "$1" >> "${calls}"\n${fail}exit 0\n`, { mode: 0o755 });
		return { ...process.env, PATH: `${bin}:${process.env.PATH}` };
	};
	const installInto = (env: NodeJS.ProcessEnv, lock: string) =>
		npmInstallOnce({ dir: path.join(dir, 'tool-1.0.0'), packages: { tool: '1.0.0' }, label: 'tool', env, lock, check: async () => 'ok' });
	const verbs = () => fs.readFileSync(calls, 'utf8').trim().split('\n');

	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-install-'));
		calls = path.join(dir, 'calls');
		stderr = [];
		jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
	});
	afterEach(() => {
		jest.restoreAllMocks();
		fs.rmSync(dir, { recursive: true, force: true });
	});

	test('with a pinned lock it installs exactly that (npm ci), once', async () => {
		const lock = path.join(dir, 'pinned.json');
		fs.writeFileSync(lock, '{"lockfileVersion":3}');

		expect(await installInto(fakeNpm(false), lock)).toBe(true);
		expect(verbs()).toEqual(['ci']);
		expect(fs.readFileSync(path.join(dir, 'tool-1.0.0', 'package-lock.json'), 'utf8')).toBe('{"lockfileVersion":3}');
		expect(await installInto(fakeNpm(false), lock)).toBe(false);
		expect(verbs()).toEqual(['ci']);
	});

	test('a registry without a pinned version: it says npm\'s reason and resolves afresh', async () => {
		const lock = path.join(dir, 'pinned.json');
		fs.writeFileSync(lock, '{"lockfileVersion":3}');

		expect(await installInto(fakeNpm(true), lock)).toBe(true);
		expect(verbs()).toEqual(['ci', 'install']);
		expect(stderr.join('')).toContain('tool: the pinned versions did not install (notarget No matching version found for left-pad@^9.9.9.); resolving afresh');
	});

	test('without a pinned lock it resolves afresh and says where the lock to pin would go', async () => {
		const lock = path.join(dir, 'missing.json');

		expect(await installInto(fakeNpm(false), lock)).toBe(true);
		expect(verbs()).toEqual(['install']);
		expect(stderr.join('')).toContain(`copy ${path.join(dir, 'tool-1.0.0', 'package-lock.json')} to ${lock}`);
	});

	test("npm's reason is its first error line that says one", () => {
		const out = 'npm http fetch GET 200 x\nnpm error code ETARGET\nnpm error notarget No matching version found for a@^1.\nnpm error A complete log of this run can be found in: /x.log';
		expect(npmReason(new Error(`npm ci exited with 1\n${out}`))).toBe('notarget No matching version found for a@^1.');
		expect(npmReason(new Error('spawn npm ENOENT'))).toBe('spawn npm ENOENT');
	});
});
