import { activityRecord } from '../../resources/activity/record';
import { commentRecord } from '../../resources/comment/record';
import { companyRecord } from '../../resources/company/record';
import { contactRecord } from '../../resources/contact/record';
import { dealRecord } from '../../resources/deal/record';
import { dealCategoryRecord } from '../../resources/dealCategory/record';
import { projectRecord } from '../../resources/project/record';
import { taskRecord } from '../../resources/task/record';
import { teamRecord } from '../../resources/team/fields';
import { roleRecord, userRecord } from '../../resources/user/fields';
import { searchRecords } from './searchRecords';

// One From list search per record type, all made by the same factory.
export const listSearch = {
	searchActivities: searchRecords(activityRecord),
	searchComments: searchRecords(commentRecord),
	searchCompanies: searchRecords(companyRecord),
	searchContacts: searchRecords(contactRecord),
	searchDealCategories: searchRecords(dealCategoryRecord, { wholeList: true }),
	searchDeals: searchRecords(dealRecord),
	searchProjects: searchRecords(projectRecord),
	searchRoles: searchRecords(roleRecord, { wholeList: true }),
	searchTasks: searchRecords(taskRecord, { wholeList: true }),
	searchTeams: searchRecords(teamRecord, { wholeList: true }),
	searchUsers: searchRecords(userRecord),
};
