/** The sandbox's local servers: how a simulated answer is written back, and the forwarding TLS server. */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

import { type CertFiles, mintCertificate } from './certs';
import type { SandboxOptions } from './https';
import type { MocoSimulator } from './moco';
import { isFaultSignal, type SimResult } from './types';

/** Answers one request: `host` is the account's host, `url` path and query. */
export type Answer = (req: http.IncomingMessage, res: http.ServerResponse, host: string, url: string) => void;

export function listen(server: net.Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
	});
}

/** One simulated MOCO request through `simulator.handle`, with faults acted out on the socket. */
export function simulatorAnswer(simulator: MocoSimulator, options: Pick<SandboxOptions, 'onRequest'>): Answer {
	return (req, res, host, url) => {
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
}

/**
 * A TLS server that answers as whatever host the client names (SNI), with a certificate minted for
 * it, and forwards each request to `origin` with the Host header kept and `X-Forwarded-Proto:
 * https`, so the local server builds its links (a registry's tarball URLs) for the host asked.
 */
export function forwardingServer(certs: CertFiles, origin: string, onRequest?: NonNullable<SandboxOptions['forwardOtherHosts']>['onRequest']): https.Server {
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
