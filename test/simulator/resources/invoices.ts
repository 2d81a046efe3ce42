import {
	type ActionContext,
	type FieldErrors,
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	HttpError,
	PERSON,
	eq,
	has,
	httpError,
	idIn,
	isObject,
	json,
	noContent,
	onOrAfter,
	onOrBefore,
	oneOf,
	refused,
	tagsAny,
	term,
	toBool,
} from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS } from '../seed';
import { billActivities, checkItems, invoiceDocument, releaseActivities, seedInvoices, totals } from './invoiceParts';

const text: FieldSpec = { kind: 'text' };
const number: FieldSpec = { kind: 'number' };
const LIST_OMITS = ['salutation', 'footer', 'items', 'payments', 'reminders', 'internal_contact', 'activity_hours_modified'];
const EMAILS = /^\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*(;\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*)*;?\s*$/;

/** MOCO's invoice 422: `{errors: {field: [...]}}` (the description's shape), not the bare field map. */
export function withErrorsKey<T>(write: () => T): T {
	try {
		return write();
	} catch (error) {
		if (error instanceof HttpError && error.status === 422 && isObject(error.payload) && !('message' in error.payload)) {
			throw httpError(422, { errors: error.payload });
		}
		throw error;
	}
}

/** Invoices (`/invoices`): no general update; status, email, documents and deletion are actions. */
export const invoices: ResourceEntry = {
	name: 'invoices',
	path: '/invoices',
	target: 'Invoice',
	ops: ['list', 'get'],
	fields: {
		customer_id: { kind: 'ref', ref: 'companies', required: true, errorKey: 'customer' },
		recipient_address: { kind: 'text', required: true },
		date: { kind: 'date', required: true },
		due_date: { kind: 'date', required: true },
		title: { kind: 'text', required: true },
		currency: { kind: 'text', required: true },
		items: { kind: 'array', required: true },
		status: { kind: 'enum', values: ['created', 'draft'] },
		category: { kind: 'enum', values: ['default', 'partial', 'final'], read: false },
		offer_id: { kind: 'integer' },
		project_id: { kind: 'ref', ref: 'projects', errorKey: 'project' },
		identifier: text,
		service_period_from: { kind: 'date' },
		service_period_to: { kind: 'date' },
		salutation: text,
		footer: text,
		change_address: { kind: 'enum', values: ['invoice', 'project', 'customer'], read: false },
		discount: number,
		tax: number,
		vat_code_id: { kind: 'ref', ref: 'vat_code_sales', read: false, errorKey: 'vat_code' },
		contact_id: { kind: 'ref', ref: 'contacts', read: false, errorKey: 'contact' },
		internal_contact_id: { kind: 'ref', ref: 'users', read: 'internal_contact', shape: PERSON, errorKey: 'internal_contact' },
		cash_discount: number,
		cash_discount_days: { kind: 'integer' },
		print_detail_columns: { kind: 'boolean', read: false },
		tags: { kind: 'tags' },
		custom_properties: { kind: 'custom_properties' },
		letter_paper_id: { kind: 'integer' },
		without_letter_paper: { kind: 'boolean' },
	},
	hidden: ['document_pending', 'booked', 'sent_emails', 'expenses', 'attachments_seen'],
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ sim, userId }) => blankInvoice(sim.find('users', userId) ?? { id: userId }),
	validate: (draft, body, ctx, errors) => validateInvoice(draft, body, ctx.sim, errors),
	derive: (invoice, { sim }) => {
		Object.assign(invoice, totals(invoice));
		invoice.file_url = `https://${sim.host}/invoices/${invoice.id}.pdf`;
	},
	serialize: (out, invoice, { list }) => {
		out.created_on = String(invoice.created_at ?? '').slice(0, 10);
		out.updated_on = String(invoice.updated_at ?? '').slice(0, 10);
		if (list) for (const key of LIST_OMITS) delete out[key];
		return out;
	},
	// Disregarded invoices only on request, as in MOCO.
	scope: (rows, q) => (toBool(q.include_disregarded) ? rows : rows.filter((i) => i.status !== 'disregarded')),
	filters: {
		status: oneOf('status'),
		not_booked: (i, v) => !toBool(v) || !i.booked,
		date_from: onOrAfter('date'),
		date_to: onOrBefore('date'),
		service_period_from: onOrAfter('service_period_from'),
		service_period_to: onOrBefore('service_period_to'),
		tags: tagsAny,
		identifier: eq('identifier'),
		term: term('title', 'identifier', 'recipient_address'),
		company_id: idIn('customer_id'),
		project_id: idIn('project_id'),
	},
	actions: [
		{ method: 'POST', path: '', handler: (ctx) => json(200, ctx.sim.serialize('invoices', withErrorsKey(() => createInvoice(ctx)))) },
		{ method: 'DELETE', path: '/:id', handler: deleteInvoice },
		{ method: 'PUT', path: '/:id/update_status', handler: updateStatus },
		{ method: 'POST', path: '/:id/send_email', handler: sendEmail },
		{ method: 'GET', path: '/:id.pdf', handler: (ctx) => invoiceDocument(ctx.sim, ctx.record!, 'invoice') },
		{ method: 'GET', path: '/:id/timesheet.pdf', handler: (ctx) => invoiceDocument(ctx.sim, ctx.record!, 'timesheet') },
		{ method: 'GET', path: '/:id/timesheet', handler: ({ sim, record }) => json(200, timesheet(sim, record!).map((a) => sim.serialize('activities', a))) },
		{ method: 'GET', path: '/:id/expenses', handler: ({ record }) => json(200, record!.expenses ?? []) },
	],
	seed: seedInvoices,
};

