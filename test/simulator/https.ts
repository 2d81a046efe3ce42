/**
 * The MOCO simulator as a real HTTPS endpoint for a real n8n, reached through a local CONNECT
 * proxy. The node keeps talking to `https://<account>.mocoapp.com/api/v1`; n8n is started with
 * `HTTPS_PROXY=<proxyUrl>`, `NO_PROXY=localhost,127.0.0.1` and `NODE_EXTRA_CA_CERTS=<caCertPath>`,
 * so no production code needs a test switch.
 *
 * - A throw-away CA and a `*.mocoapp.com` server certificate are generated with the openssl CLI
 *   at run time, in a temporary folder that `close()` removes. Nothing secret is committed.
 * - The proxy tunnels `CONNECT <label>.mocoapp.com:443` to the HTTPS server and refuses
 *   everything else (other hosts, other ports, plain proxied HTTP), and records what it refused,
 *   so a test can prove nothing else left the process.
 * - With `forwardOtherHosts`, `CONNECT <any other host>:443` reaches a second TLS server instead,
 *   whose certificate is minted for the host asked (from the same test CA, at the first request)
 *   and which forwards every request to a local HTTP server: how a real n8n, whose npm talks to
 *   the public registry, installs from a local registry (Verdaccio) unchanged. No host name is
 *   written down here.
 * - Every request goes through `MocoSimulator.handle`, which records it (`simulator.requests`).
 * - Both servers listen on 127.0.0.1 on ports chosen by the OS.
 *
 * Standalone: `node -r ./scripts/lib/ts-register.cjs test/simulator/https.ts` prints one JSON
 * line with proxyUrl / caCertPath and logs each request until Ctrl-C.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

import { isFaultSignal, MocoSimulator, type SimResult, type SimulatorOptions } from './moco';

/** Hosts the proxy will tunnel: one DNS label under mocoapp.com, port 443 only. */
const TUNNEL_TARGET = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.mocoapp\.com:443$/i;

export interface SandboxOptions {
	/** An existing simulator; by default a fresh `new MocoSimulator(simulatorOptions)`. */
	simulator?: MocoSimulator;
	simulatorOptions?: SimulatorOptions;
	/** Fixed proxy port (0 or unset: any free port). */
	proxyPort?: number;
	/** Called after each simulated request (e.g. to print a log line). */
	onRequest?: (info: { method: string; host: string; url: string; status: number | string }) => void;
	/** Tunnel every other host:443 to a TLS server that forwards to this local HTTP origin. */
	forwardOtherHosts?: { origin: string; onRequest?: (info: { method: string; host: string; url: string; status: number }) => void };
}

export interface Sandbox {
	simulator: MocoSimulator;
	/** `http://127.0.0.1:<port>` — the value for HTTPS_PROXY. */
	proxyUrl: string;
	proxyPort: number;
	httpsPort: number;
	/** PEM file of the run-time test CA — the value for NODE_EXTRA_CA_CERTS. */
	caCertPath: string;
	caPem: string;
	/** CONNECT targets and plain proxy requests the proxy refused. */
	refused: string[];
	/** CONNECT targets the proxy tunnelled. */
	tunnels: string[];
	/** Environment variables that route a child process's MOCO traffic here. */
	env(): Record<string, string>;
	/**
	 * Environment variables that route only the npm a child process runs here (with
	 * `forwardOtherHosts`): the child's own requests, MOCO's included, go their usual way.
	 */
	npmEnv(): Record<string, string>;
	close(): Promise<void>;
}

interface CertFiles {
	dir: string;
	caCertPath: string;
	caPem: string;
	key: string;
	cert: string;
}

/** A leaf certificate for `host`, signed by the CA in `certs.dir`; valid two days. */
export function mintCertificate(certs: CertFiles, host: string): { key: string; cert: string } {
	if (!/^[a-z0-9.-]+$/i.test(host)) throw new Error(`not a host name: ${JSON.stringify(host)}`);
	const f = (name: string) => path.join(certs.dir, name);
	const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: certs.dir, stdio: 'pipe' });
	fs.writeFileSync(
		f(`${host}.ext`),
		[
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature,keyEncipherment',
			'extendedKeyUsage=serverAuth',
			`subjectAltName=DNS:${host}`,
			'subjectKeyIdentifier=hash',
			'authorityKeyIdentifier=keyid,issuer',
		].join('\n'),
	);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl('req', '-new', ...ec, '-keyout', `${host}.key`, '-out', `${host}.csr`, '-subj', `/CN=${host}`);
	openssl('x509', '-req', '-in', `${host}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${host}.crt`, '-days', '2', '-extfile', `${host}.ext`);
	return { key: fs.readFileSync(f(`${host}.key`), 'utf8'), cert: fs.readFileSync(f(`${host}.crt`), 'utf8') };
}

