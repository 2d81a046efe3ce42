/** Offers (`/offers`): line items like invoices, status, email, PDF, attachments and customer approval. */
import { type ActionContext, type FieldSpec, type Rec, type ResourceEntry, NAMED, PERSON, eq, has, httpError, idIn, isBlank, json, noContent, onOrAfter, onOrBefore, oneOf, tagsAny } from '../engine';
import type { MocoSimulator } from '../moco';
import { pdfDocument } from '../pdf';
import { SEED_IDS, SEED_TIME } from '../seed';
import { attachmentsOf } from './invoiceAttachments';
import { checkItems, totals } from './invoiceParts';
import { withErrorsKey } from './invoices';

const text: FieldSpec = { kind: 'text' };
const flag: FieldSpec = { kind: 'boolean', read: false };
export const OFFER_STATUSES = ['created', 'sent', 'accepted', 'partially_billed', 'billed', 'archived'];
const EMAILS = /^\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*(;\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*)*;?\s*$/;
const DETAIL = ['salutation', 'footer', 'items', 'internal_contact'];
export const ref = (value: unknown) => (value as Rec | null)?.id;

/** Project wins over deal, deal over company: the customer and currency come from the first given. */
function owner(sim: MocoSimulator, draft: Rec): { company?: number; currency?: string } {
	const project = sim.find('projects', Number(ref(draft.project)));
	if (project) return { company: ref(project.customer), currency: String(project.currency) };
	const deal = sim.find('deals', Number(ref(draft.deal)));
	if (deal) return { company: ref(deal.company), currency: String(deal.currency) };
	const company = sim.find('companies', Number(ref(draft.company)));
	return { company: company?.id, currency: company ? String(company.currency ?? 'EUR') : undefined };
}

