import { absenceRecord } from '../../resources/absence/fields';
import { absenceRequestRecord } from '../../resources/absenceRequest/fields';
import { activityRecord } from '../../resources/activity/record';
import { approvalRecord } from '../../resources/approval/fields';
import { commentRecord } from '../../resources/comment/record';
import { companyRecord } from '../../resources/company/record';
import { contactRecord } from '../../resources/contact/record';
import { dealRecord } from '../../resources/deal/record';
import { dealCategoryRecord } from '../../resources/dealCategory/record';
import { employmentRecord } from '../../resources/employment/fields';
import { holidayRecord } from '../../resources/holiday/fields';
import { invoiceAttachmentRecord } from '../../resources/invoice/attachments';
import { invoiceRecord } from '../../resources/invoice/record';
import { invoiceBookkeepingExportRecord } from '../../resources/invoiceBookkeepingExport/record';
import { invoicePaymentRecord } from '../../resources/invoicePayment/record';
import { invoiceReminderRecord } from '../../resources/invoiceReminder/record';
import { planningEntryRecord } from '../../resources/planningEntry/fields';
import { presenceRecord } from '../../resources/presence/fields';
import { projectRecord } from '../../resources/project/record';
import { projectGroupRecord } from '../../resources/projectGroup/record';
import { staffAssignmentRecord } from '../../resources/projectStaffing/fields';
import { taskRecord } from '../../resources/task/record';
import { teamRecord } from '../../resources/team/fields';
import { roleRecord, userRecord } from '../../resources/user/fields';
import { todoRecord } from '../../resources/todo/fields';
import { salesVatCodeRecord } from '../../resources/vatCodeSale/record';
import { webHookRecord } from '../../resources/webHook/record';
import { workTimeAdjustmentRecord } from '../../resources/workTimeAdjustment/fields';
import { searchRecords } from './searchRecords';

// One From list search per record type, all made by the same factory.
export const listSearch = {
	searchAbsences: searchRecords(absenceRecord),
	searchAbsenceRequests: searchRecords(absenceRequestRecord),
	searchActivities: searchRecords(activityRecord),
	searchApprovals: searchRecords(approvalRecord),
	searchComments: searchRecords(commentRecord),
	searchCompanies: searchRecords(companyRecord),
	searchContacts: searchRecords(contactRecord),
	searchDealCategories: searchRecords(dealCategoryRecord, { wholeList: true }),
	searchDeals: searchRecords(dealRecord),
	searchEmployments: searchRecords(employmentRecord),
	searchHolidays: searchRecords(holidayRecord),
	searchInvoiceAttachments: searchRecords(invoiceAttachmentRecord, { wholeList: true }),
	searchInvoiceBookkeepingExports: searchRecords(invoiceBookkeepingExportRecord),
	searchInvoicePayments: searchRecords(invoicePaymentRecord),
	searchInvoiceReminders: searchRecords(invoiceReminderRecord),
	searchInvoices: searchRecords(invoiceRecord),
	searchPlanningEntries: searchRecords(planningEntryRecord),
	searchPresences: searchRecords(presenceRecord),
	searchProjectGroups: searchRecords(projectGroupRecord, { wholeList: true }),
	searchProjects: searchRecords(projectRecord),
	searchRoles: searchRecords(roleRecord, { wholeList: true }),
	searchSalesVatCodes: searchRecords(salesVatCodeRecord, { wholeList: true }),
	searchStaffAssignments: searchRecords(staffAssignmentRecord, { wholeList: true }),
	searchTasks: searchRecords(taskRecord, { wholeList: true }),
	searchTeams: searchRecords(teamRecord, { wholeList: true }),
	searchTodos: searchRecords(todoRecord),
	searchUsers: searchRecords(userRecord),
	searchWebHooks: searchRecords(webHookRecord, { wholeList: true }),
	searchWorkTimeAdjustments: searchRecords(workTimeAdjustmentRecord),
};
