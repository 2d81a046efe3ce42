import type { Pacer } from '../../nodes/Moco/shared/rateLimit';
import type { VirtualClock } from '../harness';

/** Starts n acquires at once and records when each was let go (ms after the start). */
export async function releases(pacer: Pacer, clock: VirtualClock, n: number, runFor: number): Promise<number[]> {
	const start = clock.now();
	const at: number[] = [];
	for (let i = 0; i < n; i++) void pacer.acquire().then((t) => at.push(t - start));
	await clock.advance(runFor);
	return at;
}
