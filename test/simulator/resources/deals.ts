import { type Rec, type ResourceEntry, PERSON, has, idIn, isLastOfMonth, onOrAfter, onOrBefore, oneOf, tagsAny } from '../engine';
import { SEED_ANCHOR, SEED_IDS, asciiSlug, addDaysFromAnchor } from '../seed';
import { C, U, stamps, text } from './crmCommon';

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
