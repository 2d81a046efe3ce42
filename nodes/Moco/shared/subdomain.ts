// One parser for the credential and the node: the API key may only ever travel to <account>.mocoapp.com.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MOCO_HOST = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.mocoapp\.com$/;

export const SUBDOMAIN_HINT =
	'Enter your MOCO account name, e.g. "acme" for https://acme.mocoapp.com (also accepted: "acme.mocoapp.com" or the full address).';

export class InvalidSubdomainError extends Error {
	constructor(input: unknown) {
		const shown = typeof input === 'string' && input.trim() !== '' ? `"${input}"` : 'empty';
		super(`The MOCO subdomain ${shown} is not valid. ${SUBDOMAIN_HINT}`);
		this.name = 'InvalidSubdomainError';
	}
}

/** Returns the bare account name ("acme") or throws InvalidSubdomainError. */
export function parseSubdomain(input: unknown): string {
	if (typeof input !== 'string') throw new InvalidSubdomainError(input);
	const value = input.trim().toLowerCase();
	if (LABEL.test(value)) return value;
	const bareHost = MOCO_HOST.exec(value.replace(/\/$/, ''));
	if (bareHost) return bareHost[1];
	if (/^https?:\/\//.test(value) && URL.canParse(value)) {
		const url = new URL(value);
		const host = MOCO_HOST.exec(url.hostname);
		// Credentials or a port in the address mean it is not a plain MOCO URL.
		if (host && !url.username && !url.password && !url.port) return host[1];
	}
	throw new InvalidSubdomainError(input);
}

export function mocoOrigin(subdomain: string): string {
	return `https://${subdomain}.mocoapp.com`;
}

export function mocoBaseUrl(subdomain: string): string {
	return `${mocoOrigin(subdomain)}/api/v1`;
}
