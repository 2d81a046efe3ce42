/** What purchases are booked with: purchase VAT codes and categories (read-only), revenue categories. */
import { type Rec, type ResourceEntry, PERSON, eq, json, term } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';
import { vatCodeEntry } from './vatCodes';

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };

/** The account's VAT codes for purchases (`/vat_code_purchases`), read-only. */
export const vatCodePurchases = vatCodeEntry('vat_code_purchases', {}, () => {
	const v = SEED_IDS.vatCodePurchases;
	return [
		[v.standard, 19, 'Vorsteuer 19 %', 'VSt19'],
		[v.reduced, 7, 'Vorsteuer 7 %', 'VSt7'],
		[v.reverseCharge, 19, 'Innergemeinschaftlicher Erwerb 19 % (Reverse Charge)', 'IGE19', { reverse_charge: true, intra_eu: true }],
		[v.old16, 16, 'Vorsteuer 16 % (2020)', 'VSt16', { active: false }],
	];
});

/** Purchase categories (`/purchases/categories`), read-only: each books to a credit account. */
export const purchaseCategories: ResourceEntry = {
	name: 'purchase_categories',
	path: '/purchases/categories',
	target: '',
	ops: ['list', 'get'],
	fields: {},
	blank: () => ({}),
	seed: () => {
		const c = SEED_IDS.purchaseCategories;
		const make = (id: number, name: string, credit_account: string | null, active = true): Rec => ({ id, name, credit_account, active, ...stamps });
		return [
			make(c.fremdleistungen, 'Fremdleistungen', '3100'),
			make(c.software, 'Software & Lizenzen', '4964'),
			make(c.reisekosten, 'Reisekosten', '4660'),
			make(c.alt, 'Bürobedarf (alt)', null, false),
		];
	},
};

/** Revenue categories (`/revenue_categories`): what tasks and expenses are booked to in the accounting export. */
export const revenueCategories: ResourceEntry = {
	name: 'revenue_categories',
	path: '/revenue_categories',
	target: '',
	fields: {
		name: { kind: 'text', required: true },
		revenue_account: { kind: 'integer' },
		cost_category: { kind: 'text' },
		assignment_kind: { kind: 'enum', values: ['only_tasks', 'only_expenses', 'tasks_and_expenses'] },
	},
	blank: () => ({ name: '', revenue_account: null, cost_category: null, assignment_kind: 'tasks_and_expenses' }),
	filters: { term: term('name', 'revenue_account'), revenue_account: eq('revenue_account'), cost_category: eq('cost_category') },
	seed: () => {
		const r = SEED_IDS.revenueCategories;
		return [
			{ id: r.entwicklung, name: 'Entwicklung', revenue_account: 8400, cost_category: 'KST-10', assignment_kind: 'only_tasks', ...stamps },
			{ id: r.lizenzen, name: 'Lizenzen', revenue_account: 8401, cost_category: null, assignment_kind: 'only_expenses', ...stamps },
			{ id: r.beratung, name: 'Beratung', revenue_account: 8338, cost_category: 'KST-20', assignment_kind: 'tasks_and_expenses', ...stamps },
		];
	},
};

/**
 * Exports of purchases to bookkeeping (`/purchases/bookkeeping_exports`): made (201) and read only.
 * Without purchase IDs every approved purchase not yet booked is exported; exported ones count as booked.
 */
export const purchaseBookkeepingExports: ResourceEntry = {
	name: 'purchase_bookkeeping_exports',
	path: '/purchases/bookkeeping_exports',
	target: 'Purchase::BookkeepingExport',
	ops: ['list', 'get'],
	fields: {
		comment: { kind: 'text' },
		with_direct_online_submission: { kind: 'boolean', read: false },
		trigger_submission: { kind: 'boolean', read: false },
		archive_after_export: { kind: 'boolean', read: false },
		purchase_ids: { kind: 'array' },
	},
	blank: ({ userId }) => ({ from: null, to: null, purchase_ids: [], comment: null, user: { id: userId }, status: 'created' }),
	links: { user: { ref: 'users', shape: PERSON } },
	validate: (draft, body, { sim }, errors) => {
		const exportable = (purchase: Rec | undefined) => purchase !== undefined && purchase.status === 'archived';
		const given = Array.isArray(body.purchase_ids) ? (body.purchase_ids as unknown[]) : undefined;
		const chosen = given ? given.map((id) => sim.find('purchases', Number(id))) : sim.records('purchases').filter((purchase) => exportable(purchase) && !purchase.booked);
		if (given?.some((id) => !Number.isInteger(id))) errors.purchase_ids = ['is invalid'];
		else if (!chosen.every(exportable)) errors.purchase_ids = ['contains purchases that do not exist or are not approved'];
		else if (chosen.length === 0) errors.base = ['There are no purchases to export.'];
		const dates = (chosen as Rec[]).map((purchase) => String(purchase?.date)).sort();
		Object.assign(draft, { purchase_ids: (chosen as Rec[]).map((purchase) => purchase?.id), from: dates[0] ?? null, to: dates.at(-1) ?? null });
	},
	derive: (exported, { sim }) => {
		for (const id of exported.purchase_ids as number[]) (sim.find('purchases', id) as Rec).booked = true;
	},
	actions: [{ method: 'POST', path: '', handler: (ctx) => json(201, ctx.sim.serialize('purchase_bookkeeping_exports', ctx.sim.createRecord('purchase_bookkeeping_exports', ctx.body, ctx))) }],
	seed: () => [
		{
			id: SEED_IDS.purchaseBookkeepingExports.dezember, from: '2025-12-15', to: '2025-12-15', purchase_ids: [SEED_IDS.purchases.software], comment: 'Dezember 2025',
			user: { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' }, status: 'created', ...stamps,
		},
	],
};
