/** Faults a test injects (sim.injectFault): matched by method and path, each for a number of requests. */
import { API_BASE, type Fault, type FaultMatch, type SimRequest, type SimResult } from './types';

export class FaultQueue {
	private readonly faults: Array<{ match: FaultMatch; fault: Fault; remaining: number }> = [];

	add(match: FaultMatch, fault: Fault, times: number): void {
		this.faults.push({ match, fault, remaining: times });
	}

	/** The answer of the first fault still pending for `req`, which it uses up; undefined if none. */
	take(req: SimRequest): SimResult | undefined {
		const apiPath = req.path.startsWith(API_BASE) ? req.path.slice(API_BASE.length) : req.path;
		const entry = this.faults.find(({ match, remaining }) => {
			if (remaining <= 0) return false;
			if (match.method && match.method.toUpperCase() !== req.method) return false;
			if (match.path instanceof RegExp) return match.path.test(req.path);
			return match.path === undefined || match.path === req.path || match.path === apiPath;
		});
		if (!entry) return undefined;
		entry.remaining--;
		const fault = entry.fault;
		if (typeof fault === 'string') return { fault };
		return { status: fault.status, headers: { ...(fault.headers ?? {}) }, body: fault.body ?? '' };
	}
}
