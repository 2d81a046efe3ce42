/** What one MOCO webhook delivery is on the wire: its inputs, its payload, the signature, the POST. */
import { createHmac } from 'crypto';
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';

import type { SimChange } from './types';

export interface DeliveryInput {
	target: string;
	event: string;
	/** The JSON payload; ignored when `body` is given. */
	record?: unknown;
	/** The exact raw body to send (to alter a signed body by one byte, say). */
	body?: string;
	userId?: number;
	/** ms epoch; the simulator's clock by default. */
	timestamp?: number;
	/** A signature to send instead of the right one; null sends none. */
	signature?: string | null;
	/** Sign with this secret instead of the account's. */
	secret?: string;
	/** X-Moco-Origin: "api" for a change made through the API; empty by default, as for a person's. */
	origin?: string;
}

export interface DeliveryRequest {
	url: string;
	headers: Record<string, string>;
	body: string;
}

export interface DeliveryResult extends DeliveryRequest {
	status: number;
	response: string;
}

/** A delete delivery carries only the record's id, plus custom_properties where the record has them. */
export function deliveryPayload(change: SimChange): unknown {
	if (change.event !== 'delete') return change.record;
	const { id, custom_properties: custom } = change.record as { id: unknown; custom_properties?: unknown };
	return custom === undefined ? { id } : { id, custom_properties: custom };
}

/** The hex HMAC-SHA256 MOCO puts in X-Moco-Signature. */
export function signMocoBody(secret: string, body: string): string {
	return createHmac('sha256', secret).update(body).digest('hex');
}

/**
 * A real HTTP(S) POST of one delivery (the default sender), on a fresh connection that is closed
 * afterwards: a kept-alive socket would hold a test process open. MOCO gives up after 10 s.
 */
export async function postDelivery({ url, headers, body }: DeliveryRequest): Promise<{ status: number; body: string }> {
	const send = url.startsWith('https:') ? httpsRequest : httpRequest;
	return await new Promise((resolve, reject) => {
		const req = send(url, { method: 'POST', headers, agent: false, timeout: 10_000 }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (text += chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
		});
		req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
		req.on('error', reject);
		req.end(body);
	});
}