export const offers: ResourceEntry = {
	name: 'offers',
	path: '/offers',
	target: 'Offer',
	ops: ['list', 'get'],
	fields: {
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: NAMED, errorKey: 'company' },
		deal_id: { kind: 'ref', ref: 'deals', read: 'deal', shape: NAMED, errorKey: 'deal' },
		project_id: { kind: 'ref', ref: 'projects', read: 'project', shape: ['id', 'identifier', 'name'], errorKey: 'project' },
		identifier: text, title: text, date: { kind: 'date' }, due_date: { kind: 'date' }, salutation: text, footer: text, recipient_address: text,
		change_address: { kind: 'enum', values: ['offer', 'customer'], read: false },
		discount: { kind: 'number' }, tax: { kind: 'number', read: false },
		vat_code_id: { kind: 'ref', ref: 'vat_code_sales', read: false, errorKey: 'vat_code' },
		contact_id: { kind: 'ref', ref: 'contacts', read: false, errorKey: 'contact' },
		internal_contact_id: { kind: 'ref', ref: 'users', read: 'internal_contact', shape: PERSON, errorKey: 'internal_contact' },
		table_header_visible: flag, print_detail_columns: flag, totals_section_visible: flag,
		currency: text, tags: { kind: 'tags' }, custom_properties: { kind: 'custom_properties' }, items: { kind: 'array' },
	},
	hidden: ['approval', 'sent_emails'],
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ userId }) => ({
		invoice_id: null, identifier: null, date: null, due_date: null, title: '', recipient_address: null, currency: null, net_total: 0, tax: 19, vat: null, gross_total: 0,
		discount: 0, status: 'created', tags: [], custom_properties: {}, company: null, project: null, deal: null, user: { id: userId }, offer_confirmation: null,
		customer_approval: null, file_url: null, salutation: '', footer: '', items: [], internal_contact: null,
	}),
	validate: (draft, body, { sim, creating, before }, errors) => {
		if (creating) {
			for (const key of ['title', 'recipient_address', 'date', 'due_date']) if (isBlank(draft[key])) errors[key] = ["can't be blank"];
			if (!has(body, 'vat_code_id') && !has(body, 'tax')) errors.vat_code = ["can't be blank"];
			if (!draft.company && !draft.deal && !draft.project) errors.company = ["can't be blank"];
			const { company, currency } = owner(sim, draft);
			if (company) draft.company = { id: company };
			draft.currency ??= currency ?? null;
			if (isBlank(draft.currency)) errors.currency = ["can't be blank"];
			if (!Array.isArray(body.items) || body.items.length === 0) errors.items = ["can't be blank"];
		}
		if (draft.due_date && draft.date && String(draft.due_date) < String(draft.date)) errors.due_date = ['must be on or after the offer date'];
		const vat = has(body, 'vat_code_id') ? sim.find('vat_code_sales', Number(body.vat_code_id)) : undefined;
		if (vat && !vat.active) errors.vat_code = ['is inactive'];
		if (vat) Object.assign(draft, { tax: vat.tax, vat: { id: vat.id, tax: vat.tax } });
		if (Array.isArray(body.items)) draft.items = keepRowIds(checkItems(body.items, sim, errors), body.items, before);
		if (creating && !draft.identifier) draft.identifier = nextIdentifier(sim, String(draft.date ?? sim.today()));
	},
	derive: (offer, { sim }) => {
		Object.assign(offer, totals(offer));
		delete offer.service_period;
		offer.file_url = `https://${sim.host}/api/v1/offers/${offer.id}.pdf`;
	},
	serialize: (out, offer, { list }) => {
		out.created_on = String(offer.created_at ?? '').slice(0, 10);
		out.updated_on = String(offer.updated_at ?? '').slice(0, 10);
		if (list) for (const key of DETAIL) delete out[key];
		return out;
	},
	filters: {
		status: oneOf('status'), from: onOrAfter('date'), to: onOrBefore('date'), identifier: eq('identifier'),
		deal_id: idIn('deal.id'), project_id: idIn('project.id'), company_id: idIn('company.id'), tags: tagsAny,
	},
	actions: [
		{ method: 'POST', path: '', handler: (ctx) => json(200, ctx.sim.serialize('offers', withErrorsKey(() => ctx.sim.createRecord('offers', ctx.body, ctx)))) },
		{ method: 'PUT', path: '/:id', handler: (ctx) => json(200, ctx.sim.serialize('offers', withErrorsKey(() => changeable(ctx) && ctx.sim.updateRecord('offers', ctx.record!, ctx.body, ctx)) as Rec)) },
		{ method: 'DELETE', path: '/:id', handler: deleteOffer },
		{ method: 'PUT', path: '/:id/assign', handler: assign },
		{ method: 'PUT', path: '/:id/update_status', handler: updateStatus },
		{ method: 'POST', path: '/:id/send_email', handler: sendEmail },
		{ method: 'GET', path: '/:id.pdf', handler: ({ record }) => offerDocument(record!) },
		{ method: 'GET', path: '/:id/customer_approval', handler: ({ record }) => (record!.approval ? json(200, record!.approval) : json(404, { message: 'Resource not found' })) },
		{ method: 'POST', path: '/:id/customer_approval/activate', handler: (ctx) => approval(ctx, true) },
		{ method: 'POST', path: '/:id/customer_approval/deactivate', handler: (ctx) => approval(ctx, false) },
	],
	seed: () => seedOffers(),
};

/** A row sent with the ID of one of the offer's rows stays that row (the description's "for updates/reordering"); any other is new. */
function keepRowIds(rows: Rec[], given: unknown[], before: Rec): Rec[] {
	const own = new Set(((before.items as Rec[] | undefined) ?? []).map((row) => row.id));
	return rows.map((row, index) => {
		const id = Number((given[index] as Rec | null)?.id);
		return own.has(id) ? { ...row, id } : row;
	});
}

/** MOCO changes offers only while created or sent (400 otherwise). */
function changeable({ record }: ActionContext): true {
	if (!['created', 'sent'].includes(String(record!.status))) throw httpError(400, { message: `Offers in status ${String(record!.status)} cannot be changed.` });
	return true;
}

