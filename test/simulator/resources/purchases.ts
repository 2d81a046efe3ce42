/**
 * Purchases (`/purchases`): supplier invoices with their items, approved (stored `archived`, shown
 * `approved`), assigned item by item to projects, their document stored as a multipart form.
 */
import { type ActionContext, type Body, type FieldErrors, type Rec, type ResourceEntry, PERSON, httpError, idIn, isObject, json, noContent, oneOf, refused, round2, tagsAny, term, toBool, toId, toNumber } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const P = SEED_IDS.purchases;
const METHODS = ['bank_transfer', 'direct_debit', 'credit_card', 'paypal', 'cash', 'bank_transfer_swiss_qr_esr'] as const;
const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };

/** A purchase's item in MOCO's read shape, from what Create takes (`total` net, or gross when `tax_included`). */
function readItem(item: Body, sim: MocoSimulator, index: number, errors: FieldErrors, id: number): Rec {
	const vat = toId(item.vat_code_id) !== undefined ? sim.find('vat_code_purchases', toId(item.vat_code_id) as number) : undefined;
	const category = toId(item.category_id) !== undefined ? sim.find('purchase_categories', toId(item.category_id) as number) : undefined;
	const fail = (message: string) => (errors[`items[${index}]`] = [...(errors[`items[${index}]`] ?? []), message]);
	if (item.vat_code_id !== undefined && !vat) fail('vat_code must exist');
	if (item.category_id !== undefined && !category) fail('category must exist');
	const tax = vat ? Number(vat.tax) : toNumber(item.tax);
	if (tax === undefined && item.vat_code_id === undefined) fail('needs vat_code_id or tax');
	const total = toNumber(item.total);
	if (total === undefined) fail("total can't be blank");
	const included = toBool(item.tax_included);
	const rate = (tax ?? 0) / 100;
	const net = included ? round2((total ?? 0) / (1 + rate)) : (total ?? 0);
	const gross = included ? (total ?? 0) : round2(net * (1 + rate));
	return {
		id, title: item.title ?? null, net_total: net, tax_total: round2(gross - net), tax: tax ?? 0,
		vat: vat ? { id: vat.id, tax: vat.tax, description: vat.description, reverse_charge: vat.reverse_charge, intra_eu: vat.intra_eu, active: vat.active, code: vat.code } : null,
		tax_included: included, ksk_relevant: toBool(item.ksk_relevant), gross_total: gross,
		category: category ? { id: category.id, name: category.name, credit_account: category.credit_account } : null,
		supplier_credit_number: null, expense: null, receipt: null,
	};
}

const items = (purchase: Rec) => (purchase.items as Rec[] | undefined) ?? [];
const paymentsOf = (sim: MocoSimulator, purchase: Rec) =>
	sim.knows('purchase_payments') ? sim.records('purchase_payments').filter((payment) => (payment.purchase as Rec | null)?.id === purchase.id) : [];
const paid = (sim: MocoSimulator, purchase: Rec) => round2(paymentsOf(sim, purchase).reduce((sum, payment) => sum + Number(payment.total), 0));
const unpaid = (r: Rec, v: string, { sim }: { sim: MocoSimulator }) => (paid(sim, r) < Number(r.gross_total)) === toBool(v);
const partly = (r: Rec, v: string, { sim }: { sim: MocoSimulator }) => (paid(sim, r) > 0 && paid(sim, r) < Number(r.gross_total)) === toBool(v);

/** `tag_ids`: the purchase has one of the purchase tags (`/tags`, context Purchase) with these IDs. */
const tagIds = (r: Rec, v: string, { sim }: { sim: MocoSimulator }) => {
	const wanted = v.split(',').map((id) => id.trim());
	const names = sim.knows('tags') ? sim.records('tags').filter((tag) => tag.context === 'Purchase' && wanted.includes(String(tag.id))).map((tag) => tag.name) : [];
	return ((r.tags as string[] | undefined) ?? []).some((name) => names.includes(name));
};

/** MOCO's `date` filter: `from:to`, either side open. */
const dateRange = (r: Rec, v: string) => {
	const [from, to] = v.split(':');
	return (!from || String(r.date) >= from) && (!to || String(r.date) <= to);
};

function setStatus({ sim, record, body, userId }: ActionContext) {
	const status = String(body.status ?? '');
	if (!['pending', 'approved', 'archived'].includes(status)) throw httpError(422, { errors: { status: [body.status === undefined ? "can't be blank" : 'is not included in the list'] } });
	record!.status = status === 'approved' ? 'archived' : status;
	sim.changed('purchases', record!, 'update', userId);
	return noContent();
}

