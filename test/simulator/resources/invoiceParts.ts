/** What invoices are made of: line items, totals, billed activities, documents, and the seeded ones. */
import { type FieldErrors, type Rec, isObject, json, round2, toId, toNumber } from '../engine';
import type { MocoSimulator, SimResponse } from '../moco';
import { pdfDocument } from '../pdf';
import { SEED_IDS, SEED_TIME } from '../seed';

const ITEM_TYPES = ['title', 'description', 'item', 'subtotal', 'page-break', 'separator'];
const NUMBERS = ['quantity', 'unit_price', 'net_total'];
const TEXTS = ['title', 'description', 'unit'];
const FLAGS = ['optional', 'additional', 'part'];
let nextItemId = 88_000_001;

/** Checks every row as MOCO does (`items.<field>` errors) and returns them in MOCO's read shape. */
export function checkItems(rows: unknown[], sim: MocoSimulator, errors: FieldErrors): Rec[] {
	const add = (key: string, message: string) => (errors[key] = [...new Set([...(errors[key] ?? []), message])]);
	return rows.map((row) => {
		if (!isObject(row) || !ITEM_TYPES.includes(String(row.type))) {
			add('items.type', 'is not included in the list');
			return { id: 0 };
		}
		for (const key of NUMBERS) if (row[key] !== undefined && row[key] !== null && typeof row[key] !== 'number') add(`items.${key}`, 'is not a number');
		for (const key of TEXTS) if (row[key] !== undefined && row[key] !== null && typeof row[key] !== 'string') add(`items.${key}`, 'is invalid');
		for (const key of FLAGS) if (row[key] !== undefined && typeof row[key] !== 'boolean') add(`items.${key}`, 'is invalid');
		if (row.subtotal_type !== undefined && !['part_total', 'sub_total'].includes(String(row.subtotal_type))) add('items.subtotal_type', 'is not included in the list');
		if (['title', 'item'].includes(String(row.type)) && (typeof row.title !== 'string' || row.title.trim() === '')) add('items.title', "can't be blank");
		const activities = Array.isArray(row.activity_ids) ? row.activity_ids : [];
		if (row.activity_ids !== undefined && !Array.isArray(row.activity_ids)) add('items.activity_ids', 'is invalid');
		for (const raw of activities) {
			const activity = sim.find('activities', toId(raw) ?? 0);
			if (!activity) add('items.activity_ids', `contains an unknown activity (${String(raw)})`);
			else if (activity.billed) add('items.activity_ids', `contains an activity that is already billed (${String(raw)})`);
		}
		const quantity = toNumber(row.quantity);
		const price = toNumber(row.unit_price);
		const net = quantity !== undefined && price !== undefined ? round2(quantity * price) : (toNumber(row.net_total) ?? 0);
		return {
			id: nextItemId++, type: row.type, title: row.title ?? null, revenue_category: null, description: row.description ?? null,
			quantity: quantity ?? null, unit: row.unit ?? null, unit_price: price ?? null, net_total: row.type === 'item' ? net : 0,
			optional: row.optional === true, service_type: Array.isArray(row.expense_ids) && row.expense_ids.length ? 'expense' : 'service',
			expense_ids: Array.isArray(row.expense_ids) ? row.expense_ids : [], subtotal_type: row.type === 'subtotal' ? (row.subtotal_type ?? 'sub_total') : null,
			activity_ids: activities.map((raw) => toId(raw)),
		} as Rec;
	});
}

/** Subtotals sum the items above them; the invoice's net total leaves optional items out. */
export function totals(invoice: Rec): Record<string, unknown> {
	const items = ((invoice.items as Rec[]) ?? []).map((item) => ({ ...item }));
	let running = 0;
	for (const item of items) {
		if (item.type === 'item' && !item.optional) running += Number(item.net_total);
		if (item.type === 'subtotal') item.net_total = round2(running);
	}
	const net = round2(running * (1 - Number(invoice.discount ?? 0) / 100));
	const servicePeriod = invoice.service_period_from ? `${german(String(invoice.service_period_from))} – ${german(String(invoice.service_period_to))}` : null;
	return { items, net_total: net, gross_total: round2(net * (1 + Number(invoice.tax ?? 0) / 100)), service_period: servicePeriod };
}