/** Locked invoices (`/invoices/locked`): a view of the invoices MOCO has locked (booked periods). */
export const lockedInvoices: ResourceEntry = {
	name: 'locked_invoices',
	path: '/invoices/locked',
	target: '',
	ops: ['list'],
	fields: {},
	blank: () => ({}),
	scope: (_rows, _q, { sim }) => sim.records('invoices').filter((invoice) => invoice.locked === true),
	serialize: (_out, invoice, { sim }) => sim.serialize('invoices', invoice, true),
	filters: { status: oneOf('status'), date_from: onOrAfter('date'), date_to: onOrBefore('date'), identifier: eq('identifier') },
};

export const timesheet = (sim: MocoSimulator, invoice: Rec): Rec[] => sim.records('activities').filter((a) => a.invoice_id === invoice.id);

function createInvoice(ctx: ActionContext): Rec {
	const invoice = ctx.sim.createRecord('invoices', ctx.body, ctx);
	billActivities(ctx.sim, invoice, ctx.userId);
	return invoice;
}

function validateInvoice(draft: Rec, body: Record<string, unknown>, sim: MocoSimulator, errors: FieldErrors): void {
	const customer = sim.find('companies', Number(draft.customer_id));
	if (customer && customer.type !== 'customer' && !errors.customer) errors.customer = ['must be a customer'];
	const from = has(body, 'service_period_from') && body.service_period_from;
	const to = has(body, 'service_period_to') && body.service_period_to;
	if (from && !to) errors.service_period_to = ["can't be blank"];
	if (to && !from) errors.service_period_from = ["can't be blank"];
	if (from && to && String(to) < String(from)) errors.service_period_to = ['must be after the start of the service period'];
	if (draft.due_date && draft.date && String(draft.due_date) < String(draft.date)) errors.due_date = ['must be on or after the invoice date'];
	if (body.category === 'partial' && Number(body.discount ?? 0) !== 0) errors.discount = ['cannot be combined with a partial invoice'];
	if (!/^[A-Z]{3}$/.test(String(draft.currency)) && !errors.currency) errors.currency = ['is invalid'];
	if (draft.identifier && sim.records('invoices').some((i) => i.id !== draft.id && i.identifier === draft.identifier)) errors.identifier = ['has already been taken'];
	// vat_code_id wins over the deprecated tax; without either the account's standard code applies.
	const vat = sim.find('vat_code_sales', Number(body.vat_code_id ?? (has(body, 'tax') ? 0 : SEED_IDS.vatCodeSales.standard)));
	if (vat && !vat.active && has(body, 'vat_code_id')) errors.vat_code = ['is inactive'];
	if (vat) {
		draft.tax = vat.tax;
		draft.vat = sim.serialize('vat_code_sales', vat);
	}
	if (Array.isArray(body.items)) draft.items = checkItems(body.items, sim, errors);
	if (!Array.isArray(body.items) || body.items.length === 0) errors.items ??= ["can't be blank"];
	if (draft.status !== 'draft' && !draft.identifier) draft.identifier = nextIdentifier(sim, String(draft.date ?? sim.today()));
}

