import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { withLock } from '../../scripts/lib/provision.cjs';

/**
 * `npm start` and `npm run test:e2e` share .cache: provisioning runs under a lock file, so a
 * second run waits for the first instead of installing into the same folder at once.
 */
let dir: string;
let lock: string;
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-lock-'));
	lock = path.join(dir, '.provision.lock');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the lock is held while the work runs and gone afterwards, also when the work fails', async () => {
	await withLock(lock, async () => {
		expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
	});
	expect(fs.existsSync(lock)).toBe(false);

	await expect(withLock(lock, async () => Promise.reject(new Error('install failed')))).rejects.toThrow('install failed');
	expect(fs.existsSync(lock)).toBe(false);
});

test('a lock left by a process that is gone is taken over at once', async () => {
	const gone = spawn(process.execPath, ['-e', '']);
	await new Promise((resolve) => gone.on('exit', resolve));
	fs.writeFileSync(lock, String(gone.pid));
	const waited: number[] = [];

	expect(await withLock(lock, async () => 'ran', { onWait: (pid) => waited.push(pid) })).toBe('ran');
	expect(waited).toEqual([]);
});

test('a live holder is waited for: the work starts only after it lets go', async () => {
	const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
	fs.writeFileSync(lock, String(holder.pid));
	const order: string[] = [];
	try {
		const second = withLock(lock, async () => order.push('second run'), {
			pollMs: 5,
			onWait: (pid) => {
				order.push(`waiting for ${pid}`);
				// The first run finishes: its lock goes, and the second run may start.
				setTimeout(() => {
					order.push('first run done');
					fs.rmSync(lock);
				}, 20);
			},
		});
		await second;
		expect(order).toEqual([`waiting for ${holder.pid}`, 'first run done', 'second run']);
	} finally {
		holder.kill();
	}
});
