import { FixedWindowRateLimiter } from './index';
import { AUTH, BASE, call, make, response } from './testClient';

describe('rate limiter', () => {
	const MINUTE = 60_000;

	it('a burst trips it once the interpolated count passes max', () => {
		let now = 30_000; // halfway through the first window: f = 0.5
		const rl = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		const results = Array.from({ length: 25 }, () => rl.hit('k').allowed);
		// round(n * 0.5) > 10 first at n = 21
		expect(results.indexOf(false)).toBe(20);
		expect(results.slice(20).every((a) => !a)).toBe(true);
		expect(rl.hit('other key').allowed).toBe(true);
		now = 45_000; // the same count weighs more as the window ages
		expect(rl.estimate('k')).toBe(Math.round(25 * 0.75));
	});

	it('rejected requests are counted, so hammering prolongs the block', () => {
		const burst = (rl: FixedWindowRateLimiter): void => {
			for (let i = 0; i < 30; i++) rl.hit('k');
		};
		let now = 30_000;
		const idle = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		burst(idle);
		now = 90_000; // next window, f = 0.5: round(30 * 0.5) = 15 > 10
		expect(idle.estimate('k')).toBe(15);
		now = 101_000; // round(30 * (1 - 41/60)) = 10, plus this request at weight f: still 10
		expect(idle.hit('k').allowed).toBe(true);

		now = 30_000;
		const hammer = new FixedWindowRateLimiter({ max: 10, windowMs: MINUTE, origin: 0 }, () => now);
		burst(hammer);
		const outcomes: boolean[] = [];
		for (now = 31_000; now <= 101_000; now += 1000) outcomes.push(hammer.hit('k').allowed);
		expect(outcomes.every((a) => !a)).toBe(true);
	});

	it('steady pacing at max/window never trips it', () => {
		for (const offset of [0, 1, 500, 999]) {
			let now = 0;
			const rl = new FixedWindowRateLimiter({ max: 120, windowMs: 120_000, origin: 0 }, () => now);
			for (let i = 0; i < 1200; i++) {
				now = offset + i * 1000;
				expect(rl.hit('k')).toMatchObject({ allowed: true });
			}
		}
	});

	it('textbook weighting is available for comparison', () => {
		const now = 0;
		const rl = new FixedWindowRateLimiter({ max: 3, windowMs: MINUTE, origin: 0, weighting: 'full' }, () => now);
		expect([1, 2, 3, 4].map(() => rl.hit('k').allowed)).toEqual([true, true, true, false]);
	});

	it('the simulator answers 429 with an empty body and no Retry-After, per Authorization value', () => {
		const now = 30_000;
		const sim = make({ now: () => now, rateLimit: { max: 2, windowMs: MINUTE, origin: 0 } });
		const statuses = Array.from({ length: 6 }, () => call(sim, 'GET', '/session').status);
		expect(statuses).toEqual([200, 200, 200, 200, 429, 429]); // round(5 * 0.5) = 3 > 2
		const limited = response(sim.handle({ method: 'GET', url: `${BASE}/session`, headers: AUTH }));
		expect(limited).toEqual({ status: 429, headers: { 'content-length': '0' }, body: '' });
		expect(sim.requests).toHaveLength(7);
		expect(call(sim, 'GET', '/session', undefined, { authorization: 'Bearer test-key' }).status).toBe(200);
	});
});
