'use strict';
// n8n's queue mode for tests: Redis and PostgreSQL from Debian's packages, each in a temporary
// folder on a free port, stopped by `stop()` whatever happened (N8N-NOTES.md, "Queue mode").
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { freePort, portInUse } = require('./n8n.cjs');

const isRoot = () => process.getuid?.() === 0;

function which(binary) {
	try {
		return execFileSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).trim();
	} catch {
		return '';
	}
}

/** The newest installed PostgreSQL's bin folder (Debian keeps each major under /usr/lib/postgresql). */
function postgresBin() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return '';
	const majors = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')));
	majors.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(root, majors[0], 'bin') : '';
}

/** Installs redis-server and postgresql with apt-get when missing (as root, as on CI). */
function ensureQueueServices() {
	const missing = [];
	if (!which('redis-server')) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	if (missing.length === 0) return;
	if (!isRoot()) throw new Error(`The queue-mode test needs Debian's ${missing.join(' and ')}: run \`sudo apt-get install -y ${missing.join(' ')}\` once.`);
	process.stderr.write(`[e2e] installing ${missing.join(', ')} (apt-get) ...\n`);
	execFileSync('sh', ['-c', `apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends ${missing.join(' ')}`], {
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	if (!which('redis-server') || !postgresBin()) throw new Error(`${missing.join(', ')} still missing after apt-get install`);
}

async function waitFor(check, what, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${what} was not ready after ${timeoutMs} ms`);
}

async function startRedis(dir) {
	const port = await freePort();
	fs.mkdirSync(dir, { recursive: true });
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
		stdio: ['ignore', fs.openSync(path.join(dir, 'redis.log'), 'a'), fs.openSync(path.join(dir, 'redis.log'), 'a')],
		detached: true,
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	await waitFor(() => portInUse(port), 'Redis');
	return {
		port,
		async stop() {
			if (child.exitCode !== null || child.signalCode !== null) return;
			try {
				process.kill(child.pid, 'SIGTERM');
			} catch {
				/* gone */
			}
			const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
			await exited;
			clearTimeout(timer);
		},
	};
}

/** PostgreSQL refuses to run as root: as root it runs as the `postgres` user, in a folder it owns. */
async function startPostgres(dir) {
	const bin = postgresBin();
	const port = await freePort();
	const data = path.join(dir, 'data');
	fs.mkdirSync(dir, { recursive: true });
	fs.chmodSync(dir, 0o755);
	const asPostgres = (cmd, args) => {
		const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
		execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
	};
	if (isRoot()) execFileSync('chown', ['postgres:postgres', dir]);
	asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
	asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', 'start']);
	let stopped = false;
	return {
		port,
		user: 'postgres',
		database: 'postgres',
		async stop() {
			if (stopped) return;
			stopped = true;
			try {
				asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
			} catch {
				/* not running */
			}
		},
	};
}

/**
 * Redis and PostgreSQL for one queue-mode n8n, in a temporary folder. `env` is what main and
 * workers share; `stop()` stops both and removes the folder.
 */
async function startQueueServices() {
	ensureQueueServices();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-queue-'));
	fs.chmodSync(dir, 0o755);
	const started = [];
	const stop = async () => {
		for (const service of started.reverse()) await service.stop();
		fs.rmSync(dir, { recursive: true, force: true });
	};
	try {
		// Each one joins `started` as soon as it runs, so a failure of the other still stops it.
		const track = (service) => (started.push(service), service);
		const [redis, postgres] = await Promise.all([
			startRedis(path.join(dir, 'redis')).then(track),
			startPostgres(path.join(dir, 'postgres')).then(track),
		]);
		return {
			dir,
			redis,
			postgres,
			env: {
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(postgres.port),
				DB_POSTGRESDB_DATABASE: postgres.database,
				DB_POSTGRESDB_USER: postgres.user,
				DB_POSTGRESDB_PASSWORD: 'unused-with-trust-auth',
				EXECUTIONS_MODE: 'queue',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redis.port),
			},
			stop,
		};
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { ensureQueueServices, startQueueServices, postgresBin };
