/** The simulator's public shapes: requests and answers, faults, options, the user-facing records. */
import type { FormPart } from './multipart';

export interface SimRequest {
	method: string;
	host: string;
	path: string;
	query: Record<string, string>;
	url: string;
	headers: Record<string, string>;
	/** The body as text (UTF-8); `raw` has its exact bytes. */
	body: string;
	raw: Buffer;
	json?: unknown;
	/** The parts of a multipart/form-data body, by field name. */
	form?: Record<string, FormPart>;
}

export interface SimResponse {
	status: number;
	headers: Record<string, string>;
	/** Text, or the exact bytes of a file (a PDF). */
	body: string | Buffer;
}

/** What handle() returns for a connection-level fault: the adapter must reset or never answer. */
export interface SimFaultSignal {
	fault: 'reset' | 'hang';
}

export type SimResult = SimResponse | SimFaultSignal;

export interface SimRequestInput {
	method: string;
	/** Absolute (https://host/path?q) or a path; a bare path uses the Host header or the account host. */
	url: string;
	headers: Record<string, string | string[] | undefined>;
	/** Text, or the exact bytes sent (a multipart upload). */
	body?: string | Buffer;
}

export interface SimulatorOptions {
	subdomain?: string;
	apiKeys?: Record<string, 'full' | 'read'>;
	now?: () => number;
	rateLimit?: { max: number; windowMs: number; origin?: number; weighting?: 'elapsed' | 'full' } | false;
	seed?: boolean;
	/** Entries per page; MOCO's default is 100. */
	pageSize?: number;
	/**
	 * Whether a `Link` next/prev URL repeats the request's query (default true). MOCO's docs show
	 * bare `?page=N` links: false serves those, so a client must resend its own filters.
	 */
	linkKeepsQuery?: boolean;
	/** The user each API key belongs to; a key not listed belongs to sessionUserId(). */
	keyUsers?: Record<string, number>;
}

export type Fault = { status: number; body?: string | Buffer; headers?: Record<string, string> } | 'reset' | 'hang';

export interface FaultMatch {
	method?: string;
	/** A string matches the full path ('/api/v1/users/7') or the part after '/api/v1' ('/users/7'). */
	path?: string | RegExp;
}

export interface SimRef {
	id: number;
	name: string;
}

export interface SimUnit {
	id: number;
	name: string;
	created_at: string;
	updated_at: string;
}

export interface SimRole {
	id: number;
	name: string;
	is_default: boolean;
	is_admin: boolean;
	permission: Record<string, unknown>;
}

/** MOCO's read shape, plus simulator-only fields (language, billedHours) that are never serialised. */
export interface SimUser {
	id: number;
	firstname: string;
	lastname: string;
	active: boolean;
	extern: boolean;
	email: string;
	mobile_phone: string;
	work_phone: string;
	home_address: string;
	info: string;
	birthday: string | null;
	iban: string;
	avatar_url: string | null;
	tags: string[];
	custom_properties: Record<string, unknown>;
	unit: SimRef;
	role: SimRef | null;
	created_at: string;
	updated_at: string;
	language: string;
	billedHours: boolean;
}

export function isFaultSignal(result: SimResult): result is SimFaultSignal {
	return 'fault' in result;
}

export const API_BASE = '/api/v1';

/** What sim.onChange() listeners get after every successful create, update or delete. */
export interface SimChange {
	/** MOCO's webhook target (Activity, Project, User...); '' for entries MOCO sends no webhook for. */
	target: string;
	/** The entry's name (sim.records() key). */
	resource: string;
	event: 'create' | 'update' | 'delete';
	/** The read shape MOCO would deliver. */
	record: unknown;
	/** The acting user (impersonation applied). */
	userId: number;
}

/** What a handler mounted with sim.route() receives. */
export interface SimRouteContext {
	req: SimRequest;
	/** The pattern's capture groups. */
	params: string[];
	body: Record<string, unknown>;
	/** The acting user (impersonation applied) and the key's own user. */
	userId: number;
	keyUserId: number;
}
