/**
 * MOCO's most likely rate limiter (MOCO-API.md, "Limits"): the Caddy plugin its makers publish.
 * Keyed by the Authorization header value, two fixed windows whose boundaries are shared by all
 * keys, an interpolated count, and every request counted before the check, rejected ones too.
 * Pure: no timers, no I/O; the clock is injected so tests and the benchmark never sleep.
 */

export interface RateLimitOptions {
	max: number;
	windowMs: number;
	/** Start of the first window in ms (the plugin starts it when the server boots). Default: now() at construction. */
	origin?: number;
	/**
	 * 'elapsed' (default): the current window is weighted by f, as MOCO-API.md and the plugin's
	 * source write it. 'full': the textbook sliding window, current + previous * (1 - f).
	 */
	weighting?: 'elapsed' | 'full';
}

export interface RateLimitDecision {
	allowed: boolean;
	/** Interpolated count after this request was added. */
	count: number;
}

export class FixedWindowRateLimiter {
	private readonly max: number;
	private readonly windowMs: number;
	private readonly origin: number;
	private readonly weighting: 'elapsed' | 'full';
	private windowIndex = 0;
	private current = new Map<string, number>();
	private previous = new Map<string, number>();

	constructor(options: RateLimitOptions, private readonly now: () => number = Date.now) {
		if (!(options.max > 0) || !(options.windowMs > 0)) throw new Error('rate limit needs max > 0 and windowMs > 0');
		this.max = options.max;
		this.windowMs = options.windowMs;
		this.origin = options.origin ?? now();
		this.weighting = options.weighting ?? 'elapsed';
	}

	/** Counts one request for `key` and says whether it may pass (the plugin blocks when count > max). */
	hit(key: string): RateLimitDecision {
		const f = this.roll();
		this.current.set(key, (this.current.get(key) ?? 0) + 1);
		const count = this.interpolate(key, f);
		return { allowed: count <= this.max, count };
	}

	/** The interpolated count for `key` right now, without counting a request. */
	estimate(key: string): number {
		return this.interpolate(key, this.roll());
	}

	// f = share of the current window elapsed. Weight f on the current window is what the
	// doc's formula and the plugin do (not the textbook weight 1): a burst just after a flip is
	// barely counted at first and weighs more as the window ages, so a burster gets shut out
	// for most of the window; steady pacing at max/window peaks at exactly max and never trips.
	private interpolate(key: string, f: number): number {
		const cur = this.current.get(key) ?? 0;
		const prev = this.previous.get(key) ?? 0;
		const curWeight = this.weighting === 'full' ? 1 : f;
		return Math.round(cur * curWeight + prev * (1 - f));
	}

	/** Moves the windows forward to now() and returns f. */
	private roll(): number {
		const elapsed = Math.max(0, this.now() - this.origin);
		const index = Math.floor(elapsed / this.windowMs);
		if (index !== this.windowIndex) {
			// A window with no successor request still becomes "previous"; two flips empty both.
			this.previous = index === this.windowIndex + 1 ? this.current : new Map();
			this.current = new Map();
			this.windowIndex = index;
		}
		return (elapsed - index * this.windowMs) / this.windowMs;
	}
}
