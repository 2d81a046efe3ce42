import { teamRecord } from '../../resources/team/fields';
import { roleRecord, userRecord } from '../../resources/user/fields';
import { searchRecords } from './searchRecords';

export const searchUsers = searchRecords(userRecord);
export const searchTeams = searchRecords(teamRecord, { wholeList: true });
export const searchRoles = searchRecords(roleRecord, { wholeList: true });
