/** Planning what is spent: purchase budgets with a target per year, and planned purchases. */
import { type ActionContext, type Rec, type ResourceEntry, PERSON, httpError, json, round2, toId, toNumber } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const B = SEED_IDS.purchaseBudgets;
const FREQUENCIES = ['once', 'weekly', 'biweekly', 'monthly', 'quarterly', 'biannual', 'annual'] as const;
const yearOf = (sim: MocoSimulator, query: Record<string, string>) => (query.year && /^\d{4}$/.test(query.year) ? Number(query.year) : Number(sim.today().slice(0, 4)));

/** What a budget's year holds: its target, what planned purchases plan and purchases spent from it. */
function budgetYear(sim: MocoSimulator, budget: Rec, year: number) {
	const target = Number((budget.targets as Record<string, number>)[year] ?? 0);
	const planned = round2(
		sim.records('planned_purchases').filter((plan) => (plan.purchase_budget as Rec | null)?.id === budget.id && String(plan.date).startsWith(String(year))).reduce((sum, plan) => sum + Number(plan.net_total), 0),
	);
	const spent = round2(sim.records('purchases').filter((purchase) => purchase.purchase_budget_id === budget.id && String(purchase.date).startsWith(String(year))).reduce((sum, purchase) => sum + Number(purchase.net_total), 0));
	return { year, target, exhaused: spent, planned, remaining: round2(target - spent - planned) };
}

function setTarget({ sim, record, body, userId, req }: ActionContext) {
	const amount = toNumber(body.target_amount);
	if (amount === undefined) throw httpError(422, { errors: { target_amount: [body.target_amount === undefined ? "can't be blank" : 'is not a number'] } });
	const year = body.year === undefined ? Number(sim.today().slice(0, 4)) : toId(body.year);
	if (year === undefined || year < 2000 || year > 2100) throw httpError(422, { errors: { year: ['is invalid'] } });
	record!.targets = { ...(record!.targets as Record<string, number>), [year]: amount };
	sim.changed('purchase_budgets', record!, 'update', userId);
	return json(200, sim.serialize('purchase_budgets', record!, false, { ...req.query, year: String(year) }));
}

/** Purchase budgets (`/purchases/budgets`): no GET of one, a list per year (`year`, default this one). */
export const purchaseBudgets: ResourceEntry = {
	name: 'purchase_budgets',
	path: '/purchases/budgets',
	target: '',
	ops: ['list', 'create', 'update', 'delete'],
	fields: {
		title: { kind: 'text', required: true },
		cost_category: { kind: 'text' },
		active: { kind: 'boolean' },
	},
	hidden: ['targets', 'created_at', 'updated_at'],
	blank: () => ({ title: '', active: true, cost_category: null, targets: {} }),
	serialize: (out, record, { sim, query }) => {
		const { id, title, active, cost_category: costCategory } = out;
		return { id, ...budgetYear(sim, record, yearOf(sim, query)), title, active, cost_category: costCategory };
	},
	guardDelete: (budget, { sim }) =>
		sim.records('planned_purchases').some((plan) => (plan.purchase_budget as Rec | null)?.id === budget.id) ? 'This budget has planned purchases and cannot be deleted.' : undefined,
	actions: [{ method: 'PUT', path: '/:id/target', handler: setTarget }],
	seed: () => [
		{ id: B.marketing, title: 'Marketing', active: true, cost_category: 'KST-40', targets: { 2025: 20000, 2026: 24000 }, ...stamps },
		{ id: B.software, title: 'Software', active: true, cost_category: null, targets: { 2026: 6000 }, ...stamps },
		{ id: B.alt, title: 'Messen (alt)', active: false, cost_category: null, targets: {}, ...stamps },
	],
};

/** Planned purchases (`/planned_purchases`): once or recurring, against a budget. */
export const plannedPurchases: ResourceEntry = {
	name: 'planned_purchases',
	path: '/planned_purchases',
	target: '',
	fields: {
		date: { kind: 'date', required: true },
		finish_date: { kind: 'date' },
		frequency: { kind: 'enum', values: FREQUENCIES },
		title: { kind: 'text', required: true },
		info: { kind: 'text' },
		net_total: { kind: 'number', required: true },
		currency: { kind: 'text', required: true },
		company_id: { kind: 'ref', ref: 'companies', read: 'company', shape: ['id', 'name'] },
		purchase_budget_id: { kind: 'ref', ref: 'purchase_budgets', read: 'purchase_budget', shape: ['id', 'title'] },
		user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON, required: true },
		custom_properties: { kind: 'custom_properties' },
	},
	blank: () => ({
		date: null, active: true, finish_date: null, frequency: 'once', variant: 'once', title: '', info: null, net_total: 0, net_total_in_account_currency: 0,
		exhausted: 0, exhausted_in_account_currency: 0, currency: 'EUR', company: null, purchase_budget: null, user: null, purchases: [], custom_properties: {},
		create_on_recur: false, recur_next_on: null,
	}),
	validate: (draft, _body, _ctx, errors) => {
		if (!/^[A-Z]{3}$/.test(String(draft.currency))) errors.currency = ['is invalid'];
		if (draft.finish_date && draft.date && String(draft.finish_date) < String(draft.date)) errors.finish_date = ['must be after the date'];
	},
	derive: (plan) => {
		plan.variant = plan.frequency === 'once' ? 'once' : 'recurring';
		plan.net_total_in_account_currency = plan.currency === 'EUR' ? plan.net_total : round2(Number(plan.net_total) * 1.04);
		plan.recur_next_on = plan.variant === 'recurring' ? plan.date : null;
	},
	seed: () => [
		{
			id: SEED_IDS.plannedPurchases.figma, date: '2026-01-15', active: true, finish_date: '2026-12-15', frequency: 'monthly', variant: 'recurring', title: 'Figma Organization',
			info: null, net_total: 450, net_total_in_account_currency: 450, exhausted: 0, exhausted_in_account_currency: 0, currency: 'EUR', company: null,
			purchase_budget: { id: B.software, title: 'Software' }, user: { id: SEED_IDS.users.zoe, firstname: 'Zoë', lastname: 'Ångström' }, purchases: [], custom_properties: {},
			create_on_recur: false, recur_next_on: '2026-01-15', ...stamps,
		},
		{
			id: SEED_IDS.plannedPurchases.messe, date: '2026-03-01', active: true, finish_date: null, frequency: 'once', variant: 'once', title: 'Messestand Hamburg',
			info: 'Standfläche und Aufbau', net_total: 8000, net_total_in_account_currency: 8000, exhausted: 0, exhausted_in_account_currency: 0, currency: 'EUR',
			company: { id: SEED_IDS.companies.druckerei, name: 'Druckerei Ährenfeld KG' }, purchase_budget: { id: B.marketing, title: 'Marketing' },
			user: { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' }, purchases: [], custom_properties: {}, create_on_recur: false, recur_next_on: null, ...stamps,
		},
	],
};
