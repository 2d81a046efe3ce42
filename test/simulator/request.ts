/** Turns what an adapter hands handle() into a SimRequest: host, path, query, headers, parsed body. */
import { parseMultipart } from './multipart';
import type { SimRequest, SimRequestInput } from './types';

function flattenHeaders(headers: SimRequestInput['headers']): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [name, value] of Object.entries(headers)) {
		if (value === undefined) continue;
		out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
	}
	return out;
}

/** `defaultHost` answers a bare path sent without a Host header. */
export function parseRequest(input: SimRequestInput, defaultHost: string): SimRequest {
	const headers = flattenHeaders(input.headers);
	const absolute = /^https?:\/\/([^/?#]+)(.*)$/i.exec(input.url);
	const host = (absolute ? absolute[1] : headers['host'] ?? defaultHost).replace(/:\d+$/, '').toLowerCase();
	const url = absolute ? absolute[2] || '/' : input.url;
	const q = url.indexOf('?');
	const path = q < 0 ? url : url.slice(0, q);
	const query: Record<string, string> = {};
	if (q >= 0) new URLSearchParams(url.slice(q + 1)).forEach((v, k) => (query[k] = v));
	const raw = Buffer.isBuffer(input.body) ? input.body : Buffer.from(input.body ?? '', 'utf8');
	const body = raw.toString('utf8');
	const req: SimRequest = { method: input.method.toUpperCase(), host, path, query, url, headers, body, raw };
	const boundary = /^multipart\/form-data;.*boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
	if (boundary) req.form = parseMultipart(raw, boundary);
	else if (body.trim() !== '') {
		try {
			req.json = JSON.parse(body);
		} catch {
			// Left undefined: handle() answers 400.
		}
	}
	return req;
}
