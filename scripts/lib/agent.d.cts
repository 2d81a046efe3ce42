// Types for agent.cjs.
import type { ChatRequest, ModelAnswer } from './fake-model.cjs';
import type { CredentialFixture } from './fixtures.cjs';

export declare const IDS_AGENT: { credential: string; workflow: string };
export declare const PROMPT: string;
export declare const MOCO_NODE_VERSION: number;
export declare const TOOLS: Record<'update' | 'getMany', { name: string; parameters: Record<string, unknown> }>;
export declare function fromAI(key: string, description: string, type?: string): string;
export declare function toolName(nodeName: string): string;
export declare function llmCredential(baseUrl: string): Omit<CredentialFixture, 'data'> & { data: { apiKey: string; url: string } };
export declare function agentWorkflow(options?: Partial<{ id: string; name: string; prompt: string }>): Record<string, any>;
export declare function mocoAgentScript(body: ChatRequest): ModelAnswer;
