import { LoggerProxy, type INodeParameters } from 'n8n-workflow';

import { runNode, useSimulator, type RunResult } from '../harness';
import { SEED_IDS } from '../simulator';
import { userBy } from '../staff/user/fixtures';

// The API key and a user's password must never come back out of a run: not in items, error
// messages, descriptions, stacks, the stored node copy, nor anything logged. Every scenario's
// full output is serialised (non-enumerable error fields included) and searched for both.
const API_KEY = 'mk_live_Q7x9Vb2Lr8Zt';
const PASSWORD = 'Geheim!Passwort-42';
const credentials = { subdomain: 'acme', apiKey: API_KEY };
const sim = useSimulator({ apiKeys: { [API_KEY]: 'full' } });
const { juergen: JUERGEN, zoe: ZOE } = SEED_IDS.users;

const logged: string[] = [];
beforeAll(() => {
	const record = (...args: unknown[]) => logged.push(dump(args));
	LoggerProxy.init({ error: record, warn: record, info: record, debug: record, verbose: record } as never);
	for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) jest.spyOn(console, level).mockImplementation(record);
});
afterAll(() => jest.restoreAllMocks());

/** JSON of everything reachable, with the message, stack, description and cause of every error. */
function dump(value: unknown): string {
	const seen = new WeakSet<object>();
	return JSON.stringify(value, function (_key, v: unknown) {
		if (typeof v === 'bigint') return String(v);
		if (v === null || typeof v !== 'object') return v;
		if (seen.has(v)) return '[seen]';
		seen.add(v);
		if (v instanceof Error) {
			const all: Record<string, unknown> = {};
			for (const name of Object.getOwnPropertyNames(v)) all[name] = (v as unknown as Record<string, unknown>)[name];
			return { ...all, cause: (v as { cause?: unknown }).cause };
		}
		if (Buffer.isBuffer(v)) return v.toString('utf8');
		return v;
	});
}

/**
 * What the run produced. Not run.data.executionData: that is n8n's copy of the workflow as the
 * user wrote it (a password typed into the node is part of the workflow, like in the editor).
 */
const produced = (result: RunResult) => dump({ items: result.items, error: result.error, resultData: result.run?.data.resultData, logged });

function expectNoSecrets(result: RunResult) {
	const everything = produced(result);
	expect(everything).not.toContain(API_KEY);
	expect(everything).not.toContain(PASSWORD);
	// Sanity: the search does see what the run produced.
	expect(everything.length).toBeGreaterThan(100);
}

const withPassword: INodeParameters = { resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), password: PASSWORD };

describe('no API key or password in anything a run produces', () => {
	test('success', async () => {
		const result = await runNode({ parameters: withPassword, items: [{ id: JUERGEN }], credentials });
		expect(result.error).toBeUndefined();
		expect(sim().requests[0].json).toEqual({ password: PASSWORD }); // it did reach MOCO
		expectNoSecrets(result);
	});

	test.each([
		['401', { status: 401, body: JSON.stringify({ message: 'Unauthorized: invalid API key' }) }],
		['422 naming the password', { status: 422, body: JSON.stringify({ password: ['is too short'] }) }],
		['500', { status: 500, body: '<html>Internal Server Error</html>' }],
		['reset', 'reset' as const],
	])('MOCO error %s, run stops', async (_name, fault) => {
		sim().injectFault({ path: `/users/${ZOE}` }, fault, 9);
		const result = await runNode({ parameters: withPassword, items: [{ id: ZOE }], credentials });
		expect(result.error).toBeDefined();
		expectNoSecrets(result);
	});

	test('Continue On Fail with a mix of success, MOCO errors, no answer and bad input', async () => {
		sim().injectFault({ path: `/users/${ZOE}` }, { status: 422, body: JSON.stringify({ message: 'Passwort zu kurz' }) });
		sim().injectFault({ path: '/users/999' }, 'hang');
		const result = await runNode({
			parameters: { ...withPassword, requestOptions: { timeout: 1000 } },
			items: [{ id: JUERGEN }, { id: ZOE }, { id: 999 }, { id: 'not-an-id' }],
			credentials,
			continueOnFail: true,
		});
		expect(result.items.map((item) => Boolean(item.error))).toEqual([false, true, true, true]);
		expectNoSecrets(result);
	});

	// From version 1.1 the password sits under Update Fields, and version 2 stores it under the resource's name.
	test.each([1.1, 2])('version %s: MOCO errors, run stops and Continue On Fail', async (typeVersion) => {
		const parameters = { resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), updateFields: { password: PASSWORD } };
		sim().injectFault({ path: `/users/${ZOE}` }, { status: 422, body: JSON.stringify({ password: ['is too short'] }) }, 9);
		const stopped = await runNode({ parameters, items: [{ id: ZOE }], credentials, typeVersion });
		expect(stopped.error).toBeDefined();
		expectNoSecrets(stopped);
		const continued = await runNode({ parameters, items: [{ id: JUERGEN }, { id: ZOE }, { id: 'not-an-id' }], credentials, typeVersion, continueOnFail: true });
		expect(continued.items.map((item) => Boolean(item.error))).toEqual([false, true, true]);
		expectNoSecrets(continued);
	});

	test('a wrong key is not echoed either', async () => {
		const wrong = 'mk_live_WRONG_9f8e7d';
		const result = await runNode({ parameters: withPassword, items: [{ id: JUERGEN }], credentials: { subdomain: 'acme', apiKey: wrong } });
		expect(result.error?.message).toContain('401');
		expect(produced(result)).not.toContain(wrong);
	});

	test('a password that is not text is refused without echoing it', async () => {
		const result = await runNode({ parameters: { ...withPassword, password: '={{ { secret: "' + PASSWORD + '" } }}' }, items: [{ id: JUERGEN }], credentials });
		expect(result.error?.message).toContain('Password must be text');
		expect(sim().requests).toHaveLength(0);
		expectNoSecrets(result);
	});
});
