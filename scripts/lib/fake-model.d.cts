// Types for fake-model.cjs.
export declare const MODEL: string;
export interface ChatRequest {
	model: string;
	messages: Array<{ role: string; content: unknown; tool_calls?: unknown[]; tool_call_id?: string }>;
	tools?: Array<{ type: 'function'; function: { name: string; description: string; parameters: Record<string, any> } }>;
	[key: string]: unknown;
}
export type ModelAnswer = { toolCalls: Array<{ name: string; arguments?: Record<string, unknown> }> } | { text: string };
export interface FakeModel {
	url: string;
	baseUrl: string;
	requests: Array<{ method: string; path: string; body: any }>;
	chats(): ChatRequest[];
	clear(): void;
	close(): Promise<void>;
}
export declare function startFakeModel(options: {
	reply: (body: ChatRequest, requests: FakeModel['requests']) => ModelAnswer;
	onRequest?: (request: { method: string; path: string; body: any }) => void;
}): Promise<FakeModel>;
