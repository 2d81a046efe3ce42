import { absenceRecord } from '../../resources/staff/absence/fields';
import { absenceRequestRecord } from '../../resources/staff/absenceRequest/fields';
import { activityRecord } from '../../resources/time/activity/record';
import { catalogServiceRecord } from '../../resources/account/catalogService/record';
import { approvalRecord } from '../../resources/time/approval/fields';
import { commentRecord } from '../../resources/customers/comment/record';
import { companyRecord } from '../../resources/customers/company/record';
import { contactRecord } from '../../resources/customers/contact/record';
import { customFieldRecord } from '../../resources/account/customField';
import { dealRecord } from '../../resources/customers/deal/record';
import { dealCategoryRecord } from '../../resources/customers/dealCategory/record';
import { employmentRecord } from '../../resources/staff/employment/fields';
import { expenseTemplateRecord } from '../../resources/account/expenseTemplate';
import { holidayRecord } from '../../resources/staff/holiday/fields';
import { invoiceAttachmentRecord } from '../../resources/invoicing/invoice/attachments';
import { invoiceRecord } from '../../resources/invoicing/invoice/record';
import { invoiceBookkeepingExportRecord } from '../../resources/invoicing/invoiceBookkeepingExport/record';
import { invoicePaymentRecord } from '../../resources/invoicing/invoicePayment/record';
import { letterPaperRecord } from '../../resources/account/letterPaper/record';
import { invoiceReminderRecord } from '../../resources/invoicing/invoiceReminder/record';
import { attachments as offerAttachments } from '../../resources/customers/offer';
import { offerRecord } from '../../resources/customers/offer/record';
import { offerConfirmationRecord } from '../../resources/customers/offerConfirmation/fields';
import { paymentScheduleRecord } from '../../resources/projects/paymentSchedule/fields';
import { planningEntryRecord } from '../../resources/time/planningEntry/fields';
import { presenceRecord } from '../../resources/time/presence/fields';
import { projectRecord } from '../../resources/projects/project/record';
import { projectExpenseRecord } from '../../resources/projects/projectExpense/record';
import { projectGroupRecord } from '../../resources/projects/projectGroup/record';
import { purchaseRecord } from '../../resources/purchasing/purchase/record';
import { purchasePaymentRecord } from '../../resources/purchasing/purchasePayment/record';
import { purchaseDraftRecord } from '../../resources/purchasing/purchaseDraft';
import { plannedPurchaseRecord } from '../../resources/purchasing/plannedPurchase';
import { purchaseBudgetRecord } from '../../resources/purchasing/purchaseBudget/record';
import { purchaseBookkeepingExportRecord } from '../../resources/purchasing/purchaseBookkeepingExport/record';
import { purchaseCategoryRecord } from '../../resources/purchasing/purchaseCategory/record';
import { receiptRecord } from '../../resources/purchasing/receipt/record';
import { revenueCategoryRecord } from '../../resources/invoicing/revenueCategory/record';
import { staffAssignmentRecord } from '../../resources/projects/projectStaffing/fields';
import { recurringExpenseRecord } from '../../resources/projects/recurringExpense/fields';
import { taskRecord } from '../../resources/projects/task/record';
import { tagRecord } from '../../resources/customers/tag/record';
import { taskTemplateRecord } from '../../resources/account/taskTemplate';
import { teamRecord } from '../../resources/staff/team/fields';
import { roleRecord, userRecord } from '../../resources/staff/user/fields';
import { purchaseVatCodeRecord } from '../../resources/purchasing/vatCodePurchase/record';
import { todoRecord } from '../../resources/projects/todo/fields';
import { salesVatCodeRecord } from '../../resources/invoicing/vatCodeSale/record';
import { webHookRecord } from '../../resources/account/webHook/record';
import { workTimeAdjustmentRecord } from '../../resources/staff/workTimeAdjustment/fields';
import { searchCatalogServiceItems } from './catalogServiceItems';
import { searchRecords } from './searchRecords';