/** "A2601-003": one number range per month of the offer date. */
function nextIdentifier(sim: MocoSimulator, date: string): string {
	const prefix = `A${date.slice(2, 4)}${date.slice(5, 7)}-`;
	const used = sim.records('offers').map((o) => String(o.identifier ?? '')).filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)));
	return `${prefix}${String(Math.max(0, ...used) + 1).padStart(3, '0')}`;
}

function deleteOffer({ sim, record, userId }: ActionContext) {
	if (record!.status !== 'created') throw httpError(400, { message: 'Only offers in status created can be deleted.' });
	sim.records('offers').splice(sim.records('offers').indexOf(record!), 1);
	sim.changed('offers', record!, 'delete', userId);
	return json(200, sim.serialize('offers', record!));
}

/** A project's customer overrides the company given. */
function assign({ sim, record, body, userId }: ActionContext) {
	const offer = record!;
	const errors: Record<string, string[]> = {};
	for (const [key, entry, read] of [['company_id', 'companies', 'company'], ['deal_id', 'deals', 'deal'], ['project_id', 'projects', 'project']] as const) {
		if (!has(body, key)) continue;
		const target = sim.find(entry, Number(body[key]));
		if (!target) errors[read] = ['must exist'];
		else offer[read] = { id: target.id };
	}
	if (Object.keys(errors).length) throw httpError(422, { errors });
	const project = sim.find('projects', Number(ref(offer.project)));
	if (project && has(body, 'project_id')) offer.company = { id: ref(project.customer) };
	sim.changed('offers', offer, 'update', userId);
	return json(200, sim.serialize('offers', offer));
}

function updateStatus({ sim, record, body, userId }: ActionContext) {
	if (!OFFER_STATUSES.includes(String(body.status))) throw httpError(422, { errors: { status: [body.status === undefined ? "can't be blank" : 'is not included in the list'] } });
	record!.status = body.status;
	sim.changed('offers', record!, 'update', userId);
	return noContent();
}

function sendEmail({ sim, record, body, userId }: ActionContext) {
	const errors: Record<string, string[]> = {};
	for (const key of ['subject', 'text']) if (typeof body[key] !== 'string' || isBlank(body[key])) errors[key] = ["can't be blank"];
	for (const key of ['emails_to', 'emails_cc', 'emails_bcc']) if (!isBlank(body[key]) && !EMAILS.test(String(body[key]))) errors[key] = ['is invalid'];
	if (Object.keys(errors).length) throw httpError(422, { errors });
	const company = sim.find('companies', Number(ref(record!.company)));
	const or = (key: string, fallback: unknown = null) => (isBlank(body[key]) ? fallback : body[key]);
	const mail = { emails_to: or('emails_to', company?.email || null), emails_cc: or('emails_cc'), emails_bcc: or('emails_bcc'), subject: body.subject, text: body.text };
	record!.sent_emails = [...((record!.sent_emails as unknown[]) ?? []), mail];
	if (record!.status === 'created') record!.status = 'sent';
	sim.changed('offers', record!, 'update', userId);
	return json(200, mail);
}

function offerDocument(offer: Rec) {
	const name = `${String(offer.identifier)}.pdf`;
	return {
		status: 200,
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}"` },
		body: pdfDocument([`Angebot ${String(offer.identifier)}`, String(offer.title), `Netto ${String(offer.net_total)} ${String(offer.currency)}`]),
	};
}

/** Activating makes the approval link (once); deactivating keeps it, inactive. */
function approval({ sim, record, userId }: ActionContext, active: boolean) {
	const offer = record!;
	const url = `https://${sim.host}/public/offer_customer_approvals/${offer.id}/token`;
	const current = (offer.approval as Rec | undefined) ?? { id: offer.id + 7000, approval_url: url, offer_document_url: `${url}.pdf`, customer_full_name: null, customer_email: null, signature_url: null, signed_at: null, created_at: sim.stamp() };
	offer.approval = { ...current, active, updated_at: sim.stamp() };
	offer.customer_approval = { id: current.id, active, url, customer_full_name: null, customer_email: null, signed_at: null };
	sim.changed('offers', offer, 'update', userId);
	return json(200, offer.approval);
}

