/** Every resource the simulator serves, one data entry each (see ../README.md). */
import type { ResourceEntry } from '../engine';
import { activities } from './activities';
import { companies } from './companies';
import { comments, contacts, dealCategories, deals } from './crm';
import { projects, tasks } from './projects';
import { contracts, employments, holidays, planningEntries, presences, schedules, workTimeAdjustments } from './staff';
import { roles, units } from './units';
import { users } from './users';

export const RESOURCES: readonly ResourceEntry[] = [
	users, units, roles, companies, projects, tasks, activities, contacts, dealCategories, deals, comments,
	schedules, presences, planningEntries, holidays, employments, workTimeAdjustments, contracts,
];
