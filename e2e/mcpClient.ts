/**
 * A minimal MCP client over Streamable HTTP, as an assistant's MCP client speaks it: JSON-RPC
 * messages POSTed to the server's one URL, answers as JSON or as a short server-sent-event stream,
 * the session in the `mcp-session-id` header. No SDK, so the test sees the protocol itself.
 */
export const PROTOCOL_VERSION = '2025-06-18';

export interface JsonRpcAnswer {
	jsonrpc: '2.0';
	id?: number;
	result?: any;
	error?: { code: number; message: string; data?: unknown };
}

export interface HttpAnswer {
	status: number;
	contentType: string;
	text: string;
	messages: JsonRpcAnswer[];
}

/** The JSON-RPC messages of an answer: a JSON body, or the `data:` lines of an event stream. */
function messagesOf(contentType: string, text: string): JsonRpcAnswer[] {
	if (contentType.includes('text/event-stream')) {
		return text
			.split(/\r?\n\r?\n/)
			.map((event) => event.split(/\r?\n/).filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n'))
			.filter(Boolean)
			.map((data) => JSON.parse(data) as JsonRpcAnswer);
	}
	if (!contentType.includes('application/json') || text === '') return [];
	const parsed = JSON.parse(text) as JsonRpcAnswer | JsonRpcAnswer[];
	return Array.isArray(parsed) ? parsed : [parsed];
}

export class McpClient {
	sessionId?: string;
	private nextId = 1;

	constructor(
		readonly url: string,
		private readonly headers: Record<string, string> = {},
	) {}

	async post(message: Record<string, unknown>): Promise<HttpAnswer> {
		const res = await fetch(this.url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'application/json, text/event-stream',
				...(this.sessionId ? { 'mcp-session-id': this.sessionId, 'mcp-protocol-version': PROTOCOL_VERSION } : {}),
				...this.headers,
			},
			body: JSON.stringify({ jsonrpc: '2.0', ...message }),
			signal: AbortSignal.timeout(60_000),
		});
		const contentType = res.headers.get('content-type') ?? '';
		const text = await res.text();
		this.sessionId ??= res.headers.get('mcp-session-id') ?? undefined;
		return { status: res.status, contentType, text, messages: messagesOf(contentType, text) };
	}

	/** A request: its answer's result, or an Error with the HTTP status and body. */
	async request(method: string, params: Record<string, unknown> = {}): Promise<any> {
		const id = this.nextId++;
		const answer = await this.post({ id, method, params });
		const reply = answer.messages.find((m) => m.id === id);
		if (answer.status !== 200 || !reply) throw new Error(`${method} -> ${answer.status} ${answer.contentType}: ${answer.text.slice(0, 1000)}`);
		if (reply.error) throw new Error(`${method} -> JSON-RPC error ${reply.error.code}: ${reply.error.message}`);
		return reply.result;
	}

	/** initialize, then notifications/initialized: the handshake every MCP client starts with. */
	async connect(): Promise<any> {
		const result = await this.request('initialize', {
			protocolVersion: PROTOCOL_VERSION,
			capabilities: {},
			clientInfo: { name: 'moco-e2e-client', version: '1.0.0' },
		});
		const initialized = await this.post({ method: 'notifications/initialized' });
		if (initialized.status !== 202) throw new Error(`notifications/initialized -> ${initialized.status}: ${initialized.text}`);
		return result;
	}

	listTools(): Promise<{ tools: Array<{ name: string; description: string; inputSchema: any }> }> {
		return this.request('tools/list');
	}

	callTool(name: string, args: Record<string, unknown>): Promise<{ content: Array<{ type: string; text: string }>; isError?: boolean }> {
		return this.request('tools/call', { name, arguments: args });
	}

	/** Ends the session (DELETE with its id), as a client does when it disconnects. */
	async close(): Promise<number | undefined> {
		if (!this.sessionId) return undefined;
		const res = await fetch(this.url, { method: 'DELETE', headers: { 'mcp-session-id': this.sessionId, ...this.headers } });
		await res.text();
		return res.status;
	}
}
