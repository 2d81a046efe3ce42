import type { NodeResource } from '../shared/versions';
import { absenceDescription } from './staff/absence';
import { activityDescription } from './time/activity';
import { commentDescription } from './customers/comment';
import { companyDescription } from './customers/company';
import { contactDescription } from './customers/contact';
import { dealCategoryDescription } from './customers/dealCategory';
import { dealDescription } from './customers/deal';
import { employmentDescription } from './staff/employment';
import { holidayDescription } from './staff/holiday';
import { invoiceDescription } from './invoicing/invoice';
import { invoiceBookkeepingExportDescription } from './invoicing/invoiceBookkeepingExport';
import { invoicePaymentDescription } from './invoicing/invoicePayment';
import { invoiceReminderDescription } from './invoicing/invoiceReminder';
import { planningEntryDescription } from './time/planningEntry';
import { presenceDescription } from './time/presence';
import { projectDescription } from './projects/project';
import { projectStaffingDescription } from './projects/projectStaffing';
import { projectTaskDescription } from './projects/projectTask';
import { teamDescription } from './staff/team';
import { userDescription } from './staff/user';
import { vatCodeSaleDescription } from './invoicing/vatCodeSale';
import { workTimeAdjustmentDescription } from './staff/workTimeAdjustment';
import { offerDescription } from './customers/offer';
import { paymentScheduleDescription } from './projects/paymentSchedule';
import { projectExpenseDescription } from './projects/projectExpense';
import { recurringExpenseDescription } from './projects/recurringExpense';
import { plannedPurchaseDescription } from './purchasing/plannedPurchase';
import { purchaseDescription } from './purchasing/purchase';
import { purchaseBookkeepingExportDescription } from './purchasing/purchaseBookkeepingExport';
import { purchaseBudgetDescription } from './purchasing/purchaseBudget';
import { purchaseCategoryDescription } from './purchasing/purchaseCategory';
import { purchaseDraftDescription } from './purchasing/purchaseDraft';
import { purchasePaymentDescription } from './purchasing/purchasePayment';
import { receiptDescription } from './purchasing/receipt';
import { revenueCategoryDescription } from './invoicing/revenueCategory';
import { vatCodePurchaseDescription } from './purchasing/vatCodePurchase';
import { offerConfirmationDescription } from './customers/offerConfirmation';
import { catalogServiceDescription, catalogServiceItemDescription } from './account/catalogService';
import { customFieldDescription } from './account/customField';
import { expenseTemplateDescription } from './account/expenseTemplate';
import { letterPaperDescription } from './account/letterPaper';
import { profileDescription } from './account/profile';
import { projectGroupDescription } from './projects/projectGroup';
import { rateDescription } from './account/rate';
import { reportDescription } from './account/report';
import { tagDescription } from './customers/tag';
import { taggingDescription } from './customers/tagging';
import { taskTemplateDescription } from './account/taskTemplate';
import { userRoleDescription } from './staff/userRole';
import { absenceRequestDescription } from './staff/absenceRequest';
import { approvalDescription } from './time/approval';
import { todoDescription } from './projects/todo';
import { webHookDescription } from './account/webHook';

/**
 * MOCO's resources, each in the area of MOCO's menu it belongs to (one node per area); `since` is
 * the MOCO node version a resource joined (1 unless said).
 */
