import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type { INode, JsonObject } from 'n8n-workflow';

/** An error about one item that the node raised itself (bad input, nothing found, team not empty). */
export type NodeItemError = NodeOperationError | NodeApiError;

const WHAT_HAPPENED: Record<number, string> = {
	400: 'MOCO could not read the request',
	401: 'MOCO rejected the API key',
	403: 'MOCO refused access',
	404: 'MOCO found no such record',
	422: 'MOCO could not save the data',
	423: 'MOCO refused: this conflicts with a record it already has (Locked)',
	429: 'MOCO rate limit reached',
};

const WHAT_TO_DO: Record<number, string> = {
	401: 'Check the API key and subdomain in the MOCO credential.',
	403: 'The API key, or the MOCO user it belongs to, lacks the permission for this (a read-only account key, or a user without Staff permission).',
	404: 'Check the ID: MOCO has no record with it, or the key may not see it.',
	422: 'Correct the values MOCO names and run again.',
	423: 'Look at the existing records for that day and time in MOCO, then run again.',
	429: 'Too many requests were sent with this API key. Wait a minute and run again.',
};

/** A password parameter in any version: top level (1), in a collection (1.1 on), under the resource's name (2). */
const PASSWORD = /^(?:[a-zA-Z]+_)?password$/;

function hidePasswords(value: unknown, key = ''): unknown {
	if (PASSWORD.test(key) && typeof value === 'string' && value !== '') return '[hidden]';
	if (Array.isArray(value)) return value.map((entry) => hidePasswords(entry));
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, hidePasswords(entry, name)]));
}

/** n8n stores the node, parameters included, with every error: a user's password must not ride along. */
export function withoutSecrets(node: INode): INode {
	return { ...node, parameters: hidePasswords(node.parameters) as INode['parameters'] };
}

/** Turns any body MOCO sends with an error into one readable line. */
export function describeMocoBody(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (Buffer.isBuffer(body)) return describeMocoBody(body.toString('utf8'));
	if (typeof body === 'string') {
		const text = body.trim();
		if (text === '') return '';
		try {
			return describeMocoBody(JSON.parse(text));
		} catch {
			// An HTML error page says nothing useful beyond its status.
			return /^</.test(text) ? '' : text.slice(0, 500);
		}
	}
	if (Array.isArray(body)) return body.map(describeMocoBody).filter(Boolean).join('; ');
	if (typeof body === 'object') {
		const record = body as Record<string, unknown>;
		if (typeof record.message === 'string') return record.message;
		if (typeof record.error === 'string') return record.error;
		if (record.errors !== undefined) return describeMocoBody(record.errors);
		// Field map: {"email": ["is invalid"], "unit": ["must exist"]}
		return Object.entries(record)
			.map(([field, problems]) => {
				const list = Array.isArray(problems) ? problems.map(String).join(', ') : String(problems);
				return `${field} ${list}`;
			})
			.join('; ');
	}
	return String(body);
}

/**
 * n8n runs a node marked usableAsTool as the derived type `<type>Tool` (n8n's convertNodeToAiTool),
 * and the Agent's engine marks the node it runs for a tool call with rewireOutputLogTo.
 */
