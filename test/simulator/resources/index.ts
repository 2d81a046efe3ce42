/** Every resource the simulator serves, one data entry each (see ../README.md). */
import type { ResourceEntry } from '../engine';
import { letterPapers, profile } from './account';
import { catalogServiceItems, catalogServices } from './catalog';
import { absenceRequests } from './absenceRequests';
import { activities } from './activities';
import { approvals } from './approvals';
import { companies } from './companies';
import { comments } from './comments';
import { contacts } from './contacts';
import { dealCategories, deals } from './deals';
import { invoiceAttachments } from './invoiceAttachments';
import { invoices, lockedInvoices } from './invoices';
import { invoiceBookkeepingExports, invoicePayments, invoiceReminders } from './invoicing';
import { offerConfirmations } from './offerConfirmations';
import { offerAttachments, offers } from './offers';
import { allPaymentSchedules, paymentSchedules } from './paymentSchedules';
import { allProjectExpenses, projectExpenses } from './projectExpenses';
import { planningEntries } from './planningEntries';
import { presences } from './presences';
import { projectGroups } from './projectGroups';
import { projects } from './projects';
import { allRecurringExpenses, recurringExpenses } from './recurringExpenses';
import { purchaseBookkeepingExports, purchaseCategories, revenueCategories, vatCodePurchases } from './purchaseSettings';
import { purchaseDrafts } from './purchaseDrafts';
import { purchasePayments } from './purchasePayments';
import { plannedPurchases, purchaseBudgets } from './purchasePlanning';
import { purchases } from './purchases';
import { receipts } from './receipts';
import { schedules } from './schedules';
import { contracts, employments, holidays, workTimeAdjustments } from './staff';
import { tasks } from './tasks';
import { todos } from './todos';
import { roles, units } from './units';
import { fixedCosts, hourlyRates, internalHourlyRates } from './rates';
import { reports } from './reports';
import { taggings, tags } from './tags';
import { customProperties, expenseTemplates, taskTemplates } from './templates';
import { users } from './users';
import { vatCodeSales } from './vatCodes';

export const RESOURCES: readonly ResourceEntry[] = [
	users, units, roles, companies, projectGroups, projects, tasks, activities, contacts, dealCategories, deals, comments,
	schedules, presences, planningEntries, holidays, employments, workTimeAdjustments, contracts,
	vatCodeSales, invoices, lockedInvoices, invoiceAttachments,
	invoicePayments, invoiceReminders, invoiceBookkeepingExports,
	projectExpenses, allProjectExpenses, paymentSchedules, allPaymentSchedules,
	recurringExpenses, allRecurringExpenses, offers, offerAttachments, offerConfirmations,
	vatCodePurchases, purchaseCategories, revenueCategories, purchases, purchaseBookkeepingExports, purchasePayments, purchaseDrafts,
	purchaseBudgets, plannedPurchases, receipts,
	tags, taggings, ...reports, letterPapers, profile,
	taskTemplates, expenseTemplates, customProperties, catalogServices, catalogServiceItems,
	fixedCosts, hourlyRates, internalHourlyRates,
	invoicePayments, invoiceReminders, invoiceBookkeepingExports, approvals, todos, absenceRequests,
];
