import type { INodeParameters } from 'n8n-workflow';

import { Pacer, PLANS, keyId, pacerFor, type Plan } from '../../nodes/Moco/shared/rateLimit';
import { retryAfterMs, networkCode } from '../../nodes/Moco/shared/retry';
import { FixedWindowRateLimiter } from '../simulator';
import { VirtualClock, runNode, startVirtualTime, useSimulator, virtualClock } from '../harness';
import { userBy } from '../staff/user/fixtures';

const STEP = 120_000 / 119; // standard plan: one request fewer than MOCO allows per window, ~1008 ms apart

/** Starts n acquires at once and records when each was let go (ms after the start). */
async function releases(pacer: Pacer, clock: VirtualClock, n: number, runFor: number): Promise<number[]> {
	const start = clock.now();
	const at: number[] = [];
	for (let i = 0; i < n; i++) void pacer.acquire().then((t) => at.push(t - start));
	await clock.advance(runFor);
	return at;
}

describe('Pacer (manual virtual clock)', () => {
	let clock: VirtualClock;
	beforeEach(() => {
		clock = new VirtualClock('manual');
	});

	test('a small burst, then a steady pace one request per window under the plan', async () => {
		const at = await releases(new Pacer(PLANS.standard, clock), clock, 10, 60_000);

		expect(at.slice(0, 3)).toEqual([0, 0, 0]);
		for (let i = 3; i < 10; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(STEP - 1);
		for (let i = 4; i < 10; i++) expect(at[i] - at[i - 1]).toBeLessThanOrEqual(STEP + 1);
	});

	test('the unlimited plan paces ten times faster', async () => {
		const at = await releases(new Pacer(PLANS.unlimited, clock), clock, 23, 10_000);

		expect(at).toHaveLength(23);
		expect(at[22]).toBeLessThanOrEqual(Math.ceil(20 * (STEP / 10)) + 20);
	});

	test('a 429 blocks the whole key and halves the pace; a retry refused again doubles the block but does not slow the pace further', async () => {
		const pacer = new Pacer(PLANS.standard, clock, () => 1);
		const before = pacer.rate;
		const sentAt = await pacer.acquire();

		const freeAt = pacer.rejected(sentAt);
		expect(freeAt - clock.now()).toBe(2_000);
		expect(pacer.rate).toBeCloseTo(before / 2);

		// A request that left before the block says nothing new: no second strike.
		expect(pacer.rejected(sentAt - 1)).toBe(freeAt);

		let next = NaN;
		void pacer.acquire().then((t) => (next = t));
		await clock.advance(1_999);
		expect(next).toBeNaN();
		await clock.advance(10_000);
		expect(next).toBeGreaterThanOrEqual(freeAt);

		// Rejected again after waiting: the block doubles, the pace stays at half (one slowdown per episode).
		expect(pacer.rejected(next) - clock.now()).toBe(4_000);
		expect(pacer.rate).toBeCloseTo(before / 2);
		// After a success, a new 429 is a new episode: the pace halves again.
		pacer.accepted(clock.now());
		let again = NaN;
		void pacer.acquire().then((t) => (again = t));
		await clock.advance(10_000);
		pacer.rejected(again);
		expect(pacer.rate).toBeCloseTo((before / 2 + before * 0.01) / 2);
	});

	test('Retry-After replaces the guessed block', async () => {
		const pacer = new Pacer(PLANS.standard, clock, () => 1);
		const sentAt = await pacer.acquire();
		expect(pacer.rejected(sentAt, 45_000) - clock.now()).toBe(45_000);
	});

	test('successes bring the pace back up step by step', async () => {
		const pacer = new Pacer(PLANS.standard, clock, () => 0);
		const full = pacer.rate;
		pacer.rejected(await pacer.acquire());
		for (let i = 0; i < 10; i++) pacer.accepted(clock.now());
		expect(pacer.rate).toBeGreaterThan(full / 2);
		expect(pacer.rate).toBeLessThan(full);
		for (let i = 0; i < 100; i++) pacer.accepted(clock.now());
		expect(pacer.rate).toBeCloseTo(full);
	});

	test('a cancelled execution leaves the queue without using a slot', async () => {
		const pacer = new Pacer(PLANS.standard, clock);
		for (let i = 0; i < 3; i++) await pacer.acquire();
		const abort = new AbortController();
		const cancelled = pacer.acquire({ signal: abort.signal }).catch((error: Error) => error.message);
		let other = NaN;
		const start = clock.now();
		void pacer.acquire().then((t) => (other = t - start));
		abort.abort();
		await clock.advance(1_100);
		expect(await cancelled).toBe('The execution was cancelled');
		// The slot the cancelled request would have used goes to the next one.
		expect(other).toBeLessThanOrEqual(STEP + 1);
	});
});

/** n releases of one pacer on a manual virtual clock, as absolute times. */
async function paced(plan: Plan, n: number): Promise<number[]> {
	const clock = new VirtualClock('manual', 0);
	const at = await releases(new Pacer(plan, clock), clock, n, (n / plan.max + 1) * plan.windowMs);
	expect(at).toHaveLength(n);
	return at;
}

/** The most requests any span of `windowMs` holds. */
function busiestSpan(at: number[], windowMs: number): number {
	let most = 0;
	for (let i = 0, j = 0; i < at.length; i++) {
		while (at[i] - at[j] >= windowMs) j++;
		most = Math.max(most, i - j + 1);
	}
	return most;
}

describe("pacing to MOCO's interpolated window (virtual time)", () => {
	test.each([
		['standard', PLANS.standard],
		['unlimited', PLANS.unlimited],
	])('%s plan: no span of one window ever holds more than max - 1 requests, yet the pace is 0.99 of the plan', async (_name, plan) => {
		const at = await paced(plan, 3 * plan.max);

		expect(busiestSpan(at, plan.windowMs)).toBe(plan.max - 1);
		const achieved = at.length / (at[at.length - 1] - at[0]) / (plan.max / plan.windowMs);
		expect(achieved).toBeGreaterThanOrEqual(0.99);
		expect(achieved).toBeLessThanOrEqual(1.01);
	});

	test.each([
		['standard', PLANS.standard],
		['unlimited', PLANS.unlimited],
	])("%s plan: MOCO's limiter never refuses a request, whatever the phase of its windows", async (_name, plan) => {
		const at = await paced(plan, 3 * plan.max);
		const spacing = plan.windowMs / (plan.max - 1);
		// A fixed jitter pattern: each request reaches MOCO up to half a spacing late.
		const arrivals = at.map((t, i) => t + ((i * 7919) % 100) / 200 * spacing);
		for (let phase = 0; phase < 24; phase++) {
			const origin = -(phase / 24) * plan.windowMs;
			for (const [weighting, times] of [['elapsed', arrivals], ['full', at]] as const) {
				let now = 0;
				const limiter = new FixedWindowRateLimiter({ ...plan, origin, weighting }, () => now);
				const refused = [...times].sort((a, b) => a - b).filter((t) => ((now = t), !limiter.hit('key').allowed));
				expect({ phase, weighting, refused: refused.length }).toEqual({ phase, weighting, refused: 0 });
			}
		}
	});

	test('a pace one request higher would be refused: the margin is needed', async () => {
		const plan = PLANS.standard;
		const at = await paced({ max: plan.max + 1, windowMs: plan.windowMs }, 3 * plan.max);
		const refusedAtSomePhase = Array.from({ length: 24 }, (_, phase) => {
			let now = 0;
			const limiter = new FixedWindowRateLimiter({ ...plan, origin: -(phase / 24) * plan.windowMs, weighting: 'full' }, () => now);
			return at.filter((t) => ((now = t), !limiter.hit('key').allowed)).length;
		});
		expect(Math.max(...refusedAtSomePhase)).toBeGreaterThan(0);
	});
});

describe('pacers are per API key and process-wide', () => {
	test('the same key gets the same pacer, another key its own; the map holds a hash only', () => {
		startVirtualTime('manual');
		const plan: Plan = PLANS.standard;
		expect(pacerFor('key-one', plan)).toBe(pacerFor(' key-one ', plan));
		expect(pacerFor('key-two', plan)).not.toBe(pacerFor('key-one', plan));
		expect(keyId('key-one')).toMatch(/^[0-9a-f]{16}$/);
		expect(keyId('key-one')).not.toContain('key-one');
	});

	test('a changed plan in the credential changes the pace of the existing pacer', () => {
		startVirtualTime('manual');
		const pacer = pacerFor('key-one', PLANS.standard);
		const slow = pacer.rate;
		expect(pacerFor('key-one', PLANS.unlimited).rate).toBeCloseTo(slow * 10);
	});
});

describe('reading Retry-After and network errors', () => {
	const now = Date.UTC(2026, 0, 5, 9, 0, 0);
	test.each([
		['7', 7_000],
		[' 0 ', 0],
		['2.5', 2_500],
		[new Date(now + 30_000).toUTCString(), 30_000],
		[new Date(now - 5_000).toUTCString(), 0],
		['soon', undefined],
		[undefined, undefined],
	])('Retry-After %p', (header, ms) => {
		expect(retryAfterMs(header, now)).toBe(ms);
	});

	test.each([
		[{ code: 'ECONNRESET' }, 'ECONNRESET'],
		[{ message: 'wrapped', cause: { cause: { code: 'EPIPE' } } }, 'EPIPE'],
		[{ message: 'timeout of 50ms exceeded' }, 'ETIMEDOUT'],
		[{ message: 'socket hang up' }, 'ECONNRESET'],
		[{ message: 'something else' }, undefined],
	])('network code of %p', (error, code) => {
		expect(networkCode(error)).toBe(code);
	});
});

describe('pacing through the node against MOCO\'s limiter (virtual time)', () => {
	const sim = useSimulator({
		apiKeys: { 'test-key': 'full', 'other-key': 'full' },
		rateLimit: { max: 120, windowMs: 120_000 },
		now: () => virtualClock().now(),
	});
	const update = (apiKey = 'test-key'): INodeParameters => ({ resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), firstname: `Paced ${apiKey}` });
	const users = (n: number) => sim().addUsers(n).map((u) => ({ id: u.id }));

	test('300 updates on the standard plan: no 429, none lost, close to the allowed rate', async () => {
		const items = users(300);
		const start = virtualClock().now();

		const result = await runNode({ parameters: update(), items, continueOnFail: true });

		expect(result.items.filter((item) => item.error)).toEqual([]);
		expect(sim().requests).toHaveLength(300);
		const seconds = (virtualClock().now() - start) / 1000;
		const achieved = 300 / seconds;
		expect(achieved / (120 / 120)).toBeGreaterThanOrEqual(0.97);
		expect(achieved).toBeLessThanOrEqual(1.01);
	}, 30_000);

	test('two runs with the same key at once share one pace: still no 429', async () => {
		const a = users(150);
		const b = users(150);
		let refused = 0;
		const handle = sim().handle.bind(sim());
		sim().handle = (input) => {
			const answer = handle(input);
			if ('status' in answer && answer.status === 429) refused++;
			return answer;
		};

		const [first, second] = await Promise.all([
			runNode({ parameters: update(), items: a, continueOnFail: true }),
			runNode({ parameters: update(), items: b, continueOnFail: true }),
		]);

		expect(refused).toBe(0);
		expect([...first.items, ...second.items].filter((item) => item.error)).toEqual([]);
	}, 30_000);

	test('a long queue on one key never delays another key', async () => {
		const busy = users(100);
		const [other] = users(1);
		let otherDoneAt = 0;
		const start = virtualClock().now();

		const busyRun = runNode({ parameters: update(), items: busy, continueOnFail: true });
		const otherRun = runNode({ parameters: update('other-key'), items: [other], credentials: { subdomain: 'acme', apiKey: 'other-key' } }).then((r) => {
			otherDoneAt = virtualClock().now() - start;
			return r;
		});
		const [, otherResult] = await Promise.all([busyRun, otherRun]);

		expect(otherResult.error).toBeUndefined();
		expect(otherDoneAt).toBeLessThan(5_000);
		expect(virtualClock().now() - start).toBeGreaterThan(90_000);
	}, 30_000);
});