/** One item becomes an expense of the project (a purchase of one item needs no item_id). */
function assignToProject({ sim, record, body, userId }: ActionContext) {
	const purchase = record!;
	const project = toId(body.project_id) !== undefined ? sim.find('projects', toId(body.project_id) as number) : undefined;
	if (!project) throw httpError(422, { errors: { project: ['must exist'] } });
	const own = items(purchase);
	const item = body.item_id === undefined && own.length === 1 ? own[0] : own.find((candidate) => candidate.id === toId(body.item_id));
	if (!item) throw httpError(422, { errors: { item_id: [body.item_id === undefined ? "can't be blank" : 'is not an item of this purchase'] } });
	if (item.expense) throw refused('This item is already assigned to a project.');
	item.expense = { id: 8800000 + Number(item.id) % 100000, project: { id: project.id, company_id: (project.customer as Rec | null)?.id ?? null } };
	sim.changed('purchases', purchase, 'update', userId);
	return json(200, sim.serialize('purchases', purchase));
}

/** PATCH store_document: the form's `file` part becomes the purchase's document. */
function storeDocument({ sim, record, body, userId }: ActionContext) {
	const file = body.file;
	if (!isObject(file) || !Buffer.isBuffer(file.data)) throw httpError(422, { errors: { file: ["can't be blank"] } });
	record!.document = { filename: file.filename, contentType: file.contentType, size: file.data.length };
	record!.file_url = `https://${sim.host}/purchases/${record!.id}/document/${encodeURIComponent(String(file.filename))}`;
	sim.changed('purchases', record!, 'update', userId);
	return json(200, sim.serialize('purchases', record!));
}

export const purchases: ResourceEntry = {
	name: 'purchases',
	path: '/purchases',
	target: 'Purchase',
	fields: {
		date: { kind: 'date', required: true },
		due_date: { kind: 'date' },
		service_period_from: { kind: 'date' },
		service_period_to: { kind: 'date' },
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: ['id', 'name', 'iban'] },
		purchase_draft_id: { kind: 'integer', read: false },
		inbound_email_id: { kind: 'integer', read: false },
		receipt_identifier: { kind: 'text' },
		currency: { kind: 'text', required: true },
		payment_method: { kind: 'enum', values: METHODS, required: true },
		info: { kind: 'text' },
		iban: { kind: 'text' },
		reference: { kind: 'text' },
		bank_account_number: { kind: 'text', read: false },
		title: { kind: 'text' },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON },
		purchase_budget_id: { kind: 'integer', read: 'purchase_budget_id' },
		cash_discount_rate: { kind: 'number', read: false },
		cash_discount_until: { kind: 'date', read: false },
		custom_properties: { kind: 'custom_properties' },
		tags: { kind: 'tags' },
		items: { kind: 'array', required: true },
		file: { kind: 'object', read: false },
	},
	hidden: ['booked', 'document', 'approver_user_id', 'purchase_budget_id'],
	blank: ({ userId, sim }) => ({
		identifier: `E${sim.today().slice(2, 4)}${sim.today().slice(5, 7)}-${String(sim.records('purchases').length + 1).padStart(3, '0')}`,
		receipt_identifier: null, title: null, info: null, iban: null, reference: null, date: null, due_date: null, service_period_from: null, service_period_to: null,
		status: 'pending', partially_paid: false, payment_method: null, net_total: 0, gross_total: 0, currency: 'EUR', file_url: null, custom_properties: {}, tags: [],
		company: null, payments: [], user: { id: userId }, refund_request: null, approval_status: 'none', credit_card_transaction: null, items: [], booked: false,
	}),
	validate: (draft, body, { sim, creating, before }, errors) => {
		// On update MOCO ignores items: the purchase keeps its own.
		if (!creating) {
			draft.items = before.items;
			return;
		}
		const given = body.items;
		if (!Array.isArray(given) || given.length === 0) {
			errors.items = ["can't be blank"];
			return;
		}
		// Item IDs follow the largest one in the account, so every run numbers them alike.
		const last = Math.max(7700100, ...sim.records('purchases').flatMap((purchase) => items(purchase).map((item) => item.id)));
		draft.items = given.map((item, index) => readItem(isObject(item) ? item : {}, sim, index, errors, last + index + 1));
		if (isObject(body.file) && typeof body.file.filename === 'string') draft.file_url = `https://${sim.host}/purchases/document/${encodeURIComponent(body.file.filename)}`;
	},
	derive: (purchase) => {
		purchase.net_total = round2(items(purchase).reduce((sum, item) => sum + Number(item.net_total), 0));
		purchase.gross_total = round2(items(purchase).reduce((sum, item) => sum + Number(item.gross_total), 0));
	},
	serialize: (out, record, { sim }) => {
		const payments = paymentsOf(sim, record).map((payment) => ({ id: payment.id, date: payment.date, total: payment.total, currency: payment.currency, user: payment.user ?? null }));
		const total = paid(sim, record);
		return { ...out, status: out.status === 'archived' ? 'approved' : out.status, payments, partially_paid: total > 0 && total < Number(record.gross_total) };
	},
	filters: {
		id: idIn('id'), category_id: (r, v) => items(r).some((item) => String((item.category as Rec | null)?.id) === v),
		term: term('title', 'identifier', 'receipt_identifier', 'company.name'), company_id: (r, v) => String((r.company as Rec | null)?.id ?? 0) === v,
		status: (r, v) => String(r.status) === (v === 'approved' ? 'archived' : v), approval_status: oneOf('approval_status'), approver_user_id: idIn('approver_user_id'),
		not_booked: (r, v) => !r.booked === toBool(v), tags: tagsAny, tag_ids: tagIds, date: dateRange, unpaid, partially_paid: partly, payment_method: oneOf('payment_method'),
		receipt_identifier: (r, v) => String(r.receipt_identifier ?? '') === v, identifier: (r, v) => String(r.identifier ?? '') === v, user_id: idIn('user.id'),
	},
	guardDelete: (purchase, { sim }) =>
		purchase.status !== 'pending' || paymentsOf(sim, purchase).length > 0 ? 'Only pending purchases without payments can be deleted.' : undefined,
	actions: [
		{ method: 'PATCH', path: '/:id/update_status', handler: setStatus },
		{ method: 'POST', path: '/:id/assign_to_project', handler: assignToProject },
		{ method: 'PATCH', path: '/:id/store_document', handler: storeDocument },
	],
	seed: seedPurchases,
};

