import { setRateLimitClock, type Clock } from '../../nodes/Moco/shared/rateLimit';

interface Timer {
	at: number;
	seq: number;
	resolve(): void;
}

/**
 * Virtual time for the node's pacer and retries, so no test sleeps real seconds.
 * auto (default): whenever something sleeps, time jumps to the earliest wake-up on the next
 * turn of the event loop (HTTP to the simulator still completes in between).
 * manual: time moves only through advance(), for tests that check exact timings.
 */
export class VirtualClock implements Clock {
	private time: number;
	private timers: Timer[] = [];
	private seq = 0;
	private scheduled = false;

	constructor(private readonly mode: 'auto' | 'manual' = 'auto', start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
		this.time = start;
	}

	now = (): number => this.time;

	sleep = async (ms: number): Promise<void> =>
		await new Promise<void>((resolve) => {
			this.timers.push({ at: this.time + Math.max(0, ms), seq: this.seq++, resolve });
			if (this.mode === 'auto') this.schedule();
		});

	/** Sleepers waiting right now. */
	get pending(): number {
		return this.timers.length;
	}

	/** Manual mode: moves time forward by ms, waking every sleeper due on the way, in order. */
	async advance(ms: number): Promise<void> {
		const until = this.time + ms;
		for (;;) {
			await settle();
			const next = this.earliest();
			if (next === undefined || next.at > until) break;
			this.wake(next);
		}
		this.time = until;
		await settle();
	}

	private earliest(): Timer | undefined {
		this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
		return this.timers[0];
	}

	private wake(timer: Timer): void {
		this.timers.shift();
		this.time = Math.max(this.time, timer.at);
		timer.resolve();
	}

	private schedule(): void {
		if (this.scheduled) return;
		this.scheduled = true;
		setImmediate(() => {
			this.scheduled = false;
			const next = this.earliest();
			if (next === undefined) return;
			this.wake(next);
			if (this.timers.length > 0) this.schedule();
		});
	}
}

/** Lets promise chains woken by the clock run before time moves again. */
async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

let current: VirtualClock | undefined;

/** A fresh virtual clock (and fresh pacers) for the node; returns it. */
export function startVirtualTime(mode: 'auto' | 'manual' = 'auto', random?: () => number): VirtualClock {
	current = new VirtualClock(mode);
	setRateLimitClock(current, random);
	return current;
}

/** The clock of the running test (useSimulator starts one before each test). */
export function virtualClock(): VirtualClock {
	if (current === undefined) throw new Error('No virtual clock: call startVirtualTime() or useSimulator()');
	return current;
}
