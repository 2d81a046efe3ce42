// Types for npmInstall.cjs (plain Node so `npm start` needs no build step).
import type { PinnedInstall } from './provision.cjs';
export declare function log(msg: string): void;
export declare function pinnedLock(dir: string): string;
export declare function npmReason(error: Error): string;
export declare function manifest(
	packages: Record<string, string>,
	overrides?: Record<string, string>,
): { name: string; private: boolean; dependencies: Record<string, string>; overrides?: Record<string, string> };
export declare function npmInstallOnce(
	options: PinnedInstall & {
		label: string;
		env: NodeJS.ProcessEnv;
		native?: string[];
		check: () => Promise<string>;
		lock?: string;
	},
): Promise<boolean>;
