import { MocoSimulator, interceptMoco, type SimulatorOptions } from '../simulator';

export * from './run';
export * from './fixtures';

/** A fresh simulator per test, answering every *.mocoapp.com request; nothing else leaves the process. */
export function useSimulator(options?: SimulatorOptions): () => MocoSimulator {
	let sim: MocoSimulator | undefined;
	let interception: { restore(): void } | undefined;
	beforeEach(() => {
		sim = new MocoSimulator(options);
		interception = interceptMoco(sim);
	});
	afterEach(() => interception?.restore());
	return () => sim!;
}