// One From list search per record type, all made by the same factory.
export const listSearch = {
	searchAbsences: searchRecords(absenceRecord),
	searchAbsenceRequests: searchRecords(absenceRequestRecord),
	searchActivities: searchRecords(activityRecord),
	searchCatalogServiceItems,
	searchCatalogServices: searchRecords(catalogServiceRecord, { wholeList: true }),
	searchApprovals: searchRecords(approvalRecord),
	searchComments: searchRecords(commentRecord),
	searchCompanies: searchRecords(companyRecord),
	searchContacts: searchRecords(contactRecord),
	searchCustomFields: searchRecords(customFieldRecord, { wholeList: true }),
	searchDealCategories: searchRecords(dealCategoryRecord, { wholeList: true }),
	searchDeals: searchRecords(dealRecord),
	searchEmployments: searchRecords(employmentRecord),
	searchExpenseTemplates: searchRecords(expenseTemplateRecord, { wholeList: true }),
	searchHolidays: searchRecords(holidayRecord),
	searchInvoiceAttachments: searchRecords(invoiceAttachmentRecord, { wholeList: true }),
	searchInvoiceBookkeepingExports: searchRecords(invoiceBookkeepingExportRecord),
	searchInvoicePayments: searchRecords(invoicePaymentRecord),
	searchInvoiceReminders: searchRecords(invoiceReminderRecord),
	searchInvoices: searchRecords(invoiceRecord),
	searchOfferAttachments: searchRecords(offerAttachments.record, { wholeList: true }),
	searchOfferConfirmations: searchRecords(offerConfirmationRecord),
	searchOffers: searchRecords(offerRecord),
	searchPaymentSchedules: searchRecords(paymentScheduleRecord, { wholeList: true }),
	searchPlannedPurchases: searchRecords(plannedPurchaseRecord),
	searchLetterPapers: searchRecords(letterPaperRecord, { wholeList: true }),
	searchPlanningEntries: searchRecords(planningEntryRecord),
	searchPresences: searchRecords(presenceRecord),
	searchProjectExpenses: searchRecords(projectExpenseRecord),
	searchProjectGroups: searchRecords(projectGroupRecord, { wholeList: true }),
	searchProjects: searchRecords(projectRecord),
	searchRecurringExpenses: searchRecords(recurringExpenseRecord, { wholeList: true }),
	searchPurchases: searchRecords(purchaseRecord),
	searchPurchaseDrafts: searchRecords(purchaseDraftRecord),
	searchPurchasePayments: searchRecords(purchasePaymentRecord),
	searchPurchaseBookkeepingExports: searchRecords(purchaseBookkeepingExportRecord),
	searchPurchaseBudgets: searchRecords(purchaseBudgetRecord, { wholeList: true }),
	searchPurchaseCategories: searchRecords(purchaseCategoryRecord, { wholeList: true }),
	searchReceipts: searchRecords(receiptRecord),
	searchPurchaseVatCodes: searchRecords(purchaseVatCodeRecord, { wholeList: true }),
	searchRevenueCategories: searchRecords(revenueCategoryRecord),
	searchRoles: searchRecords(roleRecord, { wholeList: true }),
	searchSalesVatCodes: searchRecords(salesVatCodeRecord, { wholeList: true }),
	searchStaffAssignments: searchRecords(staffAssignmentRecord, { wholeList: true }),
	searchTags: searchRecords(tagRecord),
	searchTaskTemplates: searchRecords(taskTemplateRecord, { wholeList: true }),
	searchTasks: searchRecords(taskRecord, { wholeList: true }),
	searchTeams: searchRecords(teamRecord, { wholeList: true }),
	searchTodos: searchRecords(todoRecord),
	searchUsers: searchRecords(userRecord),
	searchWebHooks: searchRecords(webHookRecord, { wholeList: true }),
	searchWorkTimeAdjustments: searchRecords(workTimeAdjustmentRecord),
};
