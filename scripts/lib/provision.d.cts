// Types for provision.cjs (plain Node so `npm start` needs no build step).
export declare const N8N_VERSION: string;
export declare const NODE_VERSION: string;
export declare const ROOT: string;
export declare const CACHE: string;
export declare const NODE_HOME: string;
export declare const NODE_BIN: string;
export declare const N8N_DIR: string;
export declare const N8N_BIN: string;
export declare function node24Env(extra?: Record<string, string>): NodeJS.ProcessEnv;
export declare function dirSizeMb(dir: string): number;
export declare function provision(): Promise<{ nodeBin: string; n8nBin: string; n8nDir: string; nodeHome: string }>;