/** A CA and a `*.mocoapp.com` leaf valid for two days, made with the openssl CLI. */
export function generateTestCertificates(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'moco-sandbox-'))): CertFiles {
	const f = (name: string) => path.join(dir, name);
	const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
	fs.writeFileSync(
		f('ca.ext'),
		[
			'basicConstraints=critical,CA:TRUE',
			'keyUsage=critical,keyCertSign,cRLSign',
			'subjectKeyIdentifier=hash',
		].join('\n'),
	);
	fs.writeFileSync(
		f('leaf.ext'),
		[
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature,keyEncipherment',
			'extendedKeyUsage=serverAuth',
			'subjectAltName=DNS:*.mocoapp.com,DNS:mocoapp.com',
			'subjectKeyIdentifier=hash',
			'authorityKeyIdentifier=keyid,issuer',
		].join('\n'),
	);
	const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
	openssl('req', '-new', ...ec, '-keyout', 'ca.key', '-out', 'ca.csr', '-subj', '/CN=n8n-nodes-moco TEST CA (generated at run time, never trust)');
	openssl('x509', '-req', '-in', 'ca.csr', '-signkey', 'ca.key', '-out', 'ca.crt', '-days', '2', '-extfile', 'ca.ext');
	openssl('req', '-new', ...ec, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=*.mocoapp.com');
	openssl('x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'leaf.crt', '-days', '2', '-extfile', 'leaf.ext');
	return {
		dir,
		caCertPath: f('ca.crt'),
		caPem: fs.readFileSync(f('ca.crt'), 'utf8'),
		key: fs.readFileSync(f('leaf.key'), 'utf8'),
		cert: fs.readFileSync(f('leaf.crt'), 'utf8'),
	};
}

function listen(server: net.Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
	});
}

/**
 * A TLS server that answers as whatever host the client names (SNI), with a certificate minted for
 * it, and forwards each request to `origin` with the Host header kept and `X-Forwarded-Proto:
 * https`, so the local server builds its links (a registry's tarball URLs) for the host asked.
 */
