import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { getRoles, getTeams } from './methods/loadOptions';
import { absenceDescription } from './resources/absence';
import { activityDescription } from './resources/activity';
import { catalogServiceDescription, catalogServiceItemDescription } from './resources/catalogService';
import { commentDescription } from './resources/comment';
import { companyDescription } from './resources/company';
import { contactDescription } from './resources/contact';
import { customFieldDescription } from './resources/customField';
import { dealCategoryDescription } from './resources/dealCategory';
import { dealDescription } from './resources/deal';
import { employmentDescription } from './resources/employment';
import { expenseTemplateDescription } from './resources/expenseTemplate';
import { holidayDescription } from './resources/holiday';
import { invoiceDescription } from './resources/invoice';
import { invoiceBookkeepingExportDescription } from './resources/invoiceBookkeepingExport';
import { invoicePaymentDescription } from './resources/invoicePayment';
import { invoiceReminderDescription } from './resources/invoiceReminder';
import { letterPaperDescription } from './resources/letterPaper';
import { planningEntryDescription } from './resources/planningEntry';
import { presenceDescription } from './resources/presence';
import { profileDescription } from './resources/profile';
import { projectDescription } from './resources/project';
import { projectGroupDescription } from './resources/projectGroup';
import { projectStaffingDescription } from './resources/projectStaffing';
import { projectTaskDescription } from './resources/projectTask';
import { rateDescription } from './resources/rate';
import { reportDescription } from './resources/report';
import { tagDescription } from './resources/tag';
import { taggingDescription } from './resources/tagging';
import { taskTemplateDescription } from './resources/taskTemplate';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
import { userRoleDescription } from './resources/userRole';
import { vatCodeSaleDescription } from './resources/vatCodeSale';
import { workTimeAdjustmentDescription } from './resources/workTimeAdjustment';
import { throwOnMocoError } from './shared/pipeline';
import { mergeAlike } from './shared/properties';
import { paceRequests } from './shared/retry';

export class Moco implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'MOCO',
		name: 'moco',
		icon: { light: 'file:moco.svg', dark: 'file:moco.dark.svg' },
		group: ['transform'],
		// 1.1: teams and roles are record pickers (From list, By ID, By Name); Update Fields hold every field.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		// The same as MOCO Trigger's: n8n's nodes panel shows the two as one entry.
		description: 'Handle MOCO events and work with time entries, projects, customers, deals and staff',
		defaults: { name: 'MOCO' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mocoApi', required: true }],
		// baseURL and the key are set by the credential, which validates the subdomain first.
		// Status errors reach throwOnMocoError so MOCO's own words get to the user.
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			ignoreHttpStatusErrors: true,
		},
		// Copies alike but for their operations or version are one property (see mergeAlike).
		properties: mergeAlike([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Absence', value: 'absence' },
					{ name: 'Activity', value: 'activity', description: 'Time entries: hours worked on a task of a project' },
					{ name: 'Catalog Service', value: 'catalogService', description: 'The service catalogue offers and invoices take rows from (account settings)' },
					{ name: 'Catalog Service Item', value: 'catalogServiceItem', description: 'The rows of a catalog service' },
					{ name: 'Comment', value: 'comment' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Custom Field', value: 'customField', description: 'Definitions of the custom fields records can have (account settings)' },
					{ name: 'Deal', value: 'deal' },
					{ name: 'Deal Category', value: 'dealCategory' },
					{ name: 'Employment', value: 'employment' },
					{ name: 'Expense Template', value: 'expenseTemplate', description: 'Expenses projects can add with their price (account settings)' },
					{ name: 'Holiday', value: 'holiday' },
					{ name: 'Invoice', value: 'invoice', description: 'Invoices: create with rows, send, download as PDF, attach files' },
					{ name: 'Invoice Bookkeeping Export', value: 'invoiceBookkeepingExport', description: 'Exports of invoices to bookkeeping (DATEV)' },
					{ name: 'Invoice Payment', value: 'invoicePayment', description: 'Payments received on invoices' },
					{ name: 'Invoice Reminder', value: 'invoiceReminder', description: 'Payment reminders (dunning) on unpaid invoices' },
					{ name: 'Letter Paper', value: 'letterPaper', description: 'The letter papers invoices and offers are printed on (read-only)' },
					{ name: 'Planning Entry', value: 'planningEntry' },
					{ name: 'Presence', value: 'presence' },
					{ name: 'Profile', value: 'profile', description: 'The user the API key belongs to' },
					{ name: 'Project', value: 'project' },
					{ name: 'Project Group', value: 'projectGroup', description: 'Groups of projects (read-only)' },
					{ name: 'Project Staffing', value: 'projectStaffing' },
					{ name: 'Project Task', value: 'projectTask' },
					{ name: 'Rate', value: 'rate', description: 'Fixed costs, hourly rates and internal hourly rates (account settings)' },
					{ name: 'Report', value: 'report', description: 'MOCO’s reports: absences, cashflow, finance, planned vs tracked, utilization' },
					{ name: 'Tag', value: 'tag', description: 'The account’s tags for companies, projects, invoices and more' },
					{ name: 'Tagging', value: 'tagging', description: 'The tags of one record: get, add, replace, remove' },
					{ name: 'Task Template', value: 'taskTemplate', description: 'Tasks new projects can start with (account settings)' },
					{ name: 'Team', value: 'team' },
					{ name: 'User', value: 'user' },
					{ name: 'User Role', value: 'userRole', description: 'Permission roles (read-only)' },
					{ name: 'VAT Code (Sales)', value: 'vatCodeSale', description: 'The VAT codes invoices use (read-only)' },
					{ name: 'Work Time Adjustment', value: 'workTimeAdjustment' },
				],
				default: 'user',
				// Both run for every operation: preSend first (pacing and retries for all of this
				// item's requests), postReceive before any operation's own.
				routing: {
					send: { preSend: [paceRequests] },
					output: { postReceive: [throwOnMocoError] },
				},
			},
			...activityDescription,
			...userDescription,
			...teamDescription,
			...absenceDescription,
			...catalogServiceDescription,
			...catalogServiceItemDescription,
			...commentDescription,
			...companyDescription,
			...contactDescription,
			...customFieldDescription,
			...dealCategoryDescription,
			...dealDescription,
			...employmentDescription,
			...expenseTemplateDescription,
			...holidayDescription,
			...invoiceDescription,
			...invoiceBookkeepingExportDescription,
			...invoicePaymentDescription,
			...invoiceReminderDescription,
			...letterPaperDescription,
			...planningEntryDescription,
			...presenceDescription,
			...profileDescription,
			...projectDescription,
			...projectGroupDescription,
			...projectStaffingDescription,
			...projectTaskDescription,
			...rateDescription,
			...reportDescription,
			...tagDescription,
			...taggingDescription,
			...taskTemplateDescription,
			...userRoleDescription,
			...vatCodeSaleDescription,
			...workTimeAdjustmentDescription,
		]),
	};

	methods = {
		loadOptions: { getTeams, getRoles },
		listSearch,
	};
}
