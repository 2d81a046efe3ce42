/** Every resource the simulator serves, one data entry each (see ../README.md). */
import type { ResourceEntry } from '../engine';
import { absenceRequests } from './absenceRequests';
import { activities } from './activities';
import { approvals } from './approvals';
import { companies } from './companies';
import { comments, contacts, dealCategories, deals } from './crm';
import { invoiceAttachments } from './invoiceAttachments';
import { invoices, lockedInvoices } from './invoices';
import { invoiceBookkeepingExports, invoicePayments, invoiceReminders } from './invoicing';
import { projectGroups, projects, tasks } from './projects';
import { contracts, employments, holidays, planningEntries, presences, schedules, workTimeAdjustments } from './staff';
import { todos } from './todos';
import { roles, units } from './units';
import { users } from './users';
import { vatCodeSales } from './vatCodes';

export const RESOURCES: readonly ResourceEntry[] = [
	users, units, roles, companies, projectGroups, projects, tasks, activities, contacts, dealCategories, deals, comments,
	schedules, presences, planningEntries, holidays, employments, workTimeAdjustments, contracts,
	vatCodeSales, invoices, lockedInvoices, invoiceAttachments,
	invoicePayments, invoiceReminders, invoiceBookkeepingExports, approvals, todos, absenceRequests,
];
