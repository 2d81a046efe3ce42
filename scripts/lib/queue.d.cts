// Types for queue.cjs.
export interface QueueServices {
	dir: string;
	redis: { port: number; stop(): Promise<void> };
	postgres: { port: number; user: string; database: string; stop(): Promise<void> };
	/** Environment shared by n8n's main instance and its workers. */
	env: Record<string, string>;
	stop(): Promise<void>;
}
export declare function ensureQueueServices(): void;
export declare function postgresBin(): string;
export declare function startQueueServices(): Promise<QueueServices>;
