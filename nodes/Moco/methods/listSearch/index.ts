import { absenceRecord } from '../../resources/absence/fields';
import { absenceRequestRecord } from '../../resources/absenceRequest/fields';
import { activityRecord } from '../../resources/activity/record';
import { catalogServiceRecord } from '../../resources/catalogService/record';
import { approvalRecord } from '../../resources/approval/fields';
import { commentRecord } from '../../resources/comment/record';
import { companyRecord } from '../../resources/company/record';
import { contactRecord } from '../../resources/contact/record';
import { customFieldRecord } from '../../resources/customField';
import { dealRecord } from '../../resources/deal/record';
import { dealCategoryRecord } from '../../resources/dealCategory/record';
import { employmentRecord } from '../../resources/employment/fields';
import { expenseTemplateRecord } from '../../resources/expenseTemplate';
import { holidayRecord } from '../../resources/holiday/fields';
import { invoiceAttachmentRecord } from '../../resources/invoice/attachments';
import { invoiceRecord } from '../../resources/invoice/record';
import { invoiceBookkeepingExportRecord } from '../../resources/invoiceBookkeepingExport/record';
import { invoicePaymentRecord } from '../../resources/invoicePayment/record';
import { letterPaperRecord } from '../../resources/letterPaper/record';
import { invoiceReminderRecord } from '../../resources/invoiceReminder/record';
import { attachments as offerAttachments } from '../../resources/offer';
import { offerRecord } from '../../resources/offer/record';
import { offerConfirmationRecord } from '../../resources/offerConfirmation/fields';
import { paymentScheduleRecord } from '../../resources/paymentSchedule/fields';
import { planningEntryRecord } from '../../resources/planningEntry/fields';
import { presenceRecord } from '../../resources/presence/fields';
import { projectRecord } from '../../resources/project/record';
import { projectExpenseRecord } from '../../resources/projectExpense/record';
import { projectGroupRecord } from '../../resources/projectGroup/record';
import { purchaseRecord } from '../../resources/purchase/record';
import { purchasePaymentRecord } from '../../resources/purchasePayment/record';
import { purchaseDraftRecord } from '../../resources/purchaseDraft';
import { plannedPurchaseRecord } from '../../resources/plannedPurchase';
import { purchaseBudgetRecord } from '../../resources/purchaseBudget/record';
import { purchaseBookkeepingExportRecord } from '../../resources/purchaseBookkeepingExport/record';
import { purchaseCategoryRecord } from '../../resources/purchaseCategory/record';
import { receiptRecord } from '../../resources/receipt/record';
import { revenueCategoryRecord } from '../../resources/revenueCategory/record';
import { staffAssignmentRecord } from '../../resources/projectStaffing/fields';
import { recurringExpenseRecord } from '../../resources/recurringExpense/fields';
import { taskRecord } from '../../resources/task/record';
import { tagRecord } from '../../resources/tag/record';
import { taskTemplateRecord } from '../../resources/taskTemplate';
import { teamRecord } from '../../resources/team/fields';
import { roleRecord, userRecord } from '../../resources/user/fields';
import { purchaseVatCodeRecord } from '../../resources/vatCodePurchase/record';
import { todoRecord } from '../../resources/todo/fields';
import { salesVatCodeRecord } from '../../resources/vatCodeSale/record';
import { webHookRecord } from '../../resources/webHook/record';
import { workTimeAdjustmentRecord } from '../../resources/workTimeAdjustment/fields';
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
