'use strict';
// A scripted stand-in for an OpenAI-compatible chat model, on 127.0.0.1 (plain Node `http`).
// n8n's OpenAI Chat Model node (Base URL = this server, Responses API off) calls
// `GET /v1/models` and `POST /v1/chat/completions`; a `reply(body)` function decides each answer:
// `{ toolCalls: [{ name, arguments }] }` or `{ text }`. Every request is kept for assertions.
const http = require('node:http');

const MODEL = 'gpt-4o-mini';

function completion(body, answer, serial) {
	const message = answer.toolCalls
		? {
				role: 'assistant',
				content: null,
				tool_calls: answer.toolCalls.map((call, index) => ({
					id: `call_${serial}_${index}`,
					type: 'function',
					function: { name: call.name, arguments: JSON.stringify(call.arguments ?? {}) },
				})),
			}
		: { role: 'assistant', content: String(answer.text ?? '') };
	return {
		id: `chatcmpl-${serial}`,
		object: 'chat.completion',
		created: Math.floor(Date.now() / 1000),
		model: body.model || MODEL,
		choices: [{ index: 0, message, logprobs: null, finish_reason: answer.toolCalls ? 'tool_calls' : 'stop' }],
		usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
	};
}

/**
 * Starts the model on a free port. `reply(body, requests)` gets the parsed chat request (model,
 * messages, tools, ...). Returns `{ url, baseUrl, requests, close() }`; `baseUrl` is what the
 * openAiApi credential's Base URL takes.
 */
function startFakeModel({ reply, onRequest } = {}) {
	const requests = [];
	let serial = 0;
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const send = (status, value) => {
				res.writeHead(status, { 'content-type': 'application/json' });
				res.end(JSON.stringify(value));
			};
			const path = (req.url || '').split('?')[0];
			let body;
			try {
				body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
			} catch {
				return send(400, { error: { message: 'request body is not JSON' } });
			}
			requests.push({ method: req.method, path, body });
			onRequest?.({ method: req.method, path, body });
			if (req.method === 'GET' && path.endsWith('/models')) {
				return send(200, { object: 'list', data: [{ id: MODEL, object: 'model', created: 0, owned_by: 'moco-sandbox' }] });
			}
			if (req.method === 'POST' && path.endsWith('/chat/completions')) {
				if (body?.stream) return send(400, { error: { message: 'the scripted model does not stream' } });
				let answer;
				try {
					answer = reply(body, requests);
				} catch (error) {
					return send(500, { error: { message: `scripted model failed: ${error.message}` } });
				}
				return send(200, completion(body, answer, ++serial));
			}
			send(404, { error: { message: `the scripted model has no ${req.method} ${path} (turn off "Use Responses API")` } });
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const url = `http://127.0.0.1:${server.address().port}`;
			resolve({
				url,
				baseUrl: `${url}/v1`,
				requests,
				/** The chat requests only, in order. */
				chats: () => requests.filter((r) => r.path.endsWith('/chat/completions')).map((r) => r.body),
				clear: () => requests.splice(0),
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						server.closeAllConnections();
					}),
			});
		});
	});
}

module.exports = { startFakeModel, MODEL };
