import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { contactRecord } from '../../customers/contact/record';
import { dealRecord } from '../../customers/deal/record';
import { projectGroupRecord } from '../projectGroup/record';
import { userRecord } from '../../staff/user/fields';
import { projectRecord } from './record';

const money = (name: string, displayName: string, api: string, description: string): FieldRow => ({
	name,
	displayName,
	api,
	kind: 'number',
	min: 0,
	description,
});

const lastDayOfMonth = (date: string) => {
	const [year, month] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month, 0)).getUTCDate() === Number(date.slice(8, 10));
};

/**
 * MOCO's rules across fields, checked before anything is sent: a retainer runs in whole months
 * with a monthly budget (projects.md), a project ends after it starts, a currency is a 3-letter code.
 */
function checkProject(this: IExecuteSingleFunctions, checked: CheckedValues, operation: string): void {
	const fail = (field: string, problem: string) => invalidInput(this.getNode(), this.getItemIndex(), field, problem);
	const { fields } = checked;
	if (typeof fields.currency === 'string') {
		const code = fields.currency.trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(code)) throw fail('Currency', `must be a 3-letter currency code like EUR, not ${JSON.stringify(fields.currency)}`);
		fields.currency = code;
	}
	const start = fields.start_date as string | undefined;
	const finish = fields.finish_date as string | undefined;
	if (start && finish && finish < start) throw fail('Finish Date', `(${finish}) must not be before the Start Date (${start})`);
	if (fields.retainer !== true) return;
	// On Update the project may already hold the dates and the monthly budget: only what is sent is checked.
	const creating = operation === 'create';
	if (start && !start.endsWith('-01')) {
		throw fail('Start Date', `must be the 1st of a month for a retainer project (MOCO bills retainers by whole months), not ${start}`);
	}
	if (finish && !lastDayOfMonth(finish)) {
		throw fail('Finish Date', `must be the last day of a month for a retainer project (MOCO bills retainers by whole months), not ${finish}`);
	}
	if (creating && fields.budget_monthly === undefined) {
		throw fail('Monthly Budget', 'is required for a retainer project: add it under Additional Fields');
	}
}

