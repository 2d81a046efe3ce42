import { MocoSimulator, interceptMoco, type SimulatorOptions } from '../simulator';
import { startVirtualTime } from './clock';

export * from './run';
export * from './fixtures';
export * from './clock';
export * from './tool';
export * from './mcp';
export * from './webhook';

/** A fresh simulator per test, answering every *.mocoapp.com request; nothing else leaves the process. */
export function useSimulator(options?: SimulatorOptions): () => MocoSimulator {
	let sim: MocoSimulator | undefined;
	let interception: { restore(): void } | undefined;
	beforeEach(() => {
		// The node paces every request per API key: in tests that pacing runs on virtual time.
		startVirtualTime();
		sim = new MocoSimulator(options);
		interception = interceptMoco(sim);
	});
	afterEach(() => interception?.restore());
	return () => sim!;
}
export * from './evaluations';
