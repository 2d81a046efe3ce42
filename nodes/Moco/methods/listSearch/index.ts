import { absenceRecord } from '../../resources/absence/fields';
import { activityRecord } from '../../resources/activity/record';
import { catalogServiceRecord } from '../../resources/catalogService/record';
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
import { planningEntryRecord } from '../../resources/planningEntry/fields';
import { presenceRecord } from '../../resources/presence/fields';
import { projectRecord } from '../../resources/project/record';
import { projectGroupRecord } from '../../resources/projectGroup/record';
import { staffAssignmentRecord } from '../../resources/projectStaffing/fields';
import { taskRecord } from '../../resources/task/record';
import { tagRecord } from '../../resources/tag/record';
import { offerRecord, purchaseRecord } from '../../resources/tagging/records';
import { taskTemplateRecord } from '../../resources/taskTemplate';
import { teamRecord } from '../../resources/team/fields';
import { roleRecord, userRecord } from '../../resources/user/fields';
import { salesVatCodeRecord } from '../../resources/vatCodeSale/record';
import { workTimeAdjustmentRecord } from '../../resources/workTimeAdjustment/fields';
import { searchCatalogServiceItems } from './catalogServiceItems';
import { searchRecords } from './searchRecords';

// One From list search per record type, all made by the same factory.
export const listSearch = {
	searchAbsences: searchRecords(absenceRecord),
	searchActivities: searchRecords(activityRecord),
	searchCatalogServiceItems,
	searchCatalogServices: searchRecords(catalogServiceRecord, { wholeList: true }),
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
	searchLetterPapers: searchRecords(letterPaperRecord, { wholeList: true }),
	searchOffers: searchRecords(offerRecord),
	searchPlanningEntries: searchRecords(planningEntryRecord),
	searchPresences: searchRecords(presenceRecord),
	searchProjectGroups: searchRecords(projectGroupRecord, { wholeList: true }),
	searchProjects: searchRecords(projectRecord),
	searchPurchases: searchRecords(purchaseRecord),
	searchRoles: searchRecords(roleRecord, { wholeList: true }),
	searchSalesVatCodes: searchRecords(salesVatCodeRecord, { wholeList: true }),
	searchStaffAssignments: searchRecords(staffAssignmentRecord, { wholeList: true }),
	searchTags: searchRecords(tagRecord),
	searchTaskTemplates: searchRecords(taskTemplateRecord, { wholeList: true }),
	searchTasks: searchRecords(taskRecord, { wholeList: true }),
	searchTeams: searchRecords(teamRecord, { wholeList: true }),
	searchUsers: searchRecords(userRecord),
	searchWorkTimeAdjustments: searchRecords(workTimeAdjustmentRecord),
};
