import type { FieldSpec, Rec, ResourceEntry } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

/** MOCO's revenue categories are not simulated: an ID is shown as its minimal reference. */
const revenueCategory: FieldSpec = {
	kind: 'integer',
	read: 'revenue_category',
	convert: (id) => ({ id, name: `Erlöse ${String(id)}`, revenue_account: null, cost_category: null, assignment_kind: 'tasks_and_expenses' }),
};
const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };

/** Task templates (`/account/task_templates`): tasks new projects start with. */
export const taskTemplates: ResourceEntry = {
	name: 'task_templates',
	path: '/account/task_templates',
	target: '',
	fields: {
		name: { kind: 'text', required: true },
		description: { kind: 'text' },
		revenue_category_id: revenueCategory,
		billable: { kind: 'boolean' },
		project_default: { kind: 'boolean' },
		index: { kind: 'integer' },
	},
	blank: ({ sim }) => ({ name: '', description: null, revenue_category: null, billable: true, project_default: false, index: sim.records('task_templates').length }),
	seed: () => {
		const t = SEED_IDS.taskTemplates;
		const make = (id: number, name: string, index: number, fields: Record<string, unknown> = {}): Rec => ({
			id, name, description: null, revenue_category: null, billable: true, project_default: true, index, ...stamps, ...fields,
		});
		return [make(t.konzeption, 'Konzeption', 0), make(t.projektleitung, 'Projektleitung', 1, { billable: false, description: 'Abstimmung, Reporting' })];
	},
};

/** Expense templates (`/account/expense_templates`): expenses with their price and cost, in EUR. */
export const expenseTemplates: ResourceEntry = {
	name: 'expense_templates',
	path: '/account/expense_templates',
	target: '',
	fields: {
		title: { kind: 'text', required: true },
		description: { kind: 'text' },
		unit: { kind: 'text' },
		unit_price: { kind: 'number' },
		unit_cost: { kind: 'number' },
		revenue_category_id: revenueCategory,
	},
	blank: () => ({ title: '', description: null, unit: null, unit_price: 0, unit_cost: 0, currency: 'EUR', revenue_category: null }),
	seed: () => {
		const e = SEED_IDS.expenseTemplates;
		const make = (id: number, title: string, unit: string, price: number, cost: number): Rec => ({
			id, title, description: null, unit, unit_price: price, unit_cost: cost, currency: 'EUR', revenue_category: null, ...stamps,
		});
		return [make(e.hosting, 'Hosting', 'Monat', 49, 30), make(e.lizenz, 'Schriftlizenz', 'Stück', 120, 90)];
	},
};
