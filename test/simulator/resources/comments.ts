import { type Rec, type ResourceEntry, PERSON, boolEq, eq, idIn, invalid, toId } from '../engine';
import { SEED_IDS } from '../seed';
import { C, U, person, stamps } from './crmCommon';

const COMMENTABLE_TYPES = [
	'Company', 'Contact', 'Deal', 'DeliveryNote', 'Expense', 'Invoice', 'InvoiceBookkeepingExport', 'InvoiceDeletion', 'InvoiceReminder', 'Offer',
	'OfferConfirmation', 'Project', 'ProjectGroup', 'Purchase', 'PurchaseBookkeepingExport', 'PurchaseDraft', 'Receipt', 'ReceiptRefundRequest',
	'RecurringExpense', 'Unit', 'User', 'UserHolidayRequest',
];
/** Commentable types the simulator has records for: their ids must exist. */
const COMMENTABLE_ENTRIES: Record<string, string> = { Company: 'companies', Contact: 'contacts', Deal: 'deals', Project: 'projects', Unit: 'units', User: 'users' };
const ALLOWED_TAGS = new Set(['div', 'strong', 'em', 'u', 'pre', 'ul', 'ol', 'li', 'br']);
/** Keeps the allowed tags without attributes and drops every other tag (its text stays). */
const cleanHtml = (html: string): string =>
	html.replace(/<(\/?)([a-z0-9]+)[^>]*>/gi, (_tag, slash: string, name: string) => (ALLOWED_TAGS.has(name.toLowerCase()) ? `<${slash}${name.toLowerCase()}>` : ''));

/** Notes on any object (`/comments`); MOCO strips HTML tags other than a few. */
export const comments: ResourceEntry = {
	name: 'comments',
	path: '/comments',
	target: 'Comment',
	fields: {
		commentable_id: { kind: 'integer', required: true },
		commentable_type: { kind: 'enum', values: COMMENTABLE_TYPES, required: true },
		text: { kind: 'text', required: true, convert: (v) => cleanHtml(String(v)) },
		attachment_filename: { kind: 'text', read: false },
		attachment_content: { kind: 'text', read: false },
	},
	blank: ({ sim, userId, keyUserId }) => ({
		commentable_id: null, commentable_type: null, text: '', manual: true, user: person(sim, userId),
		impersonating_user: userId !== keyUserId ? person(sim, keyUserId) : null,
	}),
	links: { user: { ref: 'users', shape: PERSON }, impersonating_user: { ref: 'users', shape: PERSON } },
	validate: (draft, _body, { sim }, errors) => {
		const entry = COMMENTABLE_ENTRIES[String(draft.commentable_type)];
		if (entry && draft.commentable_id !== null && !sim.find(entry, Number(draft.commentable_id)) && !errors.commentable_id) errors.commentable = ['must exist'];
	},
	serialize: (out) => {
		// Present only when the comment was written while impersonating.
		if (out.impersonating_user === null) delete out.impersonating_user;
		return out;
	},
	filters: { commentable_type: eq('commentable_type'), commentable_id: idIn('commentable_id'), user_id: idIn('user.id'), manual: boolEq('manual') },
	guardDelete: (comment) => (comment.manual ? undefined : 'Only comments written by a person can be deleted.'),
	actions: [
		{
			method: 'POST',
			path: '/bulk',
			handler: (ctx) => {
				const ids = ctx.body.commentable_ids;
				if (!Array.isArray(ids) || ids.length === 0) throw invalid({ commentable_ids: ["can't be blank"] });
				const { commentable_ids: _ids, ...rest } = ctx.body;
				return ctx.sim.createAll('comments', ids.map((id) => ({ ...rest, commentable_id: toId(id) ?? id })), ctx);
			},
		},
	],
	seed: () => {
		const c = SEED_IDS.comments;
		const zoe = { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' };
		const make = (id: number, type: string, on: number, text_: string, manual = true): Rec => ({
			id, commentable_id: on, commentable_type: type, text: text_, manual, user: zoe, impersonating_user: null, ...stamps,
		});
		return [
			make(c.projekt, 'Project', SEED_IDS.projects.relaunch, '<div>Kick-off am <strong>6.10.2025</strong> mit Fenja Ohlsen.</div>'),
			make(c.kunde, 'Company', C.hafenlicht, 'Rahmenvertrag bis Ende 2026.'),
			make(c.automatisch, 'Deal', SEED_IDS.deals.relaunch, 'Status geändert: gewonnen', false),
		];
	},
};
