/**
 * The sandbox's CONNECT proxy: tunnels `<label>.mocoapp.com:443` to the simulator's HTTPS server
 * (and, with a forwarder, any other host:443 to it), refuses everything else and records it.
 */
import http from 'node:http';
import net from 'node:net';

import type { Answer } from './servers';

/** Hosts the proxy will tunnel: one DNS label under mocoapp.com, port 443 only. */
const TUNNEL_TARGET = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.mocoapp\.com:443$/i;

export interface ProxyRoutes {
	answer: Answer;
	httpsPort: number;
	forwarderPort?: number;
	/** Every socket opened, so close() can destroy them. */
	track: (socket: net.Socket) => void;
	refused: string[];
	tunnels: string[];
}

export function sandboxProxy({ answer, httpsPort, forwarderPort, track, refused, tunnels }: ProxyRoutes): http.Server {
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
	return proxy;
}
