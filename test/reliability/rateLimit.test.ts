import { Pacer, PLANS, keyId, pacerFor, type Plan } from '../../nodes/Moco/shared/rateLimit';
import { retryAfterMs, networkCode } from '../../nodes/Moco/shared/retry';
import { VirtualClock, startVirtualTime } from '../harness';
import { releases } from './pacing';

const STEP = 120_000 / 119; // standard plan: one request fewer than MOCO allows per window, ~1008 ms apart

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