function seedOffers(): Rec[] {
	const O = SEED_IDS.offers;
	const c = SEED_IDS.companies;
	const approvalUrl = `https://acme.mocoapp.com/public/offer_customer_approvals/${O.messe}/token`;
	const item = (id: number, title: string, quantity: number, price: number) => ({
		id, type: 'item', title, revenue_category: null, description: null, quantity, unit: 'h', unit_price: price, net_total: quantity * price, unit_cost: null,
		optional: false, service_type: 'service', subtotal_type: null,
	});
	const base = {
		invoice_id: null, due_date: '2026-01-31', currency: 'EUR', tax: 19, vat: { id: SEED_IDS.vatCodeSales.standard, tax: 19 }, discount: 0, tags: [], custom_properties: {},
		project: null, deal: null, user: { id: SEED_IDS.users.juergen }, offer_confirmation: null, customer_approval: null, salutation: 'Sehr geehrte Damen und Herren,',
		footer: 'Wir freuen uns auf Ihren Auftrag.', internal_contact: null, created_at: SEED_TIME, updated_at: SEED_TIME,
	};
	const make = (id: number, fields: Record<string, unknown>): Rec => {
		const offer = { id, ...base, file_url: `https://acme.mocoapp.com/api/v1/offers/${id}.pdf`, ...fields } as Rec;
		const { service_period: _none, ...sums } = totals(offer);
		return { ...offer, ...sums };
	};
	return [
		make(O.relaunch, {
			identifier: 'A2509-001', date: '2025-09-15', due_date: '2025-10-15', title: 'Website-Relaunch', recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
			status: 'accepted', company: { id: c.hafenlicht }, project: { id: SEED_IDS.projects.relaunch }, deal: { id: SEED_IDS.deals.relaunch }, tags: ['Web'],
			offer_confirmation: { id: SEED_IDS.offerConfirmations.relaunch }, items: [item(88100001, 'Konzept und Design', 120, 120), item(88100002, 'Umsetzung', 280, 110)],
		}),
		make(O.app, {
			identifier: 'A2601-001', date: '2026-01-02', title: 'App-Konzept', recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg', status: 'created',
			company: { id: c.hafenlicht }, deal: { id: SEED_IDS.deals.app }, items: [item(88100003, 'Workshop', 16, 140)],
		}),
		make(O.messe, {
			identifier: 'A2601-002', date: '2026-01-04', title: 'Messestand 2026', recipient_address: 'Nordwind Café AG\nBahnhofstrasse 5\n8001 Zürich', status: 'sent',
			company: { id: c.nordwind }, currency: 'CHF', tax: 8.1, vat: null, items: [item(88100004, 'Standbau', 40, 95)],
			customer_approval: { id: O.messe + 7000, active: true, url: approvalUrl, customer_full_name: null, customer_email: null, signed_at: null },
			approval: {
				id: O.messe + 7000, approval_url: approvalUrl, offer_document_url: `${approvalUrl}.pdf`, active: true, customer_full_name: null, customer_email: null,
				signature_url: null, signed_at: null, created_at: SEED_TIME, updated_at: SEED_TIME,
			},
		}),
	];
}

export const offerAttachments = attachmentsOf('offer_attachments', '/offers/:offerId/attachments', 'offer_id', () => [
	{ id: SEED_IDS.offerAttachments.agb, offer_id: SEED_IDS.offers.messe, title: 'AGB-2026.pdf', content: Buffer.from('%PDF-1.4 AGB'), created_at: SEED_TIME, updated_at: SEED_TIME },
]);
