// Types for fixtures.cjs.
export declare const NODE_TYPE: string;
/** Every node type of the package, in package.json's order. */
export declare const PACKAGE_NODE_TYPES: string[];
/** Whether a workflow node is one of this package's action nodes (MOCO or an area's). */
export declare function isActionNode(node: { type: string }): boolean;
export declare const TRIGGER_TYPE: string;
export declare const CREDENTIAL_TYPE: string;
export declare const SANDBOX: { subdomain: string; apiKey: string; webhookSecret: string };
export declare const EXAMPLE: { userId: string; unitId: number };
export declare const IDS: {
	credential: string;
	workflow: string;
	triggerWorkflow: string;
	teamByName: string;
	teamByNameV1: string;
	logTime: string;
	projectReport: string;
	invoiceProject: string;
	offer: string;
	confirmation: string;
	expense: string;
	recurring: string;
	milestone: string;
	purchase: string;
	catalog: string;
	tag: string;
	utilization: string;
};
export declare const TICKET: Record<'key' | 'summary' | 'url' | 'assignee' | 'project' | 'task' | 'day' | 'timeSpent', string>;
export declare const LOG_TIME_PARAMETERS: Record<string, any>;
export declare const PROJECT_REPORT_PARAMETERS: Record<string, any>;
export interface CredentialFixture {
	id: string;
	name: string;
	type: string;
	data: { subdomain: string; apiKey: string; webhookSecret: string };
}
export declare function credential(
	options?: Partial<{ id: string; name: string; subdomain: string; apiKey: string; webhookSecret: string }>,
): CredentialFixture;
export declare function userIdParameter(id: string): { __rl: true; mode: 'id'; value: string };
export declare function workflow(
	options?: Partial<{
		id: string;
		name: string;
		credentialId: string;
		credentialName: string;
		userId: string;
		unitId: number;
		typeVersion: number;
		parameters: Record<string, unknown>;
	}>,
): Record<string, any>;
export declare function teamByNameWorkflow(
	options?: Partial<{ typeVersion: number; id: string; name: string; credentialId: string; credentialName: string }>,
): Record<string, any>;
export declare function triggerWorkflow(
	options?: Partial<{
		id: string;
		name: string;
		credentialId: string;
		credentialName: string;
		events: string[];
		webhookId: string;
	}>,
): Record<string, any>;
export declare function logTimeWorkflow(): Record<string, any>;
export declare function projectReportWorkflow(): Record<string, any>;
export declare function sandboxWorkflows(): Array<Record<string, any>>;
export declare function writeJson(dir: string, name: string, value: unknown): string;
export declare const BILLING_PERIOD: { project: string; from: string; to: string };
export declare function invoiceWorkflow(): Record<string, any>;
/** A workflow run by hand: Manual Trigger, then the steps (nodes with `credentials: true` use the sandbox credential). */
export declare function manualWorkflow(options: { id: string; name: string; firstNode: number; steps: Array<Record<string, unknown>> }): Record<string, any>;
export declare function mocoStep(parameters: Record<string, unknown>, typeVersion?: number, name?: string): Record<string, any>;
