import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** Hex HMAC-SHA256 of the raw body, compared in constant time. */
export function validSignature(rawBody: Buffer, secret: string, signature: string): boolean {
	const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'), 'utf8');
	const given = Buffer.from(signature.trim().toLowerCase(), 'utf8');
	return given.length === expected.length && timingSafeEqual(given, expected);
}

export function header(headers: IDataObject, name: string): string | undefined {
	const value = headers[name];
	if (Array.isArray(value)) return value.length ? String(value[0]) : undefined;
	return value === undefined || value === null ? undefined : String(value);
}

/** MOCO marks a change made through its API with `X-Moco-Origin: api` (empty otherwise). */
export function deliveryOrigin(headers: IDataObject): string | null {
	const origin = header(headers, 'x-moco-origin')?.trim().toLowerCase();
	return origin ? origin : null;
}

export const DELETED_NOTE = "MOCO deleted this record: a delete delivery carries only the record's ID (and its custom properties where MOCO has them), nothing else of it";

/** The output item: MOCO's payload as sent, and what the headers say under `mocoDelivery`. */
export function deliveryItem(body: unknown, headers: IDataObject, event: string, target: string, sentAt: Date | undefined): IDataObject {
	const userId = Number(header(headers, 'x-moco-user-id'));
	const record = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : { data: body as IDataObject };
	const deleted = event === 'delete';
	return {
		...record,
		mocoDelivery: {
			event,
			target,
			timestamp: sentAt?.toISOString() ?? null,
			userId: Number.isInteger(userId) ? userId : null,
			accountUrl: header(headers, 'x-moco-account-url') ?? null,
			origin: deliveryOrigin(headers),
			// Without this a delete would look like a record MOCO sent empty.
			payload: deleted ? 'idOnly' : 'record',
			...(deleted ? { note: DELETED_NOTE } : {}),
		},
	};
}
