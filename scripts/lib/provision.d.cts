// Types for provision.cjs (plain Node so `npm start` needs no build step).
export declare const N8N_VERSION: string;
export declare const N8N_1_VERSION: string;
export declare const VERDACCIO_BIN: string;
export declare const NODE_VERSION: string;
export declare const ROOT: string;
export declare const CACHE: string;
export declare const NODE_HOME: string;
export declare const NODE_BIN: string;
export declare const N8N_DIR: string;
export declare const N8N_BIN: string;
export declare function node24Env(extra?: Record<string, string>): NodeJS.ProcessEnv;
export interface N8nInstall {
	version: string;
	major: number;
	dir: string;
	bin: string;
	nodeBin: string;
	env(extra?: Record<string, string>): NodeJS.ProcessEnv;
	nativeModules: string[];
	overrides: Record<string, string>;
}
export declare function systemNodeEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export declare function n8nInstall(version?: string): N8nInstall;
export declare function compatVersions(): string[];
export declare function provisionN8n(version?: string): Promise<N8nInstall>;
export declare function provisionVerdaccio(): Promise<{ bin: string; dir: string }>;
export declare function withLock<T>(
	file: string,
	work: () => Promise<T>,
	options?: { pollMs?: number; onWait?: (pid: number) => void },
): Promise<T>;
export declare function provision(options?: {
	n8nVersions?: string[];
	verdaccio?: boolean;
}): Promise<{ nodeBin: string; n8nBin: string; n8nDir: string; nodeHome: string }>;
/** What goes into one install folder of .cache/ (its lock is in scripts/locks/). */
export interface PinnedInstall {
	dir: string;
	packages: Record<string, string>;
	overrides?: Record<string, string>;
}
export declare function installs(): PinnedInstall[];