export const resources: NodeResource[] = [
	{ option: { name: 'Absence', value: 'absence' }, properties: absenceDescription, area: 'staff' },
	{ option: { name: 'Activity', value: 'activity', description: 'Time entries: hours worked on a task of a project' }, properties: activityDescription, area: 'time' },
	{ option: { name: 'Comment', value: 'comment' }, properties: commentDescription, area: 'customers' },
	{ option: { name: 'Company', value: 'company' }, properties: companyDescription, area: 'customers' },
	{ option: { name: 'Contact', value: 'contact' }, properties: contactDescription, area: 'customers' },
	{ option: { name: 'Deal', value: 'deal' }, properties: dealDescription, area: 'customers' },
	{ option: { name: 'Deal Category', value: 'dealCategory' }, properties: dealCategoryDescription, area: 'customers' },
	{ option: { name: 'Employment', value: 'employment' }, properties: employmentDescription, area: 'staff' },
	{ option: { name: 'Holiday', value: 'holiday' }, properties: holidayDescription, area: 'staff' },
	{ option: { name: 'Invoice', value: 'invoice', description: 'Invoices: create with rows, send, download as PDF, attach files' }, properties: invoiceDescription, area: 'invoicing' },
	{ option: { name: 'Invoice Bookkeeping Export', value: 'invoiceBookkeepingExport', description: 'Exports of invoices to bookkeeping (DATEV)' }, properties: invoiceBookkeepingExportDescription, area: 'invoicing' },
	{ option: { name: 'Invoice Payment', value: 'invoicePayment', description: 'Payments received on invoices' }, properties: invoicePaymentDescription, area: 'invoicing' },
	{ option: { name: 'Invoice Reminder', value: 'invoiceReminder', description: 'Payment reminders (dunning) on unpaid invoices' }, properties: invoiceReminderDescription, area: 'invoicing' },
	{ option: { name: 'Planning Entry', value: 'planningEntry' }, properties: planningEntryDescription, area: 'time' },
	{ option: { name: 'Presence', value: 'presence' }, properties: presenceDescription, area: 'time' },
	{ option: { name: 'Project', value: 'project' }, properties: projectDescription, area: 'projects' },
	{ option: { name: 'Project Staffing', value: 'projectStaffing' }, properties: projectStaffingDescription, area: 'projects' },
	{ option: { name: 'Project Task', value: 'projectTask' }, properties: projectTaskDescription, area: 'projects' },
	{ option: { name: 'Team', value: 'team' }, properties: teamDescription, area: 'staff' },
	{ option: { name: 'User', value: 'user' }, properties: userDescription, area: 'staff' },
	{ option: { name: 'VAT Code (Sales)', value: 'vatCodeSale', description: 'The VAT codes invoices use (read-only)' }, properties: vatCodeSaleDescription, area: 'invoicing' },
	{ option: { name: 'Work Time Adjustment', value: 'workTimeAdjustment' }, properties: workTimeAdjustmentDescription, area: 'staff' },
	{ option: { name: 'Offer', value: 'offer', description: 'Offers (quotes): create with rows, send, download as PDF, customer approval' }, properties: offerDescription, area: 'customers', since: 2 },
	{ option: { name: 'Payment Schedule', value: 'paymentSchedule', description: 'Planned billings (milestones) of fixed-price projects' }, properties: paymentScheduleDescription, area: 'projects', since: 2 },
	{ option: { name: 'Project Expense', value: 'projectExpense', description: 'Additional services (expenses) on projects, one by one or many at once' }, properties: projectExpenseDescription, area: 'projects', since: 2 },
	{ option: { name: 'Recurring Expense', value: 'recurringExpense', description: 'Services MOCO books on a project every period, e.g. monthly hosting' }, properties: recurringExpenseDescription, area: 'projects', since: 2 },
	{ option: { name: 'Planned Purchase', value: 'plannedPurchase', description: 'Purchases planned ahead, once or recurring' }, properties: plannedPurchaseDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase', value: 'purchase', description: 'Supplier invoices: book with items, approve, assign to projects, store the document' }, properties: purchaseDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase Bookkeeping Export', value: 'purchaseBookkeepingExport', description: 'Exports of purchases to bookkeeping (DATEV)' }, properties: purchaseBookkeepingExportDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase Budget', value: 'purchaseBudget', description: 'Budgets with a target per year that purchases count against' }, properties: purchaseBudgetDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase Category', value: 'purchaseCategory', description: 'The categories purchase items are booked to (read-only)' }, properties: purchaseCategoryDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase Draft', value: 'purchaseDraft', description: 'The purchase inbox: supplier invoices waiting to be booked' }, properties: purchaseDraftDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Purchase Payment', value: 'purchasePayment', description: 'Payments made on purchases' }, properties: purchasePaymentDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Receipt', value: 'receipt', description: 'Staff’s expense receipts with their VAT splits and photo, to be refunded' }, properties: receiptDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Revenue Category', value: 'revenueCategory', description: 'What task hours and expenses are booked to' }, properties: revenueCategoryDescription, area: 'invoicing', since: 2 },
	{ option: { name: 'VAT Code (Purchases)', value: 'vatCodePurchase', description: 'The VAT codes purchases use (read-only)' }, properties: vatCodePurchaseDescription, area: 'purchasing', since: 2 },
	{ option: { name: 'Offer Confirmation', value: 'offerConfirmation', description: 'Order confirmations of offers, also as PDF' }, properties: offerConfirmationDescription, area: 'customers', since: 2 },
	{ option: { name: 'Catalog Service', value: 'catalogService', description: 'The service catalogue offers and invoices take rows from (account settings)' }, properties: catalogServiceDescription, area: 'account', since: 2 },
	{ option: { name: 'Catalog Service Item', value: 'catalogServiceItem', description: 'The rows of a catalog service' }, properties: catalogServiceItemDescription, area: 'account', since: 2 },
	{ option: { name: 'Custom Field', value: 'customField', description: 'Definitions of the custom fields records can have (account settings)' }, properties: customFieldDescription, area: 'account', since: 2 },
	{ option: { name: 'Expense Template', value: 'expenseTemplate', description: 'Expenses projects can add with their price (account settings)' }, properties: expenseTemplateDescription, area: 'account', since: 2 },
	{ option: { name: 'Letter Paper', value: 'letterPaper', description: 'The letter papers invoices and offers are printed on (read-only)' }, properties: letterPaperDescription, area: 'account', since: 2 },
	{ option: { name: 'Profile', value: 'profile', description: 'The user the API key belongs to' }, properties: profileDescription, area: 'account', since: 2 },
	{ option: { name: 'Project Group', value: 'projectGroup', description: 'Groups of projects (read-only)' }, properties: projectGroupDescription, area: 'projects', since: 2 },
	{ option: { name: 'Rate', value: 'rate', description: 'Fixed costs, hourly rates and internal hourly rates (account settings)' }, properties: rateDescription, area: 'account', since: 2 },
	{ option: { name: 'Report', value: 'report', description: 'MOCO’s reports: absences, cashflow, finance, planned vs tracked, utilization' }, properties: reportDescription, area: 'account', since: 2 },
	{ option: { name: 'Tag', value: 'tag', description: 'The account’s tags for companies, projects, invoices and more' }, properties: tagDescription, area: 'customers', since: 2 },
	{ option: { name: 'Tagging', value: 'tagging', description: 'The tags of one record: get, add, replace, remove' }, properties: taggingDescription, area: 'customers', since: 2 },
	{ option: { name: 'Task Template', value: 'taskTemplate', description: 'Tasks new projects can start with (account settings)' }, properties: taskTemplateDescription, area: 'account', since: 2 },
	{ option: { name: 'User Role', value: 'userRole', description: 'Permission roles (read-only)' }, properties: userRoleDescription, area: 'staff', since: 2 },
	{ option: { name: 'Absence Request', value: 'absenceRequest', description: 'Requests for days off, waiting for approval' }, properties: absenceRequestDescription, area: 'staff', since: 2 },
	{ option: { name: 'Approval', value: 'approval', description: 'Approvals of invoices and purchases: ask, approve, deny' }, properties: approvalDescription, area: 'time', since: 2 },
	{ option: { name: 'To-Do', value: 'todo', description: "Users' to-dos on records (read-only)" }, properties: todoDescription, area: 'projects', since: 2 },
	{ option: { name: 'Web Hook', value: 'webHook', description: "The account's web hooks: audit, repair, enable or disable them" }, properties: webHookDescription, area: 'account', since: 2 },
];
