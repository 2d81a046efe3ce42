import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { loadOptions, runNode, useSimulator, virtualClock } from '../harness';
import { SEED_IDS, type Fault } from '../simulator';
import { simplified, userBy } from '../staff/user/fixtures';

// Every answer MOCO (or the network) can give, on the middle one of three items with Continue On
// Fail: the user sees MOCO's words or an honest description, the item index, and the other two
// items are updated as if nothing happened.
const sim = useSimulator();
const { juergen: JUERGEN, zoe: ZOE, anais: ANAIS } = SEED_IDS.users;
const items = [{ id: JUERGEN }, { id: ZOE }, { id: ANAIS }];
const update: INodeParameters = { resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), firstname: 'Jörg' };
const json = (data: unknown, status: number, headers: Record<string, string> = {}): Fault => ({
	status,
	body: JSON.stringify(data),
	headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
});
const html = (status: number): Fault => ({ status, body: '<html><body><h1>Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } });

/** Virtual time of every request MOCO received, in ms since the run started. */
function recordTimes(): number[] {
	const times: number[] = [];
	const start = virtualClock().now();
	const handle = sim().handle.bind(sim());
	sim().handle = (input) => {
		times.push(virtualClock().now() - start);
		return handle(input);
	};
	return times;
}

/** The times (from recordTimes) of the requests for item 1's user. */
const timesOfZoe = (at: number[]) => sim().requests.flatMap((r, i) => (r.path === `/api/v1/users/${ZOE}` ? [at[i]] : []));

const toZoe = () => sim().requests.filter((r) => r.path === `/api/v1/users/${ZOE}`).length;

function expectOthersDone(output: INodeExecutionData[]) {
	expect(output).toHaveLength(3);
	expect(output[0].json).toEqual(simplified(sim(), JUERGEN));
	expect(output[2].json).toEqual(simplified(sim(), ANAIS));
}

interface Row {
	name: string;
	fault: Fault;
	times?: number;
	/** What the user reads (message). */
	message: string;
	/** Part of the description, when the message alone is not the whole story. */
	description?: string;
	requests: number;
	parameters?: INodeParameters;
}

// The Timeout row waits for real (axios's timer): 1 s, since a loaded CI machine took more than 0.3 s to answer the other items.
const failing: Row[] = [
	{ name: '401 bad key', fault: json({ message: 'Unauthorized: invalid API key' }, 401), message: 'MOCO rejected the API key (401): Unauthorized: invalid API key', description: 'Check the API key', requests: 1 },
	{ name: '403 no permission', fault: json({ message: 'Keine Berechtigung – Personal bearbeiten' }, 403), message: 'MOCO refused access (403): Keine Berechtigung – Personal bearbeiten', requests: 1 },
	{ name: '404 no such user', fault: json({ message: 'Resource not found' }, 404), message: 'MOCO found no such record (404): Resource not found', requests: 1 },
	{ name: '422 {message}, non-ASCII', fault: json({ message: 'Die E-Mail-Adresse ist bereits vergeben – bitte prüfen' }, 422), message: 'MOCO could not save the data (422): Die E-Mail-Adresse ist bereits vergeben – bitte prüfen', requests: 1 },
	{ name: '422 field map, non-ASCII', fault: json({ email: ['ist ungültig'], unit: ['muss ausgefüllt werden', 'existiert nicht'] }, 422), message: 'MOCO could not save the data (422): email ist ungültig; unit muss ausgefüllt werden, existiert nicht', requests: 1 },
	{ name: '500, not repeated', fault: json({ message: 'Internal Server Error' }, 500), message: 'MOCO had a server error (500): Internal Server Error', description: "MOCO's side", requests: 1 },
	{ name: '500 with an HTML page', fault: html(500), message: 'MOCO had a server error (500)', requests: 1 },
	{ name: '500 with an empty body', fault: { status: 500, body: '' }, message: 'MOCO had a server error (500)', requests: 1 },
	{ name: '502 every time: 3 repeats', fault: html(502), times: 99, message: 'MOCO had a server error (502)', requests: 4 },
	{ name: '503 every time: 3 repeats', fault: json({ message: 'Service Unavailable' }, 503), times: 99, message: 'MOCO had a server error (503): Service Unavailable', requests: 4 },
	{ name: 'connection reset every time: 3 repeats', fault: 'reset', times: 99, message: 'The connection to MOCO broke before an answer came (item 1)', description: 'Tried 4 times', requests: 4 },
	{ name: 'no answer: fails after the node Timeout', fault: 'hang', message: 'MOCO did not answer within 1 s (item 1)', description: 'may or may not have reached MOCO', requests: 1, parameters: { requestOptions: { timeout: 1000 } } },
	{ name: '200 that is not JSON', fault: { status: 200, body: '<html>Wartungsarbeiten</html>', headers: { 'content-type': 'text/html' } }, message: 'MOCO answered 200 without the expected JSON data (item 1)', description: 'The answer began with: <html>Wartungsarbeiten</html>', requests: 1 },
	{ name: '200 with an empty body', fault: { status: 200, body: '' }, message: 'MOCO answered 200 without the expected JSON data (item 1)', description: 'The answer was empty', requests: 1 },
];

describe('HTTP faults on item 1 of 3 (Continue On Fail)', () => {
	test.each(failing)('$name', async ({ fault, times, message, description, requests, parameters }) => {
		sim().injectFault({ path: `/users/${ZOE}` }, fault, times ?? 1);

		const result = await runNode({ parameters: { ...update, ...parameters }, items, continueOnFail: true });

		expect(result.error).toBeUndefined();
		expectOthersDone(result.items);
		expect(result.items[1].json).toEqual({ error: message });
		const error = result.items[1].error!;
		expect(error.context).toMatchObject({ itemIndex: 1 });
		expect(`${error.message} ${error.description}`).toMatch(/item 1\b/i);
		if (description) expect(error.description).toContain(description);
		expect(toZoe()).toBe(requests);
		expect(sim().users.find((u) => u.id === ZOE)?.firstname).not.toBe('Jörg');
	});

	test('without Continue On Fail the run stops with the same words and item index', async () => {
		sim().injectFault({ path: `/users/${ZOE}` }, json({ message: 'Resource not found' }, 404));

		const result = await runNode({ parameters: update, items });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404', context: { itemIndex: 1 } });
	});
});

describe('answers that are retried until the item goes through', () => {
	const recovering: Array<{ name: string; fault: Fault; times?: number; waitedAtLeast: number }> = [
		{ name: '429 without Retry-After (as MOCO sends it)', fault: { status: 429, body: '' }, waitedAtLeast: 1_000 },
		{ name: '429 with Retry-After in seconds', fault: { status: 429, body: '', headers: { 'retry-after': '7' } }, waitedAtLeast: 7_000 },
		{ name: '429 three times in a row', fault: { status: 429, body: '' }, times: 3, waitedAtLeast: 1_000 + 2_000 + 4_000 },
		{ name: '502 with an HTML page', fault: html(502), waitedAtLeast: 1_000 },
		{ name: '503', fault: json({ message: 'Service Unavailable' }, 503), times: 2, waitedAtLeast: 1_000 + 2_000 },
		{ name: '504', fault: { status: 504, body: '' }, waitedAtLeast: 1_000 },
		{ name: 'connection reset', fault: 'reset', times: 2, waitedAtLeast: 1_000 + 2_000 },
	];

	test.each(recovering)('$name', async ({ fault, times = 1, waitedAtLeast }) => {
		sim().injectFault({ path: `/users/${ZOE}` }, fault, times);
		const at = recordTimes();

		const result = await runNode({ parameters: update, items, continueOnFail: true });

		expect(result.items.map((item) => item.json)).toEqual([JUERGEN, ZOE, ANAIS].map((id) => simplified(sim(), id)));
		expect(toZoe()).toBe(times + 1);
		const zoe = timesOfZoe(at);
		expect(zoe[zoe.length - 1] - zoe[0]).toBeGreaterThanOrEqual(waitedAtLeast);
	});

	test('429 with Retry-After as an HTTP date', async () => {
		const when = new Date(virtualClock().now() + 30_000).toUTCString();
		sim().injectFault({ path: `/users/${ZOE}` }, { status: 429, body: '', headers: { 'retry-after': when } });
		const at = recordTimes();

		const result = await runNode({ parameters: update, items, continueOnFail: true });

		expect(result.items.every((item) => item.error === undefined)).toBe(true);
		expect(at[at.length - 1]).toBeGreaterThanOrEqual(29_000);
	});

	test('429 that never ends: the item gives up after outlasting a full window, with advice', async () => {
		sim().injectFault({ path: `/users/${ZOE}` }, { status: 429, body: '' }, 1000);
		const at = recordTimes();

		const result = await runNode({ parameters: update, items, continueOnFail: true });

		expectOthersDone(result.items);
		const error = result.items[1].error!;
		expect(error.message).toMatch(/^MOCO rate limit reached \(429\): MOCO still refused after \d+ s of waiting and retrying \(item 1\)$/);
		expect(error.description).toContain('Rate Limit Plan');
		const zoe = timesOfZoe(at);
		const span = zoe[zoe.length - 1] - zoe[0];
		expect(span).toBeGreaterThanOrEqual(120_000);
		expect(span).toBeLessThanOrEqual(180_000);
		// Each rejected try waits longer: no hammering.
		expect(zoe.length).toBeLessThan(12);
	});
});

test('a delete answered 200 with an empty body is a success, not a "not JSON" error', async () => {
	const user = sim().addUser({ firstname: 'Weg' });
	sim().injectFault({ method: 'DELETE' }, { status: 200, body: '' });

	const result = await runNode({ parameters: { resource: 'user', operation: 'delete', userId: userBy.id(user.id) } });

	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
});

test('a dropdown in the editor that keeps getting 429 gives up within half a minute, not minutes', async () => {
	sim().injectFault({ path: '/units' }, { status: 429, body: '' }, 1000);
	const start = virtualClock().now();

	await expect(loadOptions('getTeams')).rejects.toThrow(/^MOCO rate limit reached \(429\): MOCO still refused after \d+ s of waiting and retrying$/);
	const waited = virtualClock().now() - start;
	// About 15 s: it stops early (from 13 s on) when the key's next free moment lies past 22.5 s.
	expect(waited).toBeGreaterThanOrEqual(12_000);
	expect(waited).toBeLessThanOrEqual(30_000);
});

describe('a create (POST) is never repeated blindly', () => {
	const create: INodeParameters = {
		resource: 'user',
		operation: 'create',
		firstname: '={{ $json.firstname }}',
		lastname: 'Neu',
		email: '={{ $json.firstname.toLowerCase() }}@acme.example',
		unitId: SEED_IDS.units.sales,
	};
	const people = [{ firstname: 'Ida' }, { firstname: 'Ole' }];
	const posts = () => sim().requests.filter((r) => r.method === 'POST').length;

	test.each([
		['503', json({ message: 'Service Unavailable' }, 503), 'MOCO had a server error (503): Service Unavailable', "MOCO's side"],
		['connection reset', 'reset' as Fault, 'The connection to MOCO broke before an answer came (item 0)', 'A create is not sent again automatically'],
	])('%s: one POST, a clear error, the other item created', async (_name, fault, message, description) => {
		sim().injectFault({ method: 'POST', path: '/users' }, fault);
		const before = sim().users.length;

		const result = await runNode({ parameters: create, items: people, continueOnFail: true });

		expect(posts()).toBe(2);
		expect(sim().users.length).toBe(before + 1);
		expect(result.items[0].json).toEqual({ error: message });
		expect(result.items[0].error!.description).toContain(description);
		expect(result.items[1].json).toMatchObject({ firstname: 'Ole' });
	});

	test('429 is retried: MOCO refused it, so nothing was created', async () => {
		sim().injectFault({ method: 'POST', path: '/users' }, { status: 429, body: '' });
		const before = sim().users.length;

		const result = await runNode({ parameters: create, items: people, continueOnFail: true });

		expect(posts()).toBe(3);
		expect(sim().users.length).toBe(before + 2);
		expect(result.items.map((item) => item.json.firstname)).toEqual(['Ida', 'Ole']);
	});
});
