import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { getRoles, getTeams } from './methods/loadOptions';
import { absenceDescription } from './resources/absence';
import { activityDescription } from './resources/activity';
import { commentDescription } from './resources/comment';
import { companyDescription } from './resources/company';
import { contactDescription } from './resources/contact';
import { dealCategoryDescription } from './resources/dealCategory';
import { webHookDescription } from './resources/webHook';
import { approvalDescription } from './resources/approval';
import { todoDescription } from './resources/todo';
import { absenceRequestDescription } from './resources/absenceRequest';
import { dealDescription } from './resources/deal';
import { employmentDescription } from './resources/employment';
import { holidayDescription } from './resources/holiday';
import { invoiceDescription } from './resources/invoice';
import { invoiceBookkeepingExportDescription } from './resources/invoiceBookkeepingExport';
import { invoicePaymentDescription } from './resources/invoicePayment';
import { invoiceReminderDescription } from './resources/invoiceReminder';
import { planningEntryDescription } from './resources/planningEntry';
import { presenceDescription } from './resources/presence';
import { projectDescription } from './resources/project';
import { projectStaffingDescription } from './resources/projectStaffing';
import { projectTaskDescription } from './resources/projectTask';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
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
					{ name: 'Absence Request', value: 'absenceRequest', description: 'Requests for days off, waiting for approval' },
					{ name: 'Activity', value: 'activity', description: 'Time entries: hours worked on a task of a project' },
					{ name: 'Approval', value: 'approval', description: 'Approvals of invoices and purchases: ask, approve, deny' },
					{ name: 'Comment', value: 'comment' },
					{ name: 'Company', value: 'company' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Deal', value: 'deal' },
					{ name: 'Deal Category', value: 'dealCategory' },
					{ name: 'Employment', value: 'employment' },
					{ name: 'Holiday', value: 'holiday' },
					{ name: 'Invoice', value: 'invoice', description: 'Invoices: create with rows, send, download as PDF, attach files' },
					{ name: 'Invoice Bookkeeping Export', value: 'invoiceBookkeepingExport', description: 'Exports of invoices to bookkeeping (DATEV)' },
					{ name: 'Invoice Payment', value: 'invoicePayment', description: 'Payments received on invoices' },
					{ name: 'Invoice Reminder', value: 'invoiceReminder', description: 'Payment reminders (dunning) on unpaid invoices' },
					{ name: 'Planning Entry', value: 'planningEntry' },
					{ name: 'Presence', value: 'presence' },
					{ name: 'Project', value: 'project' },
					{ name: 'Project Staffing', value: 'projectStaffing' },
					{ name: 'Project Task', value: 'projectTask' },
					{ name: 'Team', value: 'team' },
					{ name: 'To-Do', value: 'todo', description: "Users' to-dos on records (read-only)" },
					{ name: 'User', value: 'user' },
					{ name: 'VAT Code (Sales)', value: 'vatCodeSale', description: 'The VAT codes invoices use (read-only)' },
					{ name: 'Web Hook', value: 'webHook', description: "The account's web hooks: audit, repair, enable or disable them" },
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
			...commentDescription,
			...companyDescription,
			...contactDescription,
			...dealCategoryDescription,
			...dealDescription,
			...employmentDescription,
			...holidayDescription,
			...invoiceDescription,
			...invoiceBookkeepingExportDescription,
			...invoicePaymentDescription,
			...invoiceReminderDescription,
			...planningEntryDescription,
			...presenceDescription,
			...projectDescription,
			...projectStaffingDescription,
			...projectTaskDescription,
			...vatCodeSaleDescription,
			...workTimeAdjustmentDescription,
			...webHookDescription,
			...approvalDescription,
			...todoDescription,
			...absenceRequestDescription,
		]),
	};

	methods = {
		loadOptions: { getTeams, getRoles },
		listSearch,
	};
}
