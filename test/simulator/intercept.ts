/**
 * nock adapter: every request to https://<anything>.mocoapp.com is answered by the simulator,
 * everything else is refused (no real network from unit tests).
 */
import type { ClientRequest } from 'http';
import nock from 'nock';
import { isFaultSignal, type MocoSimulator } from './moco';

// nock tests a RegExp base path against the bare hostname and against "METHOD https://host:port/path".
const MOCO_HOST = /(^|https:\/\/)[^/:\s]+\.mocoapp\.com(:\d+)?($|\/)/i;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

/**
 * nock hands over a body that is not valid UTF-8 (a file in a multipart form) as hex; such a body
 * always has non-hex characters once decoded (JSON has braces, a form has dashes), so hex text
 * that decodes to invalid UTF-8 is taken for those bytes.
 */
function bodyBytes(text: string): string | Buffer {
	if (text === '' || text.length % 2 !== 0 || !/^[0-9a-f]+$/.test(text)) return text;
	const bytes = Buffer.from(text, 'hex');
	return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes) ? text : bytes;
}

export function interceptMoco(sim: MocoSimulator): { restore(): void } {
	if (!nock.isActive()) nock.activate(); // a previous restore() in this worker deactivated it
	nock.disableNetConnect();
	const scope = nock(MOCO_HOST).persist();
	// nock hands reply functions a body parsed as JSON; the simulator wants the raw text it received.
	const rawBodies = new WeakMap<object, string>();
	scope.on('request', (req: ClientRequest, _interceptor: unknown, body: string) => rawBodies.set(req, body ?? ''));

	for (const method of METHODS) {
		scope
			.intercept(/.*/, method)
			.query(true)
			.reply(function (uri) {
				const req = this.req;
				const host = String(req.getHeader('host') ?? req.host ?? sim.host);
				const result = sim.handle({
					method,
					url: `https://${host.replace(/:443$/, '')}${uri}`,
					headers: req.headers,
					body: bodyBytes(rawBodies.get(req) ?? ''),
				});
				if (!isFaultSignal(result)) return [result.status, result.body, result.headers];
				// A never-settling promise leaves the socket open: only the client's timeout ends it.
				if (result.fault === 'hang') return new Promise<never>(() => undefined);
				const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
				return Promise.reject(reset);
			});
	}

	return {
		restore(): void {
			nock.cleanAll();
			nock.enableNetConnect();
			nock.restore();
		},
	};
}
