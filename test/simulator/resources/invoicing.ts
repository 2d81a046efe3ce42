/** What follows an invoice: payments received, payment reminders, exports to bookkeeping. */
import { type ActionContext, type FieldErrors, type FieldSpec, type Rec, type ResourceEntry, PERSON, httpError, idIn, isBlank, json, onOrAfter, onOrBefore, bulkCreate } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const I = SEED_IDS.invoices;
const invoiceRef = (shape: FieldSpec['shape']): FieldSpec => ({ kind: 'ref', ref: 'invoices', read: 'invoice', shape, required: true });
const invoiceOf = (record: Rec) => (record.invoice as Rec | null)?.id;
const EMAILS = /^\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*(;\s*[^@\s;]+@[^@\s;]+\.[^@\s;]+\s*)*$/;

/** A draft was never sent: MOCO takes neither payments nor reminders on it. */
function notOnDraft(draft: Rec, sim: MocoSimulator, errors: FieldErrors): void {
	const invoice = sim.find('invoices', Number(invoiceOf(draft)));
	if (invoice?.status === 'draft' && !errors.invoice) errors.invoice = ['must not be a draft'];
}

/** Payments on invoices (`/invoices/payments`); `/bulk` records all or none. */
export const invoicePayments: ResourceEntry = {
	name: 'invoice_payments',
	path: '/invoices/payments',
	target: 'Invoice::Payment',
	fields: {
		date: { kind: 'date', required: true },
		paid_total: { kind: 'number', required: true },
		description: { kind: 'text' },
		currency: { kind: 'text' },
		invoice_id: invoiceRef(['id', 'identifier', 'title']),
		partially_paid: { kind: 'boolean', read: false },
		payment_account_id: { kind: 'integer', read: false },
	},
	blank: () => ({ date: null, invoice: null, paid_total: 0, paid_total_in_account_currency: 0, currency: '', description: null }),
	validate: (draft, _body, { sim }, errors) => {
		notOnDraft(draft, sim, errors);
		// Empty: the invoice's currency.
		if (draft.currency === '') draft.currency = sim.find('invoices', Number(invoiceOf(draft)))?.currency ?? 'EUR';
		if (!/^[A-Z]{3}$/.test(String(draft.currency)) && !errors.currency) errors.currency = ['is invalid'];
	},
	// The account's currency is EUR; other currencies are converted at a fixed rate here.
	derive: (payment) => {
		payment.paid_total_in_account_currency = payment.currency === 'EUR' ? payment.paid_total : Math.round(Number(payment.paid_total) * 104) / 100;
	},
	filters: { invoice_id: idIn('invoice.id'), date_from: onOrAfter('date'), date_to: onOrBefore('date') },
	actions: [
		bulkCreate('invoice_payments'),
	],
	seed: () => [
		// The retainer invoice's payment, as the invoice lists it.
		{ id: SEED_IDS.invoicePayments.retainer, date: '2026-01-02', invoice: { id: I.retainer, identifier: 'R2512-002', title: 'SEO-Betreuung Dezember 2025' }, paid_total: 2975, paid_total_in_account_currency: 3094, currency: 'CHF', description: 'Überweisung Nordwind', ...stamps },
		{ id: SEED_IDS.invoicePayments.relaunchPart, date: '2026-01-04', invoice: { id: I.relaunch, identifier: 'R2512-001', title: 'Website-Relaunch – Dezember 2025' }, paid_total: 1000, paid_total_in_account_currency: 1000, currency: 'EUR', description: 'Anzahlung', ...stamps },
	],
};

/** Payment reminders (`/invoice_reminders`): each raises its invoice's dunning level; never changed, only sent. */
export const invoiceReminders: ResourceEntry = {
	name: 'invoice_reminders',
	path: '/invoice_reminders',
	target: 'InvoiceReminder',
	ops: ['list', 'get', 'create', 'delete'],
	fields: {
		invoice_id: invoiceRef((invoice, sim) => ({
			id: invoice.id,
			identifier: invoice.identifier ?? null,
			title: invoice.title,
			dunning_level: sim.records('invoice_reminders').filter((reminder) => invoiceOf(reminder) === invoice.id).length,
		})),
		title: { kind: 'text' },
		text: { kind: 'text' },
		fee: { kind: 'number' },
		date: { kind: 'date' },
		due_date: { kind: 'date' },
	},
	// The account's default title and text, today's date.
	blank: ({ sim }) => ({
		title: 'Zahlungserinnerung', text: 'Bitte begleichen Sie den offenen Betrag innerhalb von 10 Tagen.', fee: null, date: sim.today(), due_date: null,
		status: 'created', file_url: null, invoice: null,
	}),
	validate: (draft, _body, { sim }, errors) => {
		notOnDraft(draft, sim, errors);
		if (draft.due_date && draft.date && String(draft.due_date) < String(draft.date)) errors.due_date = ['must be on or after the date'];
	},
	derive: (reminder, { sim }) => {
		reminder.file_url = `https://${sim.host}/invoice_reminders/${reminder.id}.pdf`;
	},
	filters: { invoice_id: idIn('invoice.id'), date_from: onOrAfter('date'), date_to: onOrBefore('date') },
	actions: [{ method: 'POST', path: '/:id/send_email', handler: sendReminder }],
	seed: () => [
		{
			id: SEED_IDS.invoiceReminders.relaunch, title: 'Zahlungserinnerung', text: 'Bitte begleichen Sie den offenen Betrag innerhalb von 10 Tagen.', fee: 5,
			date: '2026-01-05', due_date: '2026-01-15', status: 'created', file_url: `https://acme.mocoapp.com/invoice_reminders/${SEED_IDS.invoiceReminders.relaunch}.pdf`,
			invoice: { id: I.relaunch }, ...stamps,
		},
	],
};

