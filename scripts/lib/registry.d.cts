// Types for registry.cjs (plain Node so `npm start` needs no build step).
export declare function startRegistry(options?: { logFile?: string }): Promise<{
	url: string;
	port: number;
	publish(tarball: string): Promise<string>;
	stop(): Promise<void>;
	output(): string;
}>;