export function runsAsTool(node: INode): boolean {
	return node.type.endsWith('Tool') || node.rewireOutputLogTo === 'ai_tool';
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * As a tool of n8n's AI Agent only the error's message reaches the model, so there the message
 * carries the advice too and no item number (a tool call is one item). A normal run keeps both as
 * they are.
 */
export function forCaller(node: INode, message: string, description: string): { message: string; description: string } {
	if (!runsAsTool(node)) return { message, description };
	const advice = capitalized(description.replace(/^Item \d+[.:]\s*/, '').replace(/ for this item\b/g, '').trim());
	const said = message.replace(/ \(item \d+\)$/, '').trim();
	if (advice === '' || said.includes(advice)) return { message: said, description: advice };
	return { message: `${said}${/[.?!]$/.test(said) ? '' : '.'} ${advice}`, description: advice };
}

/** What a status means for one operation, where MOCO's general meaning would mislead (a PDF not ready yet). */
export type StatusWords = Partial<Record<number, { what: string; advice: string }>>;
const operationWords = new WeakMap<object, StatusWords>();

/** From a preSend: this item's request reads MOCO's statuses in these words. */
export function sayForStatus(context: object, words: StatusWords): void {
	operationWords.set(context, words);
}

export const wordsFor = (context: object): StatusWords | undefined => operationWords.get(context);

/** `explained`: what MOCO's refusal means for this request, in the node's words, and what to do. */
export function mocoApiError(
	node: INode,
	status: number,
	body: unknown,
	itemIndex?: number,
	words: StatusWords = {},
	explained?: { message: string; advice: string },
): NodeApiError {
	const reason = describeMocoBody(body);
	const what = words[status]?.what ?? WHAT_HAPPENED[status] ?? (status >= 500 ? 'MOCO had a server error' : 'MOCO answered with an error');
	const advice = explained?.advice ?? words[status]?.advice ?? WHAT_TO_DO[status] ?? (status >= 500 ? 'This is on MOCO\'s side; try again later.' : '');
	const { message, description } = forCaller(
		node,
		explained ? `${what} (${status}): ${explained.message}` : `${what} (${status})${reason ? `: ${reason}` : ''}`,
		[itemIndex === undefined ? '' : `Item ${itemIndex}.`, advice].filter(Boolean).join(' '),
	);
	return new NodeApiError(withoutSecrets(node), { message, httpCode: String(status), reason } as JsonObject, {
		message,
		description,
		httpCode: String(status),
		itemIndex,
	});
}

/** n8n's own test (n8n-core's continueOnFail): the node's Settings > On Error continues. */
function continuesOnFail(node: INode): boolean {
	if (node.onError === undefined) return node.continueOnFail === true;
	return node.onError === 'continueRegularOutput' || node.onError === 'continueErrorOutput';
}

/**
 * An error about one item that no MOCO answer caused, always built on the node without secrets.
 *
 * With Continue On Fail, n8n's RoutingNode hands a hook's error to the item unchanged: it is a
 * NodeOperationError, shown as the node's own. Without it, RoutingNode (n8n-core 2.41.1) lets only
 * a NodeApiError through; anything else it re-wraps as a NodeApiError "error code none" around the
 * node as saved, password included (test/reliability/secrets.test.ts). So there it stays a
 * NodeApiError, but with none of the HTTP parts (code, raw messages) that make the editor show
 * "From MOCO".
 */
export function itemError(node: INode, itemIndex: number, said: string, advice: string): NodeItemError {
	const { message, description } = forCaller(node, said, advice);
	const safe = withoutSecrets(node);
	if (continuesOnFail(node)) return new NodeOperationError(safe, message, { description, itemIndex });
	return new NodeApiError(safe, { message } as JsonObject, { message, description, itemIndex });
}

/** Bad input: names the field and the item, and is raised before any request is made. */
export function invalidInput(node: INode, itemIndex: number, field: string, problem: string): NodeItemError {
	return itemError(node, itemIndex, `${field} ${problem} (item ${itemIndex})`, `Item ${itemIndex}: nothing was sent to MOCO for this item.`);
}

/**
 * A look-up shared by several items (one per run) failed: each waiting item reports it as its
 * own, instead of naming the item that happened to send the request.
 */
export function retoldForItem(error: unknown, node: INode, itemIndex: number): unknown {
	if (!(error instanceof NodeApiError || error instanceof NodeOperationError)) return error;
	const origin = error.context.itemIndex as number | undefined;
	if (origin === itemIndex) return error;
	const swap = (text: string) =>
		origin === undefined ? text : text.replace(`(item ${origin})`, `(item ${itemIndex})`).replace(`Item ${origin}`, `Item ${itemIndex}`);
	const swapped = {
		message: swap(error.message),
		description: origin === undefined ? [`Item ${itemIndex}.`, error.description].filter(Boolean).join(' ') : swap(error.description ?? ''),
	};
	// MOCO's answers keep their status; the node's own errors stay the node's own.
	const httpCode = error instanceof NodeApiError ? error.httpCode : null;
	if (!httpCode) return itemError(node, itemIndex, swapped.message, swapped.description);
	const { message, description } = forCaller(node, swapped.message, swapped.description);
	return new NodeApiError(withoutSecrets(node), { message } as JsonObject, { message, description, httpCode, itemIndex });
}
