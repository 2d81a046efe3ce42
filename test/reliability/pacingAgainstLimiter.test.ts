import type { INodeParameters } from 'n8n-workflow';

import { Pacer, PLANS, type Plan } from '../../nodes/Moco/shared/rateLimit';
import { FixedWindowRateLimiter } from '../simulator';
import { VirtualClock, runNode, useSimulator, virtualClock } from '../harness';
import { userBy } from '../staff/user/fixtures';
import { releases } from './pacing';

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
