/** A project's additional services (expenses): one-off ones, and the list across all projects. */
import {
	type ActionContext,
	type FieldErrors,
	type FieldSpec,
	type Rec,
	type ResourceEntry,
	NAMED,
	PERSON,
	boolEq,
	has,
	httpError,
	idIn,
	isBlank,
	isObject,
	noContent,
	onOrAfter,
	onOrBefore,
	round2, bulkCreate } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const text: FieldSpec = { kind: 'text' };
const number: FieldSpec = { kind: 'number' };
const date: FieldSpec = { kind: 'date' };

/** A project as its expenses, recurring expenses and payment schedules embed it. */
export const projectLink = { ref: 'projects', shape: ['id', 'identifier', 'name', 'billable'] } as const;
export const companyLink = { ref: 'companies', shape: NAMED } as const;

/** The parent project's reference, customer and currency, for a new record of a project. */
export function ofProject(sim: MocoSimulator, projectId: number | undefined): Record<string, unknown> {
	const project = sim.find('projects', Number(projectId));
	const customer = (project?.customer as Rec | null)?.id;
	return { currency: project?.currency ?? 'EUR', company: customer ? { id: customer } : null, project: project ? { id: project.id } : null };
}

/** The fields an expense and a recurring expense share, as MOCO writes them. */
export const EXPENSE_FIELDS: Record<string, FieldSpec> = {
	title: { kind: 'text', required: true },
	description: text,
	quantity: { kind: 'number', required: true },
	unit: { kind: 'text', required: true },
	unit_price: { kind: 'number', required: true },
	unit_cost: { kind: 'number', required: true },
	billable: { kind: 'boolean' },
	budget_relevant: { kind: 'boolean' },
	purchase_assignment_locked: { kind: 'boolean' },
	revenue_category_id: { kind: 'integer', read: false },
	custom_properties: { kind: 'custom_properties' },
	user_id: { kind: 'ref', ref: 'users', read: 'user', shape: PERSON, errorKey: 'user' },
};

/** The user an expense or recurring expense is for must be active. */
export function activeUser(body: Record<string, unknown>, sim: MocoSimulator, errors: FieldErrors): void {
	const user = has(body, 'user_id') ? sim.find('users', Number(body.user_id)) : undefined;
	if (user && user.active === false && !errors.user) errors.user = ['must be active'];
}

function validateExpense(draft: Rec, body: Record<string, unknown>, sim: MocoSimulator, errors: FieldErrors): void {
	activeUser(body, sim, errors);
	// The receipt: kept by name and size, shown as a file URL on the account's host.
	const file = body.file;
	if (file !== undefined) {
		if (!isObject(file) || typeof file.filename !== 'string' || file.filename === '' || typeof file.base64 !== 'string') errors.file = ['must have a filename and base64 content'];
		else draft.file_url = `https://${sim.host}/projects/${String(draft.project_id)}/expenses/${String(draft.id)}/file/${encodeURIComponent(file.filename)}`;
	}
	const [from, to] = [draft.service_period_from, draft.service_period_to];
	if (from && to && String(to) < String(from)) errors.service_period_to = ['must be after the start of the service period'];
}

/** Price and cost follow quantity and unit amounts. */
export function deriveTotals(record: Rec): void {
	record.price = round2(Number(record.quantity) * Number(record.unit_price));
	record.cost = round2(Number(record.quantity) * Number(record.unit_cost));
}

