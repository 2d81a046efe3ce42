import type { IDataObject } from 'n8n-workflow';

import { isFaultSignal, type MocoSimulator, type SimRequest } from '../simulator';
import { TEST_CREDENTIALS } from './run';

/** What MOCO itself answers for GET <path> right now, read straight from the simulator. */
export function mocoGet(sim: MocoSimulator, path: string): IDataObject {
	const answer = sim.handle({
		method: 'GET',
		url: `https://acme.mocoapp.com/api/v1${path}`,
		headers: { authorization: `Token token=${TEST_CREDENTIALS.apiKey}` },
	});
	if (isFaultSignal(answer)) throw new Error(`unexpected fault for GET ${path}`);
	sim.requests.pop(); // the test's own look-up is not traffic from the node
	return JSON.parse(answer.body) as IDataObject;
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
