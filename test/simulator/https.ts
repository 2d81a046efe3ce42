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
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';

import { generateTestCertificates } from './certs';
import { MocoSimulator, type SimulatorOptions } from './moco';
import { sandboxProxy } from './proxy';
import { forwardingServer, listen, simulatorAnswer } from './servers';

export { generateTestCertificates, mintCertificate } from './certs';

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
	const answer = simulatorAnswer(simulator, options);
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

	const proxy = sandboxProxy({ answer, httpsPort, forwarderPort, track, refused, tunnels });
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
