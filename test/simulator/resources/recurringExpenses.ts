/** A project's recurring additional services: `/projects/{id}/recurring_expenses`, `/recurring_expenses`, and `recur`. */
import { type ActionContext, type Rec, type ResourceEntry, addDays, idIn, json, refused } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';
import { EXPENSE_FIELDS, acrossProjects, activeUser, deriveTotals, ofProject, projectLink } from './projectExpenses';

export const PERIODS = ['weekly', 'biweekly', 'monthly', 'quarterly', 'biannual', 'annual', 'annual2', 'annual3'] as const;
const MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, biannual: 6, annual: 12, annual2: 24, annual3: 36 };

/** The day after `date` by one period. */
function nextDate(date: string, period: string): string {
	if (period === 'weekly') return addDays(date, 7);
	if (period === 'biweekly') return addDays(date, 14);
	const day = new Date(`${date}T00:00:00Z`);
	day.setUTCMonth(day.getUTCMonth() + (MONTHS[period] ?? 1));
	return day.toISOString().slice(0, 10);
}

/** Start date and period are fixed at creation (MOCO refuses another value). */
export const recurringExpenses: ResourceEntry = {
	name: 'recurring_expenses',
	path: '/projects/:projectId/recurring_expenses',
	parentKey: 'project_id',
	target: 'RecurringExpense',
	fields: {
		start_date: { kind: 'date', required: true, immutable: true },
		period: { kind: 'enum', values: PERIODS, required: true, immutable: true },
		finish_date: { kind: 'date' },
		...EXPENSE_FIELDS,
		service_period_direction: { kind: 'enum', values: ['none', 'forward', 'backward'] },
		billing_in_advance: { kind: 'boolean', read: false },
	},
	links: { project: projectLink },
	blank: ({ sim, parentId, userId }) => {
		const { currency } = ofProject(sim, parentId);
		return {
			start_date: null, finish_date: null, recur_next_date: null, period: null, title: '', description: null, quantity: 0, unit: null, unit_price: 0, unit_cost: 0,
			price: 0, cost: 0, currency, budget_relevant: false, billable: true, purchase_assignment_locked: false, service_period_direction: 'none', custom_properties: {},
			project: { id: parentId }, user: { id: userId }, revenue_category: null,
		};
	},
	validate: (draft, body, { sim, creating }, errors) => {
		activeUser(body, sim, errors);
		if (draft.finish_date && draft.start_date && String(draft.finish_date) < String(draft.start_date)) errors.finish_date = ['must be after the start date'];
		if (creating) draft.recur_next_date = draft.start_date;
	},
	derive: deriveTotals,
	actions: [{ method: 'POST', path: '/:id/recur', handler: recur }],
	seed: () => {
		const { retainer, relaunch } = SEED_IDS.projects;
		const base = {
			finish_date: null, description: null, quantity: 1, budget_relevant: true, billable: true, purchase_assignment_locked: false, custom_properties: {},
			user: { id: SEED_IDS.users.juergen }, revenue_category: null, created_at: SEED_TIME, updated_at: SEED_TIME,
		};
		return [
			{
				id: SEED_IDS.recurringExpenses.hosting, ...base, project_id: retainer, project: { id: retainer }, start_date: '2025-01-01', recur_next_date: '2026-02-01',
				period: 'monthly', title: 'Server-Hosting', unit: 'Server', unit_price: 49, unit_cost: 29, price: 49, cost: 29, currency: 'CHF', service_period_direction: 'forward',
			},
			{
				id: SEED_IDS.recurringExpenses.cmsLizenz, ...base, project_id: relaunch, project: { id: relaunch }, start_date: '2025-10-01', recur_next_date: '2026-10-01',
				period: 'annual', title: 'CMS-Lizenz', unit: 'Jahr', unit_price: 600, unit_cost: 450, price: 600, cost: 450, currency: 'EUR', service_period_direction: 'none',
			},
		];
	},
};

/** Books the next expense now (dated its next date), then moves the next date on by one period. */
function recur(ctx: ActionContext) {
	const { sim, record, userId } = ctx;
	const recurring = record as Rec;
	const due = String(recurring.recur_next_date);
	if (recurring.finish_date && due > String(recurring.finish_date)) throw refused('The recurring expense has ended: its next date is after its finish date.');
	const next = nextDate(due, String(recurring.period));
	const period = { forward: [due, addDays(next, -1)], backward: [addDays(due, -(Date.parse(next) - Date.parse(due)) / 86400000), addDays(due, -1)], none: [undefined, undefined] }[
		String(recurring.service_period_direction) as 'none'
	];
	const { title, description, quantity, unit, unit_price, unit_cost, billable, budget_relevant } = recurring;
	const body = { date: due, title, description, quantity, unit, unit_price, unit_cost, billable, budget_relevant, service_period_from: period[0], service_period_to: period[1] };
	const expense = sim.createRecord('project_expenses', Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== null)), {
		...ctx,
		parentId: Number(recurring.project_id),
	});
	expense.recurring_expense_id = recurring.id;
	expense.user = recurring.user;
	recurring.recur_next_date = next;
	sim.changed('recurring_expenses', recurring, 'update', userId);
	return json(200, sim.serialize('project_expenses', expense));
}

/** Recurring expenses of every project (`/recurring_expenses`). */
export const allRecurringExpenses = acrossProjects('recurring_expenses', '/recurring_expenses', { project_id: idIn('project_id') });
