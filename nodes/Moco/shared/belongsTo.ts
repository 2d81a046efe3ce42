import type { IDataObject } from 'n8n-workflow';

import type { FieldRow } from './fieldTable';
import { describeMocoBody } from './errors';

/** A record sent together with the parent it must belong to (a task and its project). */
interface Sent {
	child: FieldRow;
	childId: unknown;
	parent?: FieldRow;
	parentId?: unknown;
	/** The kind of record written, whose own parent counts when the item sends none. */
	owner: string;
}

// Per item (n8n hands preSend and postReceive of one item the same context).
const sentWithParent = new WeakMap<object, Sent[]>();

/**
 * Remembers which records of a nested kind this item's request names, so that MOCO's refusal can
 * be explained without asking MOCO anything more: checking first would cost every run a request.
 */
export function rememberNested(context: object, rows: FieldRow[], payload: IDataObject, owner: string): void {
	const sent: Sent[] = [];
	for (const child of rows) {
		const parentRecord = child.kind === 'reference' ? child.record?.parent?.record : undefined;
		if (!parentRecord || !(child.api in payload)) continue;
		const parent = rows.find((row) => row.record === parentRecord && row.api in payload);
		sent.push({ child, childId: payload[child.api], parent, parentId: parent ? payload[parent.api] : undefined, owner });
	}
	if (sent.length > 0) sentWithParent.set(context, sent);
	else sentWithParent.delete(context);
}

/**
 * MOCO answers "task must exist" when the task sent is not one of the project's: typically a task
 * picked before Project was changed, which the editor keeps. Says so, and what to do.
 */
export function explainMissingChild(context: object, status: number, body: unknown): { message: string; advice: string } | undefined {
	if (status !== 422) return undefined;
	const reason = describeMocoBody(body);
	const refused = (noun = '') => new RegExp(`\\b${noun} must exist\\b`, 'i').test(reason);
	// Where the parent itself is refused, MOCO's words say it best.
	const match = sentWithParent.get(context)?.find(({ child }) => refused(child.record?.noun) && !refused(child.record?.parent?.record.noun));
	if (!match) return undefined;
	const { child, childId, parent, parentId, owner } = match;
	const noun = child.record?.noun ?? '';
	const parentNoun = child.record?.parent?.record.noun ?? '';
	const where = parent ? `the chosen ${parentNoun} (ID ${String(parentId)})` : `the ${owner}'s ${parentNoun}`;
	return {
		message: `${child.displayName} (ID ${String(childId)}) does not belong to ${where}; MOCO refused with "${reason}"`,
		advice: parent
			? `Pick the ${child.displayName} again: one picked before ${parent.displayName} was changed stays in the form, and its list shows the ${noun}s of the ${parentNoun} chosen now.`
			: `Pick a ${noun} of the ${owner}'s ${parentNoun}, or set the ${parentNoun} as well.`,
	};
}
