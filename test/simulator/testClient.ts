/** Shared setup of the simulator's own tests: requests go straight to `sim.handle`, no HTTP. */
import { MocoSimulator, SEED_IDS, isFaultSignal, type SimResponse, type SimResult, type SimulatorOptions } from './index';

export const BASE = 'https://acme.mocoapp.com/api/v1';
export const AUTH = { authorization: 'Token token=test-key' };
export const U = SEED_IDS.users;
export const T = SEED_IDS.units;
export const P = SEED_IDS.projects;
export const TK = SEED_IDS.tasks;
export const C = SEED_IDS.companies;
export const A = SEED_IDS.activities;

export function response(result: SimResult): SimResponse {
	if (isFaultSignal(result)) throw new Error(`unexpected fault ${result.fault}`);
	return result;
}

/** Sends one request and parses the JSON answer. */
export function call(sim: MocoSimulator, method: string, path: string, body?: unknown, headers: Record<string, string> = AUTH) {
	const res = response(
		sim.handle({
			method,
			url: path.startsWith('http') ? path : `${BASE}${path}`,
			headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body),
		}),
	);
	let data: any;
	try {
		data = res.body.length > 0 ? JSON.parse(res.body.toString()) : undefined;
	} catch {
		data = undefined; // injected faults may send plain text
	}
	return { ...res, data };
}

export const make = (options: SimulatorOptions = {}): MocoSimulator => new MocoSimulator({ now: () => Date.UTC(2024, 5, 1), ...options });

/** The harness's virtual clock starts here; the seed's "today". */
export const ANCHOR = Date.UTC(2026, 0, 5, 9, 0, 0);
export const at = (options: SimulatorOptions = {}): MocoSimulator => new MocoSimulator({ now: () => ANCHOR, ...options });
export const ids = (sim: MocoSimulator, path: string): number[] => call(sim, 'GET', path).data.map((r: { id: number }) => r.id);
export const as = (userId: number) => ({ ...AUTH, 'x-impersonate-user-id': String(userId) });
