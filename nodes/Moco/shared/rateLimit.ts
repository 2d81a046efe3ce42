import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';

/**
 * Paces requests per MOCO API key. MOCO counts requests per key over interpolated 2-minute
 * windows and counts rejected requests too, so a burst can lock a key out for most of a window
 * while a steady pace just under the limit never trips it (MOCO-API.md, "Limits").
 */

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const realClock: Clock = { now: () => Date.now(), sleep: async (ms) => await sleep(ms) };

export type PlanName = 'standard' | 'unlimited';

export interface Plan {
	max: number;
	windowMs: number;
}

export const PLANS: Record<PlanName, Plan> = {
	standard: { max: 120, windowMs: 120_000 },
	unlimited: { max: 1200, windowMs: 120_000 },
};

export function planFor(name: unknown): Plan {
	return name === 'unlimited' ? PLANS.unlimited : PLANS.standard;
}

/**
 * MOCO's count is round(current * f + previous * (1 - f)) over fixed windows whose phase the node
 * cannot know. When no span of one window holds more than `max - MARGIN` of the key's requests, no
 * fixed window does either, so the count stays under the limit at every phase and under either
 * weighting of the current window. Rounding lets `max + 0.5` pass; the one request kept back
 * covers a request that reaches MOCO a little earlier or later than it left.
 */
const MARGIN = 1;
/** Requests that may leave at once after a quiet spell. */
const BURST = 3;
/** After a 429 the pace drops to this share (once per episode) and climbs back by RECOVERY per success. */
const SLOWDOWN = 0.5;
const MIN_SHARE = 0.1;
const RECOVERY = 0.01;
/** Block after a 429 without Retry-After: doubles with every rejected try, up to a quarter window. */
const FIRST_BLOCK_MS = 2_000;

interface Waiter {
	resolve(releasedAt: number): void;
	reject(error: Error): void;
	signal?: AbortSignal;
}

export class Pacer {
	private tokens = BURST;
	private refilledAt: number;
	private share = 1;
	private blockedUntil = 0;
	private penalizedAt = -Infinity;
	private strikes = 0;
	private readonly queue: Waiter[] = [];
	/** When each of the key's requests of the last window left, oldest first. */
	private readonly sent: number[] = [];
	private pumping = false;

	constructor(
		private plan: Plan,
		private readonly clock: Clock,
		private readonly random: () => number = Math.random,
	) {
		this.refilledAt = clock.now();
	}

	setPlan(plan: Plan): void {
		this.plan = plan;
	}

	/** Requests per millisecond the pacer currently allows. */
	get rate(): number {
		return ((this.plan.max - MARGIN) / this.plan.windowMs) * this.share;
	}

	get blockedUntilMs(): number {
		return this.blockedUntil;
	}

	/**
	 * Resolves when this request may leave, with the time it was let go. A retry goes to the head
	 * of the queue: it has waited longest, and its item's time budget is running.
	 */
	async acquire(options: { priority?: boolean; signal?: AbortSignal } = {}): Promise<number> {
		if (options.signal?.aborted) throw new Error('The execution was cancelled');
		return await new Promise<number>((resolve, reject) => {
			const waiter: Waiter = { resolve, reject, signal: options.signal };
			if (options.priority) this.queue.unshift(waiter);
			else this.queue.push(waiter);
			void this.pump();
		});
	}

	/**
	 * A 429 for a request let go at `releasedAt`. Only the first rejection after the last block
	 * counts as a new strike: requests already on their way when it began say nothing new.
	 * Returns when the key is free again.
	 */
	rejected(releasedAt: number, retryAfterMs?: number): number {
		const now = this.clock.now();
		if (releasedAt >= this.penalizedAt) {
			this.strikes++;
			this.penalizedAt = now;
			// Once per episode: a retry refused again (no success in between) probes a block that
			// has not ended yet, which says nothing about the pace; it only lengthens the block.
			if (this.strikes === 1) this.share = Math.max(MIN_SHARE, this.share * SLOWDOWN);
			const backoff = Math.min(this.plan.windowMs / 4, FIRST_BLOCK_MS * 2 ** (this.strikes - 1));
			// Jitter, so several n8n workers sharing the key do not come back in step.
			const wait = retryAfterMs ?? backoff * (0.5 + this.random() / 2);
			this.blockedUntil = Math.max(this.blockedUntil, now + wait);
		} else if (retryAfterMs !== undefined) {
			this.blockedUntil = Math.max(this.blockedUntil, now + retryAfterMs);
		}
		// No saved-up burst right after a block.
		this.tokens = 0;
		this.refilledAt = Math.max(now, this.blockedUntil);
		return this.blockedUntil;
	}

	/** A request let go at `releasedAt` was accepted. */
	accepted(releasedAt: number): void {
		if (releasedAt < this.penalizedAt) return;
		this.strikes = 0;
		this.share = Math.min(1, this.share + RECOVERY);
	}

	private refill(now: number): void {
		if (now <= this.refilledAt) return;
		this.tokens = Math.min(BURST, this.tokens + (now - this.refilledAt) * this.rate);
		this.refilledAt = now;
	}

	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.queue.length > 0) {
				const now = this.clock.now();
				const waiter = this.queue[0];
				if (waiter.signal?.aborted) {
					this.queue.shift();
					waiter.reject(new Error('The execution was cancelled'));
					continue;
				}
				this.refill(now);
				while (this.sent.length > 0 && this.sent[0] <= now - this.plan.windowMs) this.sent.shift();
				const windowFull = this.sent.length >= this.plan.max - MARGIN;
				if (now >= this.blockedUntil && this.tokens >= 1 && !windowFull) {
					this.tokens -= 1;
					this.sent.push(now);
					this.queue.shift();
					waiter.resolve(now);
					continue;
				}
				const untilSlot = windowFull ? this.sent[this.sent.length - (this.plan.max - MARGIN)] + this.plan.windowMs - now : 0;
				// Waiting for the window to free a slot is no quiet spell: one request then, no burst.
				if (windowFull) {
					this.tokens = 1;
					this.refilledAt = now + untilSlot;
				}
				const untilToken = this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.rate);
				await this.clock.sleep(Math.max(this.blockedUntil - now, untilToken, untilSlot, 1));
			}
		} finally {
			this.pumping = false;
		}
	}
}

// ---- one pacer per API key, for the whole process ----------------------------------------------

let clock: Clock = realClock;
let random: () => number = Math.random;
const pacers = new Map<string, Pacer>();

/** Never the key itself: a hash is all the map (and anything that logs it) ever holds. */
export function keyId(apiKey: unknown): string {
	return createHash('sha256').update(String(apiKey ?? '').trim()).digest('hex').slice(0, 16);
}

export function pacerFor(apiKey: unknown, plan: Plan): Pacer {
	const id = keyId(apiKey);
	let pacer = pacers.get(id);
	if (pacer === undefined) {
		pacer = new Pacer(plan, clock, random);
		pacers.set(id, pacer);
	} else {
		pacer.setPlan(plan);
	}
	return pacer;
}

export function rateLimitClock(): Clock {
	return clock;
}

/** For tests and the benchmark: a clock (and jitter source) for every pacer made from now on. */
export function setRateLimitClock(next: Clock, nextRandom: () => number = Math.random): void {
	clock = next;
	random = nextRandom;
	pacers.clear();
}
