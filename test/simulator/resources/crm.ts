import {
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	PERSON,
	boolEq,
	eq,
	has,
	idIn,
	isLastOfMonth,
	onOrAfter,
	onOrBefore,
	oneOf,
	tagsAny,
	term,
	invalid,
	toId,
} from '../engine';
import type { MocoSimulator } from '../moco';
import { avatar } from './users';
import { SEED_ANCHOR, SEED_IDS, SEED_TIME, asciiSlug, addDaysFromAnchor } from '../seed';

const text: FieldSpec = { kind: 'text' };
const person = (sim: MocoSimulator, id: number) => {
	const user = sim.find('users', id);
	return { id, firstname: user?.firstname ?? '', lastname: user?.lastname ?? '' };
};
const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const U = SEED_IDS.users;
const C = SEED_IDS.companies;

/** Contact persons (`/contacts/people`). The list leaves out `info`; `user` (responsible) is not in MOCO's read shape. */
export const contacts: ResourceEntry = {
	name: 'contacts',
	path: '/contacts/people',
	target: 'Contact',
	fields: {
		firstname: text,
		lastname: { kind: 'text', required: true },
		gender: { kind: 'enum', values: ['F', 'M', 'U'], required: true },
		avatar,
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: ['id', 'type', 'name'] },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON },
		title: text,
		job_position: text,
		mobile_phone: text,
		work_fax: text,
		work_phone: text,
		work_email: text,
		work_address: text,
		home_email: text,
		home_address: text,
		birthday: { kind: 'date' },
		info: text,
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
	},
	hidden: ['user'],
	blank: ({ sim, userId }) => blankContact(person(sim, userId)),
	serialize: (out, _contact, { list }) => {
		if (list) delete out.info;
		return out;
	},
	filters: {
		tags: tagsAny,
		term: term('lastname', 'firstname', 'work_email', 'company.name'),
		// Reverse lookup: digits only, so "+49 40 555" finds "+49 (40) 555-10".
		phone: (c, v) => {
			const digits = v.replace(/\D/g, '');
			return digits !== '' && [c.work_phone, c.mobile_phone].some((p) => String(p ?? '').replace(/\D/g, '').includes(digits));
		},
	},
	seed: () => {
		const k = SEED_IDS.contacts;
		const make = (id: number, fields: Record<string, unknown>): Rec => ({ id, ...blankContact({ id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' }), ...fields, ...stamps });
		return [
			make(k.fenja, {
				gender: 'F', firstname: 'Fenja', lastname: 'Ohlsen', job_position: 'Leiterin Marketing', work_email: 'fenja.ohlsen@hafenlicht.example',
				work_phone: '+49 40 555 10 21', company: { id: C.hafenlicht, type: 'customer', name: 'Hafenlicht Reederei GmbH' }, tags: ['Entscheiderin'], info: 'Bevorzugt Termine vormittags',
			}),
			make(k.luca, {
				gender: 'M', firstname: 'Luca', lastname: 'Bernasconi', title: 'Dr.', work_email: 'luca@nordwind.example', mobile_phone: '+41 79 826 11 22',
				company: { id: C.nordwind, type: 'customer', name: 'Nordwind Café AG' }, tags: ['Weihnachtskarte'],
			}),
			make(k.hanne, {
				gender: 'U', firstname: 'Hanne', lastname: 'Köhler', work_email: 'hanne@aehrenfeld.example', company: { id: C.druckerei, type: 'supplier', name: 'Druckerei Ährenfeld KG' },
			}),
		];
	},
};

function blankContact(user: Record<string, unknown>): Record<string, unknown> {
	return {
		gender: 'U', firstname: '', lastname: '', title: '', job_position: '', mobile_phone: '', work_fax: '', work_phone: '', work_email: '',
		work_address: '', home_email: '', home_address: '', birthday: null, info: '', avatar_url: null, tags: [], custom_properties: {}, company: null, user,
	};
}

/** Pipeline stages of deals (`/deal_categories`). MOCO has no webhook for them. */
export const dealCategories: ResourceEntry = {
	name: 'deal_categories',
	path: '/deal_categories',
	target: '',
	fields: { name: { kind: 'text', required: true }, probability: { kind: 'integer', required: true } },
	blank: () => ({ name: '', probability: 0 }),
	validate: (draft, _body, { sim }, errors) => {
		const p = Number(draft.probability);
		if (!errors.probability && (p < 0 || p > 100)) errors.probability = ['must be between 0 and 100'];
		if (sim.records('deal_categories').some((c) => c.id !== draft.id && c.name === draft.name)) errors.name = ['has already been taken'];
	},
	guardDelete: (category, { sim }) =>
		sim.records('deals').some((d) => (d.category as Rec | null)?.id === category.id) ? 'The category cannot be deleted because deals are assigned to it.' : undefined,
	seed: () => {
		const d = SEED_IDS.dealCategories;
		return [
			{ id: d.kontakt, name: 'Erstkontakt', probability: 10, ...stamps },
			{ id: d.angebot, name: 'Angebot', probability: 50, ...stamps },
			{ id: d.verhandlung, name: 'Verhandlung', probability: 80, ...stamps },
			// No deal uses it: the one category MOCO lets a test delete.
			{ id: d.ruhend, name: 'Ruhend', probability: 0, ...stamps },
		];
	},
};

/** Leads (`/deals`). */
export const deals: ResourceEntry = {
	name: 'deals',
	path: '/deals',
	target: 'Deal',
	fields: {
		name: { kind: 'text', required: true },
		currency: { kind: 'text', required: true },
		money: { kind: 'number', required: true },
		reminder_date: { kind: 'date', required: true },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON, required: true },
		deal_category_id: { kind: 'ref', ref: 'deal_categories', read: 'category', shape: ['id', 'name', 'probability'], required: true },
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: ['id', 'name', 'type'] },
		person_id: { kind: 'ref', ref: 'contacts', read: 'person', shape: (c) => ({ id: c.id, name: `${String(c.firstname ?? '')} ${String(c.lastname)}`.trim() }) },
		info: text,
		status: { kind: 'enum', values: ['potential', 'pending', 'won', 'lost', 'dropped'] },
		closed_on: { kind: 'date' },
		service_period_from: { kind: 'date' },
		service_period_to: { kind: 'date' },
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
	},
	blank: () => blankDeal(),
	validate: (draft, body, _ctx, errors) => {
		const from = draft.service_period_from as string | null;
		const to = draft.service_period_to as string | null;
		if (has(body, 'service_period_from') && from && !from.endsWith('-01')) errors.service_period_from = ['must be the first day of a month'];
		if (has(body, 'service_period_to') && to && !isLastOfMonth(to)) errors.service_period_to = ['must be the last day of a month'];
		if (from && to && to < from) errors.service_period_to = [...(errors.service_period_to ?? []), 'must be after the start of the service period'];
	},
	derive: (deal) => {
		// Given once at creation: renaming the deal keeps its address.
		if (!deal.inbox_email_address) deal.inbox_email_address = `lead-${asciiSlug(String(deal.name))}-${deal.id}@inbox.mocoapp.com`;
	},
	filters: {
		status: oneOf('status'),
		tags: tagsAny,
		closed_from: onOrAfter('closed_on'),
		closed_to: onOrBefore('closed_on'),
		company_id: idIn('company.id'),
	},
	seed: () => {
		const d = SEED_IDS.deals;
		const k = SEED_IDS.dealCategories;
		const make = (id: number, name: string, fields: Record<string, unknown>): Rec => {
			const deal: Rec = { id, ...blankDeal(), name, ...fields, ...stamps };
			deal.inbox_email_address = `lead-${asciiSlug(name)}-${id}@inbox.mocoapp.com`;
			return deal;
		};
		const anais = { id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' };
		const juergen = { id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' };
		const hafenlicht = { id: C.hafenlicht, name: 'Hafenlicht Reederei GmbH', type: 'customer' };
		const nordwind = { id: C.nordwind, name: 'Nordwind Café AG', type: 'customer' };
		return [
			make(d.relaunch, 'Relaunch hafenlicht.example', {
				status: 'won', money: 48000, reminder_date: '2025-09-15', closed_on: '2025-09-12', user: juergen, company: hafenlicht,
				person: { id: SEED_IDS.contacts.fenja, name: 'Fenja Ohlsen' }, category: { id: k.verhandlung, name: 'Verhandlung', probability: 80 },
				service_period_from: '2025-10-01', service_period_to: '2026-03-31', tags: ['Web'],
			}),
			make(d.app, 'App „Kapitänsbrücke“ Phase 2', {
				money: 35000, reminder_date: addDaysFromAnchor(7), user: anais, company: hafenlicht, category: { id: k.angebot, name: 'Angebot', probability: 50 },
				custom_properties: { Quelle: 'Bestandskunde' }, tags: ['App'],
			}),
			make(d.messe, 'Messestand 2026', {
				status: 'lost', money: 12000, currency: 'CHF', reminder_date: '2025-11-01', closed_on: '2025-11-20', user: anais, company: nordwind,
				person: { id: SEED_IDS.contacts.luca, name: 'Luca Bernasconi' }, category: { id: k.angebot, name: 'Angebot', probability: 50 }, info: 'Budget gestrichen',
			}),
			make(d.podcast, 'Podcast-Produktion', { status: 'potential', money: 8000, reminder_date: SEED_ANCHOR, user: anais, category: { id: k.kontakt, name: 'Erstkontakt', probability: 10 } }),
		];
	},
};

function blankDeal(): Record<string, unknown> {
	return {
		name: '', status: 'pending', reminder_date: null, closed_on: null, money: 0, currency: 'EUR', info: '', tags: [], custom_properties: {},
		user: null, company: null, person: null, category: null, service_period_from: null, service_period_to: null, inbox_email_address: '',
	};
}

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