function forwardingServer(certs: CertFiles, origin: string, onRequest?: NonNullable<SandboxOptions['forwardOtherHosts']>['onRequest']): https.Server {
	const contexts = new Map<string, tls.SecureContext>();
	const server = https.createServer(
		{
			SNICallback: (servername, done) => {
				try {
					let context = contexts.get(servername);
					if (!context) {
						context = tls.createSecureContext(mintCertificate(certs, servername));
						contexts.set(servername, context);
					}
					done(null, context);
				} catch (error) {
					done(error as Error);
				}
			},
		},
		(req, res) => {
			const host = String(req.headers.host ?? '');
			const upstream = http.request(
				new URL(req.url ?? '/', origin),
				{ method: req.method, headers: { ...req.headers, host, 'x-forwarded-proto': 'https' } },
				(answer) => {
					onRequest?.({ method: req.method ?? 'GET', host, url: req.url ?? '/', status: answer.statusCode ?? 0 });
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			upstream.on('error', (error) => {
				res.writeHead(502, { 'content-type': 'text/plain' });
				res.end(`forwarding to ${origin} failed: ${error.message}\n`);
			});
			req.pipe(upstream);
		},
	);
	server.on('tlsClientError', () => undefined);
	return server;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const simulator = options.simulator ?? new MocoSimulator(options.simulatorOptions);
	const certs = generateTestCertificates();
	const sockets = new Set<net.Socket>();
	const track = (socket: net.Socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	};
	const refused: string[] = [];
	const tunnels: string[] = [];

	/** One simulated MOCO request: `host` is the account's host, `url` path and query. */
	const answer = (req: http.IncomingMessage, res: http.ServerResponse, host: string, url: string) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			let result: SimResult;
			try {
				result = simulator.handle({
					method: req.method ?? 'GET',
					url: `https://${host}${url}`,
					headers: req.headers,
					body: Buffer.concat(chunks),
				});
			} catch (err) {
				result = { status: 500, headers: { 'content-type': 'text/plain' }, body: `simulator error: ${String(err)}` };
			}
			const method = req.method ?? 'GET';
			if (isFaultSignal(result)) {
				options.onRequest?.({ method, host, url, status: result.fault });
				// 'hang' leaves the socket open; close() destroys it.
				if (result.fault === 'reset') req.socket.destroy();
				return;
			}
			options.onRequest?.({ method, host, url, status: result.status });
			const headers: Record<string, string> = { ...result.headers };
			if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
				headers['content-length'] = String(Buffer.byteLength(result.body));
			}
			res.writeHead(result.status, headers);
			res.end(result.body);
		});
	};
	const httpsServer = https.createServer({ key: certs.key, cert: certs.cert }, (req, res) =>
		answer(req, res, String(req.headers.host ?? '').replace(/:443$/, ''), req.url ?? '/'),
	);
	httpsServer.on('connection', track);
	httpsServer.on('tlsClientError', () => undefined);
	const httpsPort = await listen(httpsServer);

	const forward = options.forwardOtherHosts;
	const forwarder = forward ? forwardingServer(certs, forward.origin, forward.onRequest) : undefined;
	forwarder?.on('connection', track);
	const forwarderPort = forwarder ? await listen(forwarder) : undefined;

	const proxy = http.createServer((req, res) => {
		// n8n 1.85's axios sends an https request to an HTTP proxy in absolute form instead of
		// CONNECT; for MOCO's host that is still the node's request, answered like a tunnelled one.
		const absolute = /^https:\/\/([^/]+)(\/.*)?$/.exec(req.url ?? '');
		if (absolute && TUNNEL_TARGET.test(`${absolute[1].replace(/:443$/, '')}:443`)) {
			tunnels.push(`${absolute[1].replace(/:443$/, '')}:443`);
			answer(req, res, absolute[1].replace(/:443$/, ''), absolute[2] ?? '/');
			return;
		}
		// Any other plain proxied HTTP is never forwarded anywhere.
		refused.push(`${req.method} ${req.url}`);
		res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
		res.end('The MOCO sandbox proxy only tunnels CONNECT <account>.mocoapp.com:443\n');
	});
	proxy.on('connection', track);
	proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
		track(client);
		const target = String(req.url ?? '');
		client.on('error', () => client.destroy());
		const toSimulator = TUNNEL_TARGET.test(target);
		if (!toSimulator && !(forwarderPort && target.endsWith(':443'))) {
			refused.push(`CONNECT ${target}`);
			client.end('HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nOnly <account>.mocoapp.com:443 is tunnelled\n');
			return;
		}
		tunnels.push(target);
		const upstream = net.connect(toSimulator ? httpsPort : forwarderPort!, '127.0.0.1', () => {
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			if (head.length) upstream.write(head);
			upstream.pipe(client);
			client.pipe(upstream);
		});
		track(upstream);
		upstream.on('error', () => client.destroy());
		client.on('close', () => upstream.destroy());
		upstream.on('close', () => client.destroy());
	});
	const proxyPort = await new Promise<number>((resolve, reject) => {
		proxy.once('error', reject);
		proxy.listen(options.proxyPort ?? 0, '127.0.0.1', () => resolve((proxy.address() as net.AddressInfo).port));
	});
	const proxyUrl = `http://127.0.0.1:${proxyPort}`;

	// npm reads its proxy from its own settings, and pins the system CA file here (user config):
	// both are given as npm_config_* so they win.
	const npmEnv = () => ({
		npm_config_https_proxy: proxyUrl,
		npm_config_proxy: proxyUrl,
		npm_config_noproxy: 'localhost,127.0.0.1,::1',
		npm_config_cafile: certs.caCertPath,
	});
	let closed = false;
	return {
		simulator,
		proxyUrl,
		proxyPort,
		httpsPort,
		caCertPath: certs.caCertPath,
		caPem: certs.caPem,
		refused,
		tunnels,
		env: () => ({
			HTTPS_PROXY: proxyUrl,
			https_proxy: proxyUrl,
			HTTP_PROXY: proxyUrl,
			http_proxy: proxyUrl,
			NO_PROXY: 'localhost,127.0.0.1,::1',
			no_proxy: 'localhost,127.0.0.1,::1',
			NODE_EXTRA_CA_CERTS: certs.caCertPath,
			...(forwarder ? npmEnv() : {}),
		}),
		npmEnv,
		async close() {
			if (closed) return;
			closed = true;
			const done = Promise.all([
				new Promise((r) => proxy.close(r)),
				new Promise((r) => httpsServer.close(r)),
				forwarder && new Promise((r) => forwarder.close(r)),
			]);
			for (const s of sockets) s.destroy();
			proxy.closeAllConnections();
			httpsServer.closeAllConnections();
			forwarder?.closeAllConnections();
			await done;
			fs.rmSync(certs.dir, { recursive: true, force: true });
		},
	};
}

function parseArgs(argv: string[]): { proxyPort: number; quiet: boolean } {
	const out = { proxyPort: 0, quiet: false };
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--proxy-port') out.proxyPort = Number(argv[++i]);
		else if (argv[i] === '--quiet') out.quiet = true;
		else if (argv[i] === '--help') {
			process.stdout.write('usage: https.ts [--proxy-port N] [--quiet]\n');
			process.exit(0);
		}
	}
	return out;
}

if (require.main === module) {
	const args = parseArgs(process.argv.slice(2));
	startSandbox({
		proxyPort: args.proxyPort,
		onRequest: args.quiet
			? undefined
			: ({ method, host, url, status }) => process.stderr.write(`[moco-sandbox] ${method} https://${host}${url} -> ${status}\n`),
	}).then(
		(sandbox) => {
			process.stdout.write(
				`${JSON.stringify({ proxyUrl: sandbox.proxyUrl, caCertPath: sandbox.caCertPath, env: sandbox.env() })}\n`,
			);
			const stop = () => void sandbox.close().then(() => process.exit(0));
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		},
		(err: unknown) => {
			process.stderr.write(`${String(err)}\n`);
			process.exit(1);
		},
	);
}
