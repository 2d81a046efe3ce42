// Types for mcp.cjs.
import type { CredentialFixture } from './fixtures.cjs';

export interface McpToolFixture {
	name: string;
	description: string;
	parameters: Record<string, unknown>;
}
export declare const IDS_MCP: { workflow: string; credential: string };
export declare const MCP_PATH: string;
export declare const MCP_TOKEN: string;
export declare const MCP_TOOLS: McpToolFixture[];
export declare const INSTRUCTIONS: string;
export declare function bearerCredential(token?: string): Omit<CredentialFixture, 'data'> & { data: { token: string } };
export declare function mcpWorkflow(options?: Partial<{ id: string; name: string; credentialId: string; bearerId: string }>): Record<string, any>;
export declare function mcpUrl(baseUrl: string): string;