const german = (date: string) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;

/** The activities an invoice's items name are billed with it. */
export function billActivities(sim: MocoSimulator, invoice: Rec, userId: number): void {
	for (const item of (invoice.items as Rec[]) ?? []) {
		for (const id of (item.activity_ids as number[]) ?? []) {
			const activity = sim.find('activities', id);
			if (!activity) continue;
			activity.billed = true;
			activity.invoice_id = invoice.id;
			sim.changed('activities', activity, 'update', userId);
		}
		delete item.activity_ids;
	}
}

/** A deleted invoice bills nothing any more. */
export function releaseActivities(sim: MocoSimulator, invoice: Rec, userId: number): void {
	for (const activity of sim.records('activities').filter((a) => a.invoice_id === invoice.id)) {
		activity.billed = false;
		activity.invoice_id = null;
		sim.changed('activities', activity, 'update', userId);
	}
}

/**
 * GET /invoices/{id}.pdf and /timesheet.pdf: the document's bytes, with the file name MOCO gives.
 * A document still being rendered answers 423; a timesheet without hours 404.
 */
export function invoiceDocument(sim: MocoSimulator, invoice: Rec, kind: 'invoice' | 'timesheet'): SimResponse {
	if (invoice.document_pending) return json(423, { message: 'Invoice document is not ready yet' });
	const hours = sim.records('activities').filter((a) => a.invoice_id === invoice.id);
	if (kind === 'timesheet' && hours.length === 0) return json(404, { message: 'No billable hours available for this invoice.' });
	const name = `${String(invoice.identifier ?? `Rechnungsentwurf-${invoice.id}`)}${kind === 'timesheet' ? '_Stundennachweis' : ''}.pdf`;
	const lines =
		kind === 'invoice'
			? [`Rechnung ${String(invoice.identifier ?? '(Entwurf)')}`, String(invoice.title), `Netto ${String(invoice.net_total)} ${String(invoice.currency)}`, 'Zahlbar ohne Abzug – Grüße']
			: [`Stundennachweis ${String(invoice.identifier ?? '')}`, ...hours.map((a) => `${String(a.date)} ${String(a.hours)} h ${String(a.description)}`)];
	return {
		status: 200,
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}` },
		body: pdfDocument(lines),
	};
}

// ---- the seeded invoices ------------------------------------------------------------------------

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };

export function seedInvoices(): Rec[] {
	const i = SEED_IDS.invoices;
	const c = SEED_IDS.companies;
	const juergen = { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' };
	const vat19 = { id: SEED_IDS.vatCodeSales.standard, tax: 19, description: 'Umsatzsteuer 19 %', reverse_charge: false, intra_eu: false, print_gross_total: true, notice_tax_exemption: null, notice_tax_exemption_en: null, notice_tax_exemption_alt: null, active: true, code: 'USt19', credit_account: '8400' };
	const hafenlicht = 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg';
	let itemId = 88_000_000 - 20;
	const item = (title: string, quantity: number, unit: string, price: number, extra: Record<string, unknown> = {}) => ({
		id: itemId++, type: 'item', title, revenue_category: null, description: null, quantity, unit, unit_price: price, net_total: round2(quantity * price),
		optional: false, service_type: 'service', expense_ids: [], subtotal_type: null, ...extra,
	});
	const heading = (title: string) => ({ ...item(title, 0, '', 0), type: 'title', quantity: null, unit: null, unit_price: null, net_total: 0 });
	const make = (id: number, fields: Record<string, unknown>): Rec => {
		const invoice: Rec = {
			id, customer_id: c.hafenlicht, project_id: null, offer_id: null, identifier: null, date: '2025-12-31', due_date: '2026-01-30', service_period: null,
			service_period_from: null, service_period_to: null, status: 'created', reversed: false, reversal_invoice_id: null, reversal: false,
			reversed_invoice_id: null, title: '', recipient_address: hafenlicht, currency: 'EUR', net_total: 0, tax: 19, vat: vat19, gross_total: 0,
			discount: 0, cash_discount: 0, cash_discount_days: 0, creditor_reference: null, debit_number: 10001, credit_number: null, locked: false,
			custom_properties: {}, tags: [], letter_paper_id: null, without_letter_paper: false, user: juergen, file_url: `https://acme.mocoapp.com/invoices/${id}.pdf`,
			debt_collection_procedure: null, salutation: 'Sehr geehrte Damen und Herren,', footer: 'Zahlbar innerhalb von 30 Tagen.', items: [], payments: [],
			reminders: [], internal_contact: null, activity_hours_modified: false, ...stamps, ...fields,
		};
		return { ...invoice, ...totals(invoice) };
	};
	return [
		make(i.relaunch, {
			identifier: 'R2512-001', project_id: SEED_IDS.projects.relaunch, title: 'Website-Relaunch – Dezember 2025', status: 'sent', tags: ['Web'],
			service_period_from: '2025-12-01', service_period_to: '2025-12-31', custom_properties: { 'PO-Nummer': 'HL-2024-17' },
			items: [heading('Leistungen Dezember'), item('Entwicklung', 2, 'h', 110), item('Design', 10, 'h', 120)],
			expenses: [{ id: 47110001, date: '2025-12-15', title: 'Hosting Dezember', description: null, quantity: 1, unit: 'Monat', unit_price: 49, unit_cost: 30, price: 49, cost: 30, currency: 'EUR', budget_relevant: true, billable: true, billed: true, purchase_assignment_locked: false, cost_total_planned: 30, planned_purchase_date: null, invoice_id: i.relaunch, service_period: null, service_period_from: null, service_period_to: null, recurring_expense_id: null, file_url: null, custom_properties: {}, company: { id: c.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, project: { id: SEED_IDS.projects.relaunch, identifier: 'P-2024-001', name: 'Website-Relaunch', billable: true }, group: null, purchase_items: [], user: juergen, revenue_category: null, ...stamps }],
		}),
		make(i.retainer, {
			identifier: 'R2512-002', customer_id: c.nordwind, project_id: SEED_IDS.projects.retainer, title: 'SEO-Betreuung Dezember 2025', status: 'paid', currency: 'CHF',
			recipient_address: 'Nordwind Café AG\nLimmatquai 3\n8001 Zürich', locked: true, booked: true, items: [item('Retainer Dezember', 1, 'Monat', 2500)],
			payments: [{ id: 9100001, date: '2026-01-02', paid_total: 2975, currency: 'CHF', created_on: '2026-01-02', updated_on: '2026-01-02' }],
		}),
		make(i.entwurf, { title: 'App-Konzept – Abschlag 1', status: 'draft', project_id: SEED_IDS.projects.festpreis, items: [item('Konzeptphase', 1, 'Pauschale', 4000)] }),
		make(i.nordwind, {
			identifier: 'R2601-001', customer_id: c.nordwind, title: 'Workshop Januar', date: '2026-01-05', due_date: '2026-02-04', currency: 'CHF',
			recipient_address: 'Nordwind Café AG\nLimmatquai 3\n8001 Zürich', document_pending: true, items: [item('Workshop', 1, 'Tag', 1200)],
		}),
		make(i.verworfen, { identifier: 'R2511-007', title: 'Doppelt erfasst', status: 'disregarded', date: '2025-11-28', due_date: '2025-12-28', items: [item('Beratung', 1, 'h', 120)] }),
	];
}
