import {
	NodeConnectionTypes,
	VersionedNodeType,
	type INodeType,
	type INodeTypeBaseDescription,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';
import { absenceDescription } from './resources/staff/absence';
import { activityDescription } from './resources/time/activity';
import { commentDescription } from './resources/customers/comment';
import { companyDescription } from './resources/customers/company';
import { contactDescription } from './resources/customers/contact';
import { dealCategoryDescription } from './resources/customers/dealCategory';
import { dealDescription } from './resources/customers/deal';
import { employmentDescription } from './resources/staff/employment';
import { holidayDescription } from './resources/staff/holiday';
import { invoiceDescription } from './resources/invoicing/invoice';
import { invoiceBookkeepingExportDescription } from './resources/invoicing/invoiceBookkeepingExport';
import { invoicePaymentDescription } from './resources/invoicing/invoicePayment';
import { invoiceReminderDescription } from './resources/invoicing/invoiceReminder';
import { planningEntryDescription } from './resources/time/planningEntry';
import { presenceDescription } from './resources/time/presence';
import { projectDescription } from './resources/projects/project';
import { projectStaffingDescription } from './resources/projects/projectStaffing';
import { projectTaskDescription } from './resources/projects/projectTask';
import { teamDescription } from './resources/staff/team';
import { userDescription } from './resources/staff/user';
import { vatCodeSaleDescription } from './resources/invoicing/vatCodeSale';
import { workTimeAdjustmentDescription } from './resources/staff/workTimeAdjustment';
import { offerDescription } from './resources/customers/offer';
import { paymentScheduleDescription } from './resources/projects/paymentSchedule';
import { projectExpenseDescription } from './resources/projects/projectExpense';
import { recurringExpenseDescription } from './resources/projects/recurringExpense';
import { plannedPurchaseDescription } from './resources/purchasing/plannedPurchase';
import { purchaseDescription } from './resources/purchasing/purchase';
import { purchaseBookkeepingExportDescription } from './resources/purchasing/purchaseBookkeepingExport';
import { purchaseBudgetDescription } from './resources/purchasing/purchaseBudget';
import { purchaseCategoryDescription } from './resources/purchasing/purchaseCategory';
import { purchaseDraftDescription } from './resources/purchasing/purchaseDraft';
import { purchasePaymentDescription } from './resources/purchasing/purchasePayment';
import { receiptDescription } from './resources/purchasing/receipt';
import { revenueCategoryDescription } from './resources/invoicing/revenueCategory';
import { vatCodePurchaseDescription } from './resources/purchasing/vatCodePurchase';
import { offerConfirmationDescription } from './resources/customers/offerConfirmation';
import { catalogServiceDescription, catalogServiceItemDescription } from './resources/account/catalogService';
import { customFieldDescription } from './resources/account/customField';
import { expenseTemplateDescription } from './resources/account/expenseTemplate';
import { letterPaperDescription } from './resources/account/letterPaper';
import { profileDescription } from './resources/account/profile';
import { projectGroupDescription } from './resources/projects/projectGroup';
import { rateDescription } from './resources/account/rate';
import { reportDescription } from './resources/account/report';
import { tagDescription } from './resources/customers/tag';
import { taggingDescription } from './resources/customers/tagging';
import { taskTemplateDescription } from './resources/account/taskTemplate';
import { userRoleDescription } from './resources/staff/userRole';
import { absenceRequestDescription } from './resources/staff/absenceRequest';
import { approvalDescription } from './resources/time/approval';
import { todoDescription } from './resources/projects/todo';
import { webHookDescription } from './resources/account/webHook';
import { SCOPED_SINCE } from './shared/scope';
import { versionProperties, type NodeResource } from './shared/versions';

/** MOCO's resources; `since` is the node version a resource joined (1 unless said). */
const resources: NodeResource[] = [
	{ option: { name: 'Absence', value: 'absence' }, properties: absenceDescription },
	{ option: { name: 'Activity', value: 'activity', description: 'Time entries: hours worked on a task of a project' }, properties: activityDescription },
	{ option: { name: 'Comment', value: 'comment' }, properties: commentDescription },
	{ option: { name: 'Company', value: 'company' }, properties: companyDescription },
	{ option: { name: 'Contact', value: 'contact' }, properties: contactDescription },
	{ option: { name: 'Deal', value: 'deal' }, properties: dealDescription },
	{ option: { name: 'Deal Category', value: 'dealCategory' }, properties: dealCategoryDescription },
	{ option: { name: 'Employment', value: 'employment' }, properties: employmentDescription },
	{ option: { name: 'Holiday', value: 'holiday' }, properties: holidayDescription },
	{ option: { name: 'Invoice', value: 'invoice', description: 'Invoices: create with rows, send, download as PDF, attach files' }, properties: invoiceDescription },
	{ option: { name: 'Invoice Bookkeeping Export', value: 'invoiceBookkeepingExport', description: 'Exports of invoices to bookkeeping (DATEV)' }, properties: invoiceBookkeepingExportDescription },
	{ option: { name: 'Invoice Payment', value: 'invoicePayment', description: 'Payments received on invoices' }, properties: invoicePaymentDescription },
	{ option: { name: 'Invoice Reminder', value: 'invoiceReminder', description: 'Payment reminders (dunning) on unpaid invoices' }, properties: invoiceReminderDescription },
	{ option: { name: 'Planning Entry', value: 'planningEntry' }, properties: planningEntryDescription },
	{ option: { name: 'Presence', value: 'presence' }, properties: presenceDescription },
	{ option: { name: 'Project', value: 'project' }, properties: projectDescription },
	{ option: { name: 'Project Staffing', value: 'projectStaffing' }, properties: projectStaffingDescription },
	{ option: { name: 'Project Task', value: 'projectTask' }, properties: projectTaskDescription },
	{ option: { name: 'Team', value: 'team' }, properties: teamDescription },
	{ option: { name: 'User', value: 'user' }, properties: userDescription },
	{ option: { name: 'VAT Code (Sales)', value: 'vatCodeSale', description: 'The VAT codes invoices use (read-only)' }, properties: vatCodeSaleDescription },
	{ option: { name: 'Work Time Adjustment', value: 'workTimeAdjustment' }, properties: workTimeAdjustmentDescription },
	{ option: { name: 'Offer', value: 'offer', description: 'Offers (quotes): create with rows, send, download as PDF, customer approval' }, properties: offerDescription, since: 2 },
	{ option: { name: 'Payment Schedule', value: 'paymentSchedule', description: 'Planned billings (milestones) of fixed-price projects' }, properties: paymentScheduleDescription, since: 2 },
	{ option: { name: 'Project Expense', value: 'projectExpense', description: 'Additional services (expenses) on projects, one by one or many at once' }, properties: projectExpenseDescription, since: 2 },
	{ option: { name: 'Recurring Expense', value: 'recurringExpense', description: 'Services MOCO books on a project every period, e.g. monthly hosting' }, properties: recurringExpenseDescription, since: 2 },
	{ option: { name: 'Planned Purchase', value: 'plannedPurchase', description: 'Purchases planned ahead, once or recurring' }, properties: plannedPurchaseDescription, since: 2 },
	{ option: { name: 'Purchase', value: 'purchase', description: 'Supplier invoices: book with items, approve, assign to projects, store the document' }, properties: purchaseDescription, since: 2 },
	{ option: { name: 'Purchase Bookkeeping Export', value: 'purchaseBookkeepingExport', description: 'Exports of purchases to bookkeeping (DATEV)' }, properties: purchaseBookkeepingExportDescription, since: 2 },
	{ option: { name: 'Purchase Budget', value: 'purchaseBudget', description: 'Budgets with a target per year that purchases count against' }, properties: purchaseBudgetDescription, since: 2 },
	{ option: { name: 'Purchase Category', value: 'purchaseCategory', description: 'The categories purchase items are booked to (read-only)' }, properties: purchaseCategoryDescription, since: 2 },
	{ option: { name: 'Purchase Draft', value: 'purchaseDraft', description: 'The purchase inbox: supplier invoices waiting to be booked' }, properties: purchaseDraftDescription, since: 2 },
	{ option: { name: 'Purchase Payment', value: 'purchasePayment', description: 'Payments made on purchases' }, properties: purchasePaymentDescription, since: 2 },
	{ option: { name: 'Receipt', value: 'receipt', description: 'Staff’s expense receipts with their VAT splits and photo, to be refunded' }, properties: receiptDescription, since: 2 },
	{ option: { name: 'Revenue Category', value: 'revenueCategory', description: 'What task hours and expenses are booked to' }, properties: revenueCategoryDescription, since: 2 },
	{ option: { name: 'VAT Code (Purchases)', value: 'vatCodePurchase', description: 'The VAT codes purchases use (read-only)' }, properties: vatCodePurchaseDescription, since: 2 },
	{ option: { name: 'Offer Confirmation', value: 'offerConfirmation', description: 'Order confirmations of offers, also as PDF' }, properties: offerConfirmationDescription, since: 2 },
	{ option: { name: 'Catalog Service', value: 'catalogService', description: 'The service catalogue offers and invoices take rows from (account settings)' }, properties: catalogServiceDescription, since: 2 },
	{ option: { name: 'Catalog Service Item', value: 'catalogServiceItem', description: 'The rows of a catalog service' }, properties: catalogServiceItemDescription, since: 2 },
	{ option: { name: 'Custom Field', value: 'customField', description: 'Definitions of the custom fields records can have (account settings)' }, properties: customFieldDescription, since: 2 },
	{ option: { name: 'Expense Template', value: 'expenseTemplate', description: 'Expenses projects can add with their price (account settings)' }, properties: expenseTemplateDescription, since: 2 },
	{ option: { name: 'Letter Paper', value: 'letterPaper', description: 'The letter papers invoices and offers are printed on (read-only)' }, properties: letterPaperDescription, since: 2 },
	{ option: { name: 'Profile', value: 'profile', description: 'The user the API key belongs to' }, properties: profileDescription, since: 2 },
	{ option: { name: 'Project Group', value: 'projectGroup', description: 'Groups of projects (read-only)' }, properties: projectGroupDescription, since: 2 },
	{ option: { name: 'Rate', value: 'rate', description: 'Fixed costs, hourly rates and internal hourly rates (account settings)' }, properties: rateDescription, since: 2 },
	{ option: { name: 'Report', value: 'report', description: 'MOCO’s reports: absences, cashflow, finance, planned vs tracked, utilization' }, properties: reportDescription, since: 2 },
	{ option: { name: 'Tag', value: 'tag', description: 'The account’s tags for companies, projects, invoices and more' }, properties: tagDescription, since: 2 },
	{ option: { name: 'Tagging', value: 'tagging', description: 'The tags of one record: get, add, replace, remove' }, properties: taggingDescription, since: 2 },
	{ option: { name: 'Task Template', value: 'taskTemplate', description: 'Tasks new projects can start with (account settings)' }, properties: taskTemplateDescription, since: 2 },
	{ option: { name: 'User Role', value: 'userRole', description: 'Permission roles (read-only)' }, properties: userRoleDescription, since: 2 },
	{ option: { name: 'Absence Request', value: 'absenceRequest', description: 'Requests for days off, waiting for approval' }, properties: absenceRequestDescription, since: 2 },
	{ option: { name: 'Approval', value: 'approval', description: 'Approvals of invoices and purchases: ask, approve, deny' }, properties: approvalDescription, since: 2 },
	{ option: { name: 'To-Do', value: 'todo', description: "Users' to-dos on records (read-only)" }, properties: todoDescription, since: 2 },
	{ option: { name: 'Web Hook', value: 'webHook', description: "The account's web hooks: audit, repair, enable or disable them" }, properties: webHookDescription, since: 2 },
];

const baseDescription: INodeTypeBaseDescription = {
	displayName: 'MOCO',
	name: 'moco',
	group: ['transform'],
	// The same as MOCO Trigger's: n8n's nodes panel shows the two as one entry.
	description: 'Handle MOCO events and work with time entries, projects, customers, deals and staff',
	defaultVersion: SCOPED_SINCE,
};

class MocoVersion implements INodeType {
	description: INodeTypeDescription = {
		...baseDescription,
		icon: { light: 'file:moco.svg', dark: 'file:moco.dark.svg' },
		// 1.1: teams and roles are record pickers, Update Fields hold every field. 2: each
		// resource's parameters have their own names, so a resource more costs no item more.
		version: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		defaults: { name: 'MOCO' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'mocoApi', required: true }],
		// baseURL and the key are set by the credential, which validates the subdomain first.
		// Status errors reach throwOnMocoError so MOCO's own words get to the user. A document MOCO
		// redirects to on another host (its file storage) must not get the API key: n8n re-sends it unless told.
		requestDefaults: {
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			ignoreHttpStatusErrors: true,
			sendCredentialsOnCrossOriginRedirect: false,
		},
		properties: [],
	};

	methods = {
		loadOptions,
		listSearch,
	};

	constructor(versions: number[]) {
		this.description = { ...this.description, version: versions, properties: versionProperties(resources, Math.max(...versions)) };
	}
}

export class Moco extends VersionedNodeType {
	constructor() {
		// One object per version: n8n's loader adds its Request Options to each.
		const [v1, v11, v2] = [new MocoVersion([1, 1.1]), new MocoVersion([1, 1.1]), new MocoVersion([2])];
		super({ 1: v1, 1.1: v11, 2: v2 }, { ...baseDescription, icon: v2.description.icon });
	}
}
