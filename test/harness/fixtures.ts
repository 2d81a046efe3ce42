import type { IDataObject } from 'n8n-workflow';

import { isFaultSignal, type MocoSimulator, type SimRequest } from '../simulator';
import { TEST_CREDENTIALS } from './run';

/** What MOCO itself answers right now, asked straight from the simulator (a test's own set-up, not node traffic). */
export function mocoSend(sim: MocoSimulator, method: string, path: string, body?: IDataObject): IDataObject {
	const answer = sim.handle({
		method,
		url: `https://acme.mocoapp.com/api/v1${path}`,
		headers: { authorization: `Token token=${TEST_CREDENTIALS.apiKey}`, ...(body ? { 'content-type': 'application/json' } : {}) },
		...(body ? { body: JSON.stringify(body) } : {}),
	});
	if (isFaultSignal(answer)) throw new Error(`unexpected fault for ${method} ${path}`);
	sim.requests.pop();
	return (answer.body.length > 0 ? JSON.parse(answer.body.toString()) : {}) as IDataObject;
}

/** What MOCO itself answers for GET <path> right now, read straight from the simulator. */
export function mocoGet(sim: MocoSimulator, path: string): IDataObject {
	return mocoSend(sim, 'GET', path);
}

/** The parts of a request a MOCO test asserts on. */
export function requestSummary(request: SimRequest) {
	return {
		method: request.method,
		host: request.host,
		url: request.url,
		authorization: request.headers.authorization,
		contentType: request.headers['content-type'],
		json: request.json,
	};
}

/** A record picker's value as the editor stores it: From list, By ID, or By a natural key (email, name, identifier). */
export const pick = {
	list: (id: number | string) => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) }),
	by: (mode: string, value: string) => ({ __rl: true, mode, value }),
};

/** "METHOD url" of every request MOCO received from the node. */
export const requestLines = (sim: MocoSimulator) => sim.requests.map((r) => `${r.method} ${r.url}`);