const monthName = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Project expenses (`/projects/{id}/expenses`); billed ones stay as they are. */
export const projectExpenses: ResourceEntry = {
	name: 'project_expenses',
	path: '/projects/:projectId/expenses',
	parentKey: 'project_id',
	target: 'Expense',
	fields: {
		date: { kind: 'date', required: true },
		...EXPENSE_FIELDS,
		service_period_from: date,
		service_period_to: date,
		planned_purchase_date: date,
		cost_total_planned: number,
		file: { kind: 'object', read: false },
	},
	links: { project: projectLink, company: companyLink },
	blank: ({ sim, parentId, userId }) => ({
		date: null, title: '', description: null, quantity: 0, unit: null, unit_price: 0, unit_cost: 0, price: 0, cost: 0, ...ofProject(sim, parentId),
		budget_relevant: false, billable: true, billed: false, purchase_assignment_locked: false, cost_total_planned: 0, planned_purchase_date: null,
		invoice_id: null, service_period: null, service_period_from: null, service_period_to: null, recurring_expense_id: null, file_url: null,
		custom_properties: {}, group: null, purchase_items: [], user: { id: userId }, revenue_category: null,
	}),
	validate: (draft, body, { sim }, errors) => validateExpense(draft, body, sim, errors),
	derive: (expense) => {
		deriveTotals(expense);
		const [from, to] = [expense.service_period_from, expense.service_period_to];
		expense.service_period = from && to ? `${monthName(String(from))} – ${monthName(String(to))}` : null;
	},
	guardUpdate: (expense) => (expense.billed ? 'Billed expenses cannot be changed.' : undefined),
	guardDelete: (expense) => (expense.billed ? 'Billed expenses cannot be deleted.' : undefined),
	filters: { billable: boolEq('billable'), billed: boolEq('billed'), budget_relevant: boolEq('budget_relevant'), user_id: idIn('user.id') },
	actions: [
		bulkCreate('project_expenses'),
		{ method: 'POST', path: '/disregard', handler: disregard },
	],
	seed: () => {
		const E = SEED_IDS.projectExpenses;
		const P = SEED_IDS.projects;
		const relaunch = { project_id: P.relaunch, project: { id: P.relaunch }, company: { id: SEED_IDS.companies.hafenlicht }, currency: 'EUR' };
		const base = {
			description: null, budget_relevant: true, billable: true, billed: false, purchase_assignment_locked: false, cost_total_planned: 0,
			planned_purchase_date: null, invoice_id: null, service_period: null, service_period_from: null, service_period_to: null, recurring_expense_id: null,
			file_url: null, custom_properties: {}, group: null, purchase_items: [], user: { id: SEED_IDS.users.zoe }, revenue_category: null,
			created_at: SEED_TIME, updated_at: SEED_TIME,
		};
		return [
			{ id: E.hosting, ...base, ...relaunch, date: '2026-01-02', title: 'Hosting Januar', quantity: 1, unit: 'Monat', unit_price: 180, unit_cost: 120, price: 180, cost: 120 },
			{ id: E.fotos, ...base, ...relaunch, date: '2025-12-10', title: 'Stock-Fotos', quantity: 12, unit: 'Bild', unit_price: 25, unit_cost: 15, price: 300, cost: 180, billed: true, invoice_id: SEED_IDS.invoices.relaunch },
			{
				id: E.lizenz, ...base, project_id: P.retainer, project: { id: P.retainer }, company: { id: SEED_IDS.companies.nordwind }, currency: 'CHF',
				date: '2026-01-05', title: 'SEO-Tool Lizenz', quantity: 1, unit: 'Lizenz', unit_price: 99, unit_cost: 79, price: 99, cost: 79, billable: false, budget_relevant: false,
				user: { id: SEED_IDS.users.juergen },
			},
		];
	},
};

/** Marks expenses of the project as billed without invoicing them; every ID must be the project's. */
function disregard({ sim, body, parentId, userId }: ActionContext) {
	const errors: FieldErrors = {};
	if (typeof body.reason !== 'string' || isBlank(body.reason)) errors.reason = ["can't be blank"];
	const ids = body.expense_ids;
	if (!Array.isArray(ids) || ids.length === 0) errors.expense_ids = ["can't be blank"];
	else if (!ids.every((id) => Number.isInteger(id))) errors.expense_ids = ['is invalid'];
	if (Object.keys(errors).length) throw httpError(422, { errors });
	const expenses = (ids as number[]).map((id) => sim.find('project_expenses', id));
	if (expenses.some((expense) => !expense || expense.project_id !== parentId)) throw httpError(422, { errors: { expense_ids: ['contains expenses of another project'] } });
	for (const expense of expenses as Rec[]) {
		expense.billed = true;
		sim.changed('project_expenses', expense, 'update', userId);
	}
	return noContent();
}

/** A list of a nested resource across every project (`/projects/expenses`), with its own filters. */
export function acrossProjects(name: string, path: string, filters: ResourceEntry['filters']): ResourceEntry {
	return {
		name: `all_${name}`,
		path,
		target: '',
		ops: ['list'],
		fields: {},
		blank: () => ({}),
		scope: (_rows, _q, { sim }) => sim.records(name),
		serialize: (_out, record, { sim }) => sim.serialize(name, record, true),
		filters,
	};
}

/** Expenses of every project (`/projects/expenses`). */
export const allProjectExpenses = acrossProjects('project_expenses', '/projects/expenses', {
	from: onOrAfter('date'),
	to: onOrBefore('date'),
	billable: boolEq('billable'),
	billed: boolEq('billed'),
	budget_relevant: boolEq('budget_relevant'),
	user_id: idIn('user.id'),
	tags: (expense, value, { sim }) => {
		const wanted = value.split(',').map((tag) => tag.trim().toLowerCase());
		const tags = (sim.find('projects', Number(expense.project_id))?.tags as string[] | undefined) ?? [];
		return tags.some((tag) => wanted.includes(tag.toLowerCase()));
	},
});