function seedPurchases(): Rec[] {
	const C = SEED_IDS.companies;
	const K = SEED_IDS.purchaseCategories;
	const V = SEED_IDS.vatCodePurchases;
	const juergen = { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' };
	const vat19 = { id: V.standard, tax: 19, description: 'Vorsteuer 19 %', reverse_charge: false, intra_eu: false, active: true, code: 'VSt19' };
	const item = (id: number, title: string, net: number, category: Rec, vat: Rec | null = vat19) => ({
		id, title, net_total: net, tax_total: round2(net * Number(vat?.tax ?? 0) / 100), tax: vat?.tax ?? 0, vat, tax_included: false, ksk_relevant: false,
		gross_total: round2(net * (1 + Number(vat?.tax ?? 0) / 100)), category, supplier_credit_number: null, expense: null, receipt: null,
	});
	const base = {
		info: null, iban: null, reference: null, due_date: null, service_period_from: null, service_period_to: null, partially_paid: false, file_url: null,
		custom_properties: {}, payments: [], user: juergen, refund_request: null, approval_status: 'none', credit_card_transaction: null, booked: false,
	};
	return [
		{
			...base, id: P.druck, identifier: 'E2601-001', receipt_identifier: 'RE-2026-0815', title: 'Messeflyer, 5.000 Stück', iban: 'DE02120300000000202051', reference: 'RE-2026-0815',
			date: '2026-01-02', due_date: '2026-01-16', status: 'pending', payment_method: 'bank_transfer', net_total: 1150, gross_total: 1368.5, currency: 'EUR',
			tags: ['Messe'], company: { id: C.druckerei, name: 'Druckerei Ährenfeld KG', iban: 'DE02120300000000202051' },
			items: [item(7700001, 'Flyer A5, 4/4-farbig', 950, { id: K.fremdleistungen, name: 'Fremdleistungen', credit_account: '3100' }), item(7700002, 'Versand', 200, { id: K.fremdleistungen, name: 'Fremdleistungen', credit_account: '3100' })],
			...stamps,
		},
		{
			...base, id: P.software, identifier: 'E2512-004', receipt_identifier: 'INV-88412', title: 'Figma Organization, Dezember', date: '2025-12-15', status: 'archived',
			payment_method: 'credit_card', net_total: 450, gross_total: 535.5, currency: 'EUR', tags: [], company: null, booked: true,
			items: [item(7700003, 'Figma Organization (10 Plätze)', 450, { id: K.software, name: 'Software & Lizenzen', credit_account: '4964' })],
			...stamps,
		},
		{
			...base, id: P.bahn, identifier: 'E2601-002', receipt_identifier: null, title: 'Bahnfahrt Hamburg–Berlin', date: '2026-01-03', status: 'archived',
			payment_method: 'cash', net_total: 89.9, gross_total: 96.19, currency: 'EUR', tags: ['Reise'], company: null,
			items: [item(7700004, 'ICE 2. Klasse', 89.9, { id: K.reisekosten, name: 'Reisekosten', credit_account: '4660' }, { ...vat19, id: V.reduced, tax: 7, description: 'Vorsteuer 7 %', code: 'VSt7' })],
			...stamps,
		},
	];
}
