/**
 * Receipts (`/receipts`): what staff paid out of pocket, split by VAT code into one to three items,
 * booked to one purchase category; the photo or PDF comes as `attachment: {filename, base64}`.
 */
import { type Body, type FieldErrors, type Rec, type ResourceEntry, PERSON, idIn, isObject, onOrAfter, onOrBefore, round2, toBool, toId, toNumber } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const R = SEED_IDS.receipts;
const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const items = (receipt: Rec) => (receipt.items as Body[] | undefined) ?? [];

/** A VAT code in MOCO's read shape inside a receipt's item. */
const vatOf = (vat: Rec) => ({ id: vat.id, tax: vat.tax, description: vat.description, reverse_charge: vat.reverse_charge, intra_eu: vat.intra_eu, active: vat.active, code: vat.code });

function readItem(item: Body, sim: MocoSimulator, index: number, errors: FieldErrors): Body {
	const fail = (message: string) => (errors[`items[${index}]`] = [...(errors[`items[${index}]`] ?? []), message]);
	const vat = toId(item.vat_code_id) !== undefined ? sim.find('vat_code_purchases', toId(item.vat_code_id) as number) : undefined;
	const category = toId(item.purchase_category_id) !== undefined ? sim.find('purchase_categories', toId(item.purchase_category_id) as number) : undefined;
	if (item.vat_code_id === undefined) fail("vat_code_id can't be blank");
	else if (!vat) fail('vat_code must exist');
	if (item.purchase_category_id !== undefined && !category) fail('purchase_category must exist');
	const gross = toNumber(item.gross_total);
	if (gross === undefined) fail("gross_total can't be blank");
	return { gross_total: gross ?? 0, vat: vat ? vatOf(vat) : null, purchase_category: category ? { id: category.id, name: category.name } : null };
}

function validateReceipt(draft: Rec, body: Body, { sim, creating }: { sim: MocoSimulator; creating: boolean }, errors: FieldErrors): void {
	// Items replace the receipt's rows whole; an update without them keeps its own.
	if (creating || body.items !== undefined) {
		const given = body.items;
		if (!Array.isArray(given) || given.length === 0) errors.items = ["can't be blank"];
		else if (given.length > 3) errors.items = ['are too many (maximum is 3)'];
		else {
			draft.items = given.map((item, index) => readItem(isObject(item) ? item : {}, sim, index, errors));
			const categories = new Set(items(draft).map((item) => (item.purchase_category as Rec | null)?.id).filter((id) => id !== undefined));
			if (categories.size > 1) errors.purchase_category_id = ['must be the same for all items'];
		}
	}
	if (!/^[A-Z]{3}$/.test(String(draft.currency))) errors.currency = ['is invalid'];
	const file = body.attachment;
	if (file === undefined) return;
	if (!isObject(file) || typeof file.filename !== 'string' || file.filename === '' || typeof file.base64 !== 'string') errors.attachment = ['must have a filename and base64 content'];
	else draft.attachment_url = `https://${sim.host}/documents/receipts/${String(draft.id)}/${encodeURIComponent(file.filename)}`;
}

export const receipts: ResourceEntry = {
	name: 'receipts',
	path: '/receipts',
	// MOCO's web hooks have no receipt target.
	target: '',
	fields: {
		date: { kind: 'date', required: true },
		title: { kind: 'text', required: true },
		billable: { kind: 'boolean' },
		info: { kind: 'text' },
		project_id: {
			kind: 'ref',
			ref: 'projects',
			read: 'project',
			shape: (project) => ({ id: project.id, name: project.name, billable: project.billable, company: project.customer ?? null }),
		},
		currency: { kind: 'text' },
		items: { kind: 'array', required: true },
		attachment: { kind: 'object', read: false },
	},
	links: { user: { ref: 'users', shape: PERSON } },
	blank: ({ userId }) => ({
		title: '', date: null, billable: false, pending: true, gross_total: 0, currency: 'EUR', items: [], project: null, info: null,
		user: { id: userId }, refund_request: null, attachment_url: null,
	}),
	validate: (draft, body, ctx, errors) => validateReceipt(draft, body, ctx, errors),
	derive: (receipt) => {
		receipt.gross_total = round2(items(receipt).reduce((sum, item) => sum + Number(item.gross_total), 0));
	},
	filters: {
		user_id: idIn('user.id'),
		project_id: idIn('project.id'),
		from: onOrAfter('date'),
		to: onOrBefore('date'),
		purchase_category_id: (r, v) => items(r).some((item) => String((item.purchase_category as Rec | null)?.id) === v),
		submitted: (r, v) => !r.pending === toBool(v),
		refund_request_id: idIn('refund_request.id'),
	},
	guardDelete: (receipt) => (receipt.refund_request ? 'A refund request has been created for this receipt: it cannot be deleted.' : undefined),
	seed: () => {
		const V = SEED_IDS.vatCodePurchases;
		const travel = { id: SEED_IDS.purchaseCategories.reisekosten, name: 'Reisekosten' };
		const vat19 = { id: V.standard, tax: 19, description: 'Vorsteuer 19 %', reverse_charge: false, intra_eu: false, active: true, code: 'VSt19' };
		const vat7 = { ...vat19, id: V.reduced, tax: 7, description: 'Vorsteuer 7 %', code: 'VSt7' };
		const relaunch = { id: SEED_IDS.projects.relaunch, name: 'Website-Relaunch', billable: true, company: { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' } };
		return [
			{
				id: R.taxi, title: 'Taxi zum Kunden', date: '2026-01-08', billable: true, pending: true, gross_total: 48.5, currency: 'EUR',
				items: [{ gross_total: 48.5, vat: vat7, purchase_category: travel }], project: relaunch, info: 'Workshop bei Hafenlicht',
				user: { id: SEED_IDS.users.zoe, firstname: 'Zoë', lastname: 'Ångström' }, refund_request: null, attachment_url: `https://acme.mocoapp.com/documents/receipts/${R.taxi}/taxi.jpg`, ...stamps,
			},
			{
				id: R.hotel, title: 'Hotel Berlin mit Frühstück', date: '2025-12-10', billable: false, pending: false, gross_total: 139, currency: 'EUR',
				items: [{ gross_total: 107, vat: vat7, purchase_category: travel }, { gross_total: 32, vat: vat19, purchase_category: travel }], project: null, info: null,
				user: { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' }, refund_request: { id: 6650001, status: 'paid' }, attachment_url: null, ...stamps,
			},
		];
	},
};