export const project: ResourceSpec = {
	value: 'project',
	record: projectRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Website Relaunch', description: 'The name of the project' },
		{
			name: 'currency',
			displayName: 'Currency',
			api: 'currency',
			kind: 'text',
			required: true,
			update: false,
			placeholder: 'e.g. EUR',
			description: "The project's currency as a 3-letter code (EUR, CHF, USD). MOCO cannot change it later, so Update does not offer it.",
		},
		{ name: 'startDate', displayName: 'Start Date', api: 'start_date', kind: 'date', required: true, description: 'Sent as YYYY-MM-DD. A retainer starts on the 1st of a month.' },
		{ name: 'finishDate', displayName: 'Finish Date', api: 'finish_date', kind: 'date', required: true, description: 'Sent as YYYY-MM-DD. A retainer ends on the last day of a month.' },
		{ name: 'fixedPrice', displayName: 'Fixed Price', api: 'fixed_price', kind: 'boolean', required: true, description: 'Whether the project is billed at a fixed price' },
		{
			name: 'retainer',
			displayName: 'Retainer',
			api: 'retainer',
			kind: 'boolean',
			required: true,
			description: 'Whether the project is a retainer (a monthly budget): it then needs Monthly Budget, and runs from the 1st of a month to the last day of a month',
		},
		{ name: 'leaderId', displayName: 'Leader', api: 'leader_id', kind: 'reference', record: userRecord, required: true, description: 'The project leader: from the list, by ID or by email' },
		{ name: 'customerId', displayName: 'Customer', api: 'customer_id', kind: 'reference', record: companyRecord, required: true, description: 'The customer company: from the list, by ID or by name' },
		{ name: 'billingAddress', displayName: 'Billing Address', api: 'billing_address', kind: 'longText', description: 'The address invoices of this project go to' },
		{ name: 'billingContactId', displayName: 'Billing Contact', api: 'billing_contact_id', kind: 'reference', record: contactRecord, description: 'The contact person for invoices' },
		{ name: 'billingEmailCc', displayName: 'Billing Email CC', api: 'billing_email_cc', kind: 'text', placeholder: 'e.g. accounting@example.com', description: 'Copy of invoice emails goes to this address' },
		{ name: 'billingEmailTo', displayName: 'Billing Email To', api: 'billing_email_to', kind: 'text', placeholder: 'e.g. project@example.com', description: 'Invoice emails go to this address' },
		{ name: 'billingNotes', displayName: 'Billing Notes', api: 'billing_notes', kind: 'longText', description: 'Notes for whoever bills this project' },
		{
			name: 'billingVariant',
			displayName: 'Billing Variant',
			api: 'billing_variant',
			kind: 'enum',
			options: [
				{ name: 'Project', value: 'project', description: 'One hourly rate for the whole project' },
				{ name: 'Task', value: 'task', description: "Each task's own hourly rate" },
				{ name: 'User', value: 'user', description: "Each staff member's own hourly rate" },
			],
			description: 'Which hourly rate applies (MOCO\'s default: Project)',
		},
		money('budget', 'Budget', 'budget', 'The total budget, in the project currency'),
		money('budgetExpenses', 'Budget Expenses', 'budget_expenses', 'The budget for additional services (expenses)'),
		money('budgetMonthly', 'Monthly Budget', 'budget_monthly', 'The monthly budget; a retainer project needs one'),
		{ name: 'coLeaderId', displayName: 'Co-Leader', api: 'co_leader_id', kind: 'reference', record: userRecord, description: 'The co-leader: from the list, by ID or by email' },
		{ name: 'contactId', displayName: 'Contact', api: 'contact_id', kind: 'reference', record: contactRecord, description: "The customer's contact person" },
		{ name: 'customProperties', displayName: 'Custom Properties', api: 'custom_properties', kind: 'customProperties', entity: 'Project', description: 'Values of the custom fields your MOCO account defines for projects' },
		{ name: 'dealId', displayName: 'Deal', api: 'deal_id', kind: 'reference', record: dealRecord, description: 'The deal (lead) the project comes from' },
		money('hourlyRate', 'Hourly Rate', 'hourly_rate', 'The hourly rate when Billing Variant is Project'),
		{
			name: 'identifier',
			displayName: 'Identifier',
			api: 'identifier',
			kind: 'text',
			placeholder: 'e.g. P-2026-001',
			description: 'The project number. Required when your account assigns numbers by hand (manual number ranges); otherwise MOCO assigns one.',
		},
		{ name: 'includeTimeReport', displayName: 'Include Time Report', api: 'setting_include_time_report', kind: 'boolean', description: 'Whether invoices include a time report' },
		{ name: 'info', displayName: 'Info', api: 'info', kind: 'longText', description: 'Free text about the project' },
		{ name: 'projectGroupId', displayName: 'Project Group', api: 'project_group_id', kind: 'reference', record: projectGroupRecord, description: 'The project group: from the list, by ID or by name' },
		{
			name: 'retainerBillingDate',
			displayName: 'Retainer Billing Day',
			api: 'retainer_billing_date',
			kind: 'integer',
			min: 1,
			max: 31,
			default: 1,
			description: 'The day of the month a retainer is billed (1 to 31)',
		},
		{ name: 'retainerBillingDescription', displayName: 'Retainer Billing Description', api: 'retainer_billing_description', kind: 'longText', description: 'The description on retainer invoices' },
		{ name: 'retainerBillingTitle', displayName: 'Retainer Billing Title', api: 'retainer_billing_title', kind: 'text', description: 'The title of retainer invoices' },
		{ name: 'secondaryContactId', displayName: 'Secondary Contact', api: 'secondary_contact_id', kind: 'reference', record: contactRecord, description: "The customer's second contact person" },
		{ name: 'skipFavorite', displayName: 'Skip Favorite', api: 'skip_favorite', kind: 'boolean', update: false, description: 'Whether MOCO leaves the new project off the leader\'s favorites' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags' },
	],
	filters: [
		{ name: 'includeArchived', displayName: 'Include Archived', api: 'include_archived', kind: 'boolean', omitFalse: true, description: 'Whether to include archived projects' },
		{
			name: 'includeCompany',
			displayName: 'Include Company',
			api: 'include_company',
			kind: 'boolean',
			omitFalse: true,
			description: "Whether MOCO returns the customer's full company record instead of its ID and name (turn Simplify off to see it)",
		},
		{ name: 'leaderId', displayName: 'Leader', api: 'leader_id', kind: 'reference', record: userRecord, description: 'Only projects this user leads or co-leads' },
		{ name: 'companyId', displayName: 'Customer', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only projects of this customer' },
		{ name: 'createdFrom', displayName: 'Created From', api: 'created_from', kind: 'date', description: 'Only projects created on or after this day' },
		{ name: 'createdTo', displayName: 'Created To', api: 'created_to', kind: 'date', description: 'Only projects created on or before this day' },
		{ name: 'updatedFrom', displayName: 'Updated From', api: 'updated_from', kind: 'date', description: 'Only projects changed on or after this day' },
		{ name: 'updatedTo', displayName: 'Updated To', api: 'updated_to', kind: 'date', description: 'Only projects changed on or before this day' },
		{ name: 'tags', displayName: 'Tags', api: 'tags', kind: 'tags', description: 'Only projects with at least one of these tags' },
		{ name: 'identifier', displayName: 'Identifier', api: 'identifier', kind: 'text', placeholder: 'e.g. P-2024-001, P-2024-002', description: 'Only projects with these identifiers (separated by commas)' },
		{ name: 'retainer', displayName: 'Retainer', api: 'retainer', kind: 'boolean', description: 'On: only retainer projects. Off: only projects that are no retainer.' },
		{ name: 'projectGroupId', displayName: 'Project Group', api: 'project_group_id', kind: 'reference', record: projectGroupRecord, description: 'Only projects of this group' },
		{ name: 'dealId', displayName: 'Deal', api: 'deal_id', kind: 'reference', record: dealRecord, description: 'Only projects from this deal' },
		{ name: 'term', displayName: 'Search Term', api: 'term', kind: 'text', placeholder: 'e.g. Relaunch', description: "Only projects whose name, identifier or customer's name contains this text" },
		...GLOBAL_FILTERS,
	],
	sortBy: [
		{ name: 'Name', value: 'name' },
		{ name: 'Identifier', value: 'identifier' },
		{ name: 'Start Date', value: 'start_date' },
		{ name: 'Finish Date', value: 'finish_date' },
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Updated At', value: 'updated_at' },
	],
	check: checkProject,
	simplify: {
		description: 'only ID, identifier, name, active, customer, leader, dates, fixed price, retainer, budget, currency and tags',
		pick: (record: IDataObject) => {
			const customer = record.customer as IDataObject | null | undefined;
			const leader = record.leader as IDataObject | null | undefined;
			return {
				id: record.id,
				identifier: record.identifier,
				name: record.name,
				active: record.active,
				customer_id: customer?.id ?? null,
				customer_name: customer?.name ?? null,
				leader_id: leader?.id ?? null,
				start_date: record.start_date,
				finish_date: record.finish_date,
				fixed_price: record.fixed_price,
				retainer: record.retainer,
				budget: record.budget,
				currency: record.currency,
				tags: record.tags,
			};
		},
	},
};
