import { NodeApiError } from 'n8n-workflow';
import type { IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';

import { withoutSecrets } from './errors';
import type { Plan } from './rateLimit';

// The errors a user sees when a request to MOCO fails on the way (shared/retry.ts sends it):
// MOCO's own refusals are shared/errors.ts's.

export function failure(node: INode, itemIndex: number | undefined, message: string, description: string, httpCode?: string) {
	const where = itemIndex === undefined ? '' : ` (item ${itemIndex})`;
	return new NodeApiError(withoutSecrets(node), { message } as JsonObject, {
		message: `${message}${where}`,
		description: [itemIndex === undefined ? '' : `Item ${itemIndex}.`, description].filter(Boolean).join(' '),
		httpCode,
		itemIndex,
	});
}

export function rateLimited(node: INode, itemIndex: number | undefined, plan: Plan, waitedMs: number) {
	return failure(
		node,
		itemIndex,
		`MOCO rate limit reached (429): MOCO still refused after ${Math.round(waitedMs / 1000)} s of waiting and retrying`,
		`Other workflows, tools or n8n workers are using the same API key faster than MOCO allows (${plan.max} requests per 2 minutes). Nothing was changed for this item. Wait two minutes and run it again; if your MOCO plan allows 1200 requests per 2 minutes, choose "Unlimited" as Rate Limit Plan in the MOCO credential.`,
		'429',
	);
}

export function noAnswer(node: INode, itemIndex: number | undefined, timeoutMs: number | undefined) {
	const limit = timeoutMs === undefined ? '' : ` within ${timeoutMs / 1000} s`;
	return failure(
		node,
		itemIndex,
		`MOCO did not answer${limit}`,
		'The request may or may not have reached MOCO: check the record in MOCO before running this item again. The waiting time is the node\'s Timeout setting (Settings > Request Options > Timeout).',
	);
}

export function brokenConnection(node: INode, itemIndex: number | undefined, repeatable: boolean, code: string, tries: number) {
	const advice = repeatable
		? `Tried ${tries} times. Check the network between n8n and MOCO and run again.`
		: 'A create is not sent again automatically, because MOCO may already have saved it: check in MOCO before running this item again.';
	// The code goes in the description: n8n replaces a message that contains one with its own words.
	return failure(node, itemIndex, 'The connection to MOCO broke before an answer came', `${advice} (${code})`);
}

export function unexpected(node: INode, itemIndex: number | undefined, error: unknown) {
	const { message, description } = error as { message?: unknown; description?: unknown };
	return failure(
		node,
		itemIndex,
		typeof message === 'string' && message !== '' ? message : 'The request to MOCO failed',
		typeof description === 'string' ? description : '',
	);
}

/** MOCO always answers with JSON; anything else (a proxy's page, nothing) must not become an item. */
export function notJson(node: INode, itemIndex: number | undefined, response: IN8nHttpFullResponse) {
	const text = Buffer.isBuffer(response.body) ? response.body.toString('utf8') : String(response.body ?? '');
	const start = text.replace(/\s+/g, ' ').trim().slice(0, 80);
	return failure(
		node,
		itemIndex,
		`MOCO answered ${response.statusCode} without the expected JSON data`,
		`${start === '' ? 'The answer was empty.' : `The answer began with: ${start}`} Something between n8n and MOCO (a proxy or firewall) may have answered instead; check in MOCO whether the change was made before running this item again.`,
	);
}
