import { type FieldSpec, type Rec, type ResourceEntry, eq } from '../engine';
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

/** Custom field definitions (`/account/custom_properties`); what a field is for and its kind are fixed on create. */
export const customProperties: ResourceEntry = {
	name: 'custom_properties',
	path: '/account/custom_properties',
	target: '',
	fields: {
		name: { kind: 'text', required: true },
		kind: { kind: 'text', required: true, immutable: true },
		entity: { kind: 'text', required: true, immutable: true },
		placeholder: { kind: 'text' },
		placeholder_alt: { kind: 'text' },
		defaults: { kind: 'array' },
		print_on_invoice: { kind: 'boolean' },
		print_on_offer: { kind: 'boolean' },
		print_on_timesheet: { kind: 'boolean' },
		notification_enabled: { kind: 'boolean' },
		api_only: { kind: 'boolean' },
	},
	blank: () => ({
		name: '', kind: null, entity: null, defaults: [], placeholder: null, placeholder_alt: null,
		print_on_invoice: false, print_on_offer: false, print_on_timesheet: false, notification_enabled: false, api_only: false,
	}),
	validate: (draft, _body, { sim }, errors) => {
		if (sim.records('custom_properties').some((field) => field.id !== draft.id && field.entity === draft.entity && String(field.name).toLowerCase() === String(draft.name).toLowerCase())) {
			errors.name = ['has already been taken'];
		}
	},
	filters: { entity: eq('entity') },
	seed: () => {
		const c = SEED_IDS.customProperties;
		const make = (id: number, name: string, kind: string, entity: string, fields: Record<string, unknown> = {}): Rec => ({
			id, name, kind, entity, defaults: [], placeholder: null, placeholder_alt: null,
			print_on_invoice: false, print_on_offer: false, print_on_timesheet: false, notification_enabled: false, api_only: false, ...stamps, ...fields,
		});
		return [
			make(c.branche, 'Branche', 'Select', 'Company', { defaults: ['Gastronomie', 'Logistik', 'Verlag'] }),
			make(c.poNummer, 'PO-Nummer', 'String', 'Invoice', { print_on_invoice: true, placeholder: 'Bestellnummer des Kunden' }),
			make(c.kostenstelle, 'Kostenstelle', 'String', 'Project'),
		];
	},
};