/** Emails a reminder (subject and text required, recipients as semicolon lists) and marks it sent. */
function sendReminder({ sim, record, body, userId }: ActionContext) {
	const reminder = record!;
	const errors: FieldErrors = {};
	for (const key of ['subject', 'text']) if (typeof body[key] !== 'string' || isBlank(body[key])) errors[key] = ["can't be blank"];
	for (const key of ['emails_to', 'emails_cc', 'emails_bcc']) if (!isBlank(body[key]) && !EMAILS.test(String(body[key]))) errors[key] = ['is invalid'];
	if (Object.keys(errors).length) throw httpError(422, { errors });
	const invoice = sim.find('invoices', Number(invoiceOf(reminder)));
	const customer = invoice && sim.find('companies', Number(invoice.customer_id));
	const or = (key: string, fallback: unknown = null) => (isBlank(body[key]) ? fallback : body[key]);
	reminder.status = 'sent';
	sim.changed('invoice_reminders', reminder, 'update', userId);
	return json(200, { emails_to: or('emails_to', customer?.email || null), emails_cc: or('emails_cc'), emails_bcc: or('emails_bcc'), subject: body.subject, text: body.text });
}

/**
 * Exports to bookkeeping (`/invoices/bookkeeping_exports`): made (201) and read only. Without
 * invoice IDs every invoice not yet booked is exported; exported invoices count as booked.
 */
export const invoiceBookkeepingExports: ResourceEntry = {
	name: 'invoice_bookkeeping_exports',
	path: '/invoices/bookkeeping_exports',
	target: 'Invoice::BookkeepingExport',
	ops: ['list', 'get'],
	fields: {
		comment: { kind: 'text' },
		with_direct_online_submission: { kind: 'boolean', read: false },
		trigger_submission: { kind: 'boolean', read: false },
		invoice_ids: { kind: 'array' },
	},
	blank: ({ userId }) => ({ from: null, to: null, invoice_ids: [], comment: null, user: { id: userId }, status: 'created' }),
	links: { user: { ref: 'users', shape: PERSON } },
	validate: (draft, body, { sim }, errors) => {
		const exportable = (invoice: Rec | undefined) => invoice !== undefined && !['draft', 'disregarded'].includes(String(invoice.status));
		const given = Array.isArray(body.invoice_ids) ? (body.invoice_ids as unknown[]) : undefined;
		const invoices = given ? given.map((id) => sim.find('invoices', Number(id))) : sim.records('invoices').filter((invoice) => exportable(invoice) && !invoice.booked);
		if (given?.some((id) => !Number.isInteger(id))) errors.invoice_ids = ['is invalid'];
		else if (!invoices.every(exportable)) errors.invoice_ids = ['contains invoices that do not exist or cannot be exported'];
		else if (invoices.length === 0) errors.base = ['There are no invoices to export.'];
		const dates = (invoices as Rec[]).map((invoice) => String(invoice?.date)).sort();
		Object.assign(draft, { invoice_ids: (invoices as Rec[]).map((invoice) => invoice?.id), from: dates[0] ?? null, to: dates.at(-1) ?? null });
	},
	derive: (exported, { sim }) => {
		for (const id of exported.invoice_ids as number[]) (sim.find('invoices', id) as Rec).booked = true;
	},
	actions: [{ method: 'POST', path: '', handler: (ctx) => json(201, ctx.sim.serialize('invoice_bookkeeping_exports', ctx.sim.createRecord('invoice_bookkeeping_exports', ctx.body, ctx))) }],
	seed: () => [
		{
			id: SEED_IDS.invoiceBookkeepingExports.dezember, from: '2025-12-31', to: '2025-12-31', invoice_ids: [I.retainer], comment: 'Dezember 2025',
			user: { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' }, status: 'created', ...stamps,
		},
	],
};