/** "R2601-003": MOCO's default number range, per month of the invoice date. */
function nextIdentifier(sim: MocoSimulator, date: string): string {
	const prefix = `R${date.slice(2, 4)}${date.slice(5, 7)}-`;
	const used = sim.records('invoices').map((i) => String(i.identifier ?? '')).filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)));
	return `${prefix}${String(Math.max(0, ...used) + 1).padStart(3, '0')}`;
}

/** A draft goes without a reason; any other invoice needs MOCO's `reason`; a locked one stays. */
function deleteInvoice({ sim, record, body, userId }: ActionContext) {
	const invoice = record!;
	if (invoice.locked) throw refused('Locked invoices cannot be deleted.');
	if (invoice.status !== 'draft' && (typeof body.reason !== 'string' || body.reason.trim() === '')) throw httpError(422, { errors: { reason: ["can't be blank"] } });
	releaseActivities(sim, invoice, userId);
	sim.records('invoices').splice(sim.records('invoices').indexOf(invoice), 1);
	sim.changed('invoices', invoice, 'delete', userId);
	return noContent();
}

const TARGET_STATUSES = ['created', 'sent', 'overdue', 'ignored'];

function updateStatus({ sim, record, body, userId }: ActionContext) {
	const invoice = record!;
	if (!TARGET_STATUSES.includes(String(body.status))) throw httpError(422, { errors: { status: [body.status === undefined ? "can't be blank" : 'is not included in the list'] } });
	if (invoice.status === 'draft') throw refused('The status of a draft invoice cannot be changed.');
	invoice.status = body.status;
	sim.changed('invoices', invoice, 'update', userId);
	return noContent();
}

function sendEmail({ sim, record, body, userId }: ActionContext) {
	const invoice = record!;
	const errors: FieldErrors = {};
	for (const key of ['subject', 'text']) if (typeof body[key] !== 'string' || (body[key] as string).trim() === '') errors[key] = ["can't be blank"];
	for (const key of ['emails_to', 'emails_cc', 'emails_bcc']) {
		if (body[key] !== undefined && body[key] !== '' && (typeof body[key] !== 'string' || !EMAILS.test(body[key] as string))) errors[key] = ['is invalid'];
	}
	if (Object.keys(errors).length) throw httpError(422, { errors });
	if (invoice.status === 'draft') throw refused('A draft invoice cannot be sent.');
	const customer = sim.find('companies', Number(invoice.customer_id));
	const mail = {
		emails_to: (body.emails_to as string | undefined) || String(customer?.email ?? '') || null,
		emails_cc: (body.emails_cc as string | undefined) || null,
		emails_bcc: (body.emails_bcc as string | undefined) || null,
		subject: body.subject,
		text: body.text,
	};
	invoice.sent_emails = [...((invoice.sent_emails as unknown[]) ?? []), { ...mail, letter_paper_id: body.letter_paper_id ?? null }];
	if (invoice.status === 'created') invoice.status = 'sent';
	sim.changed('invoices', invoice, 'update', userId);
	return json(200, mail);
}

export function blankInvoice(user: Rec | { id: number }): Record<string, unknown> {
	const person = 'firstname' in user ? { id: user.id, firstname: user.firstname, lastname: user.lastname } : user;
	return {
		customer_id: null, project_id: null, offer_id: null, identifier: null, date: null, due_date: null, service_period: null,
		service_period_from: null, service_period_to: null, status: 'created', reversed: false, reversal_invoice_id: null, reversal: false,
		reversed_invoice_id: null, title: '', recipient_address: '', currency: 'EUR', net_total: 0, tax: 19, vat: null, gross_total: 0,
		discount: 0, cash_discount: 0, cash_discount_days: 0, creditor_reference: null, debit_number: null, credit_number: null, locked: false,
		custom_properties: {}, tags: [], letter_paper_id: null, without_letter_paper: false, user: person, file_url: null,
		debt_collection_procedure: null, salutation: '', footer: '', items: [], payments: [], reminders: [], internal_contact: null,
		activity_hours_modified: false,
	};
}
