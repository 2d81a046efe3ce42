import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { getPurchaseCategories, getPurchaseVatCodes, getRoles, getTeams } from './methods/loadOptions';
import { absenceDescription } from './resources/absence';
import { activityDescription } from './resources/activity';
import { commentDescription } from './resources/comment';
import { companyDescription } from './resources/company';
import { contactDescription } from './resources/contact';
import { dealCategoryDescription } from './resources/dealCategory';
import { dealDescription } from './resources/deal';
import { employmentDescription } from './resources/employment';
import { holidayDescription } from './resources/holiday';
import { invoiceDescription } from './resources/invoice';
import { invoiceBookkeepingExportDescription } from './resources/invoiceBookkeepingExport';
import { invoicePaymentDescription } from './resources/invoicePayment';
import { invoiceReminderDescription } from './resources/invoiceReminder';
import { plannedPurchaseDescription } from './resources/plannedPurchase';
import { planningEntryDescription } from './resources/planningEntry';
import { presenceDescription } from './resources/presence';
import { projectDescription } from './resources/project';
import { purchaseDescription } from './resources/purchase';
import { purchasePaymentDescription } from './resources/purchasePayment';
import { purchaseDraftDescription } from './resources/purchaseDraft';
import { purchaseBudgetDescription } from './resources/purchaseBudget';
import { purchaseBookkeepingExportDescription } from './resources/purchaseBookkeepingExport';
import { purchaseCategoryDescription } from './resources/purchaseCategory';
import { projectStaffingDescription } from './resources/projectStaffing';
import { projectTaskDescription } from './resources/projectTask';
import { revenueCategoryDescription } from './resources/revenueCategory';
import { teamDescription } from './resources/team';
import { userDescription } from './resources/user';
import { vatCodePurchaseDescription } from './resources/vatCodePurchase';
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
					{ name: 'Planned Purchase', value: 'plannedPurchase', description: 'Purchases planned ahead, once or recurring' },
					{ name: 'Planning Entry', value: 'planningEntry' },
					{ name: 'Presence', value: 'presence' },
					{ name: 'Project', value: 'project' },
					{ name: 'Project Staffing', value: 'projectStaffing' },
					{ name: 'Project Task', value: 'projectTask' },
					{ name: 'Purchase', value: 'purchase', description: 'Supplier invoices: book with items, approve, assign to projects, store the document' },
					{ name: 'Purchase Bookkeeping Export', value: 'purchaseBookkeepingExport', description: 'Exports of purchases to bookkeeping (DATEV)' },
					{ name: 'Purchase Budget', value: 'purchaseBudget', description: 'Budgets with a target per year that purchases count against' },
					{ name: 'Purchase Category', value: 'purchaseCategory', description: 'The categories purchase items are booked to (read-only)' },
					{ name: 'Purchase Draft', value: 'purchaseDraft', description: 'The purchase inbox: supplier invoices waiting to be booked' },
					{ name: 'Purchase Payment', value: 'purchasePayment', description: 'Payments made on purchases' },
					{ name: 'Revenue Category', value: 'revenueCategory', description: 'What task hours and expenses are booked to' },
					{ name: 'Team', value: 'team' },
					{ name: 'User', value: 'user' },
					{ name: 'VAT Code (Purchases)', value: 'vatCodePurchase', description: 'The VAT codes purchases use (read-only)' },
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
			...plannedPurchaseDescription,
			...planningEntryDescription,
			...presenceDescription,
			...projectDescription,
			...projectStaffingDescription,
			...projectTaskDescription,
			...purchaseDescription,
			...purchaseBookkeepingExportDescription,
			...purchaseBudgetDescription,
			...purchaseDraftDescription,
			...purchasePaymentDescription,
			...purchaseCategoryDescription,
			...revenueCategoryDescription,
			...vatCodePurchaseDescription,
			...vatCodeSaleDescription,
			...workTimeAdjustmentDescription,
		]),
	};

	methods = {
		loadOptions: { getTeams, getRoles, getPurchaseCategories, getPurchaseVatCodes },
		listSearch,
	};
}
