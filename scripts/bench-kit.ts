// What the bench's scenarios share: the API key, the table of results, a simulator that counts.
import { MocoSimulator, interceptMoco, isFaultSignal, type SimulatorOptions } from '../test/simulator';

export const KEY = 'bench-key';
export const CREDENTIALS = { subdomain: 'acme', apiKey: KEY, plan: 'unlimited' };
export const AUTH = `Token token=${KEY}`;

export interface Row {
	scenario: string;
	measure: string;
	value: string;
	target: string;
}
export const rows: Row[] = [];
export const report = (scenario: string, measure: string, value: string, target = '') => {
	rows.push({ scenario, measure, value, target });
	console.log(`  ${measure}: ${value}${target ? `  (target ${target})` : ''}`);
};

export function simulator(options: SimulatorOptions) {
	const sim = new MocoSimulator({ apiKeys: { [KEY]: 'full' }, seed: false, ...options });
	const interception = interceptMoco(sim);
	let refused = 0;
	const arrivals: number[] = [];
	const handle = sim.handle.bind(sim);
	sim.handle = (input) => {
		if (input.headers.authorization === AUTH) arrivals.push(Date.now());
		const answer = handle(input);
		if (!isFaultSignal(answer) && answer.status === 429) refused++;
		return answer;
	};
	return { sim, stop: () => interception.restore(), refused: () => refused, arrivals };
}

/** Collects the garbage an earlier run left (with --expose-gc, as `npm run bench` runs), so it is not timed in the next. */
export function settle(): void {
	(globalThis as { gc?: () => void }).gc?.();
}
