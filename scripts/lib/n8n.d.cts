// Types for n8n.cjs (plain Node so `npm start` needs no build step).
import type { ChildProcess } from 'node:child_process';

import type { N8nInstall } from './provision.cjs';

export declare const PACKAGE_NAME: string;
export declare function shadowingWorkflowCopy(userFolder: string): string | undefined;
export declare function freePort(): Promise<number>;
export declare function portInUse(port: number, host?: string): Promise<boolean>;
export declare function packPackage(options?: {
	build?: boolean;
	destination?: string;
}): Promise<{ tarball: string; files: string[]; info: Record<string, unknown> }>;
export declare function installPackedPackage(userFolder: string, tarball: string): Promise<{ packageDir: string; version: string }>;
export declare function n8nEnv(options: {
	userFolder: string;
	port?: number;
	brokerPort: number;
	extra?: Record<string, string>;
	install?: N8nInstall;
}): NodeJS.ProcessEnv;
export interface N8nProcess {
	child: ChildProcess;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	output(): string;
	stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export declare function spawnN8n(
	args: string[],
	env: NodeJS.ProcessEnv,
	options?: { logFile?: string; onLine?: (line: string) => void; install?: N8nInstall },
): N8nProcess;
export declare function n8nCli(
	args: string[],
	env: NodeJS.ProcessEnv,
	options?: { timeoutMs?: number; install?: N8nInstall },
): Promise<{ code: number | null; stdout: string; stderr: string }>;
export declare function parseTrailingJson(stdout: string): any;
export declare function waitForN8n(baseUrl: string, proc?: N8nProcess, timeoutMs?: number): Promise<void>;
export declare class N8nRest {
	constructor(baseUrl: string);
	baseUrl: string;
	cookie: string;
	request(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: any; text: string }>;
	ok(method: string, pathname: string, body?: unknown): Promise<any>;
	setupOwner(owner: { email: string; firstName: string; lastName: string; password: string }): Promise<any>;
	login(user: { email: string; password: string }): Promise<any>;
}
