import type { INodePropertyOptions } from 'n8n-workflow';

export const WEBHOOK_EVENTS = ['create', 'update', 'delete'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Bookkeeping exports are made and undone, never edited: MOCO sends create and delete only. */
const CREATE_DELETE: readonly WebhookEvent[] = ['create', 'delete'];

/** MOCO's 33 webhook targets (OpenAPI web hook target enum), with the words the event list shows. */
export const WEBHOOK_TARGETS: ReadonlyArray<{ target: string; name: string; what: string; events?: readonly WebhookEvent[] }> = [
	{ target: 'Activity', name: 'Activity', what: 'a time entry' },
	{ target: 'Comment', name: 'Comment', what: 'a note on a record' },
	{ target: 'Company', name: 'Company', what: 'a customer, supplier or organisation' },
	{ target: 'Contact', name: 'Contact', what: 'a contact person' },
	{ target: 'Contract', name: 'Contract', what: 'a staff assignment to a project' },
	{ target: 'Deal', name: 'Deal', what: 'a lead or deal' },
	{ target: 'Expense', name: 'Expense', what: 'an additional service on a project' },
	{ target: 'Invoice', name: 'Invoice', what: 'an invoice' },
	{ target: 'Invoice::Approval', name: 'Invoice approval', what: 'the approval of an invoice' },
	{ target: 'Invoice::BookkeepingExport', name: 'Invoice bookkeeping export', what: 'an export of invoices to bookkeeping', events: CREATE_DELETE },
	{ target: 'Invoice::Payment', name: 'Invoice payment', what: 'a payment received on an invoice' },
	{ target: 'InvoiceDraft', name: 'Invoice draft', what: 'an invoice draft' },
	{ target: 'InvoiceReminder', name: 'Invoice reminder', what: 'a dunning or payment reminder' },
	{ target: 'Offer', name: 'Offer', what: 'an offer (quote)' },
	{ target: 'PlanningEntry', name: 'Planning entry', what: 'a resource planning entry' },
	{ target: 'Presence', name: 'Presence', what: 'a working-time record (clock in/out)' },
	{ target: 'Project', name: 'Project', what: 'a project' },
	{ target: 'Project::PaymentSchedule', name: 'Project payment schedule', what: 'a planned billing milestone' },
	{ target: 'ProjectGroup', name: 'Project group', what: 'a group of projects' },
	{ target: 'Purchase', name: 'Purchase', what: 'a purchase' },
	{ target: 'Purchase::Approval', name: 'Purchase approval', what: 'the approval of a purchase' },
	{ target: 'Purchase::BookkeepingExport', name: 'Purchase bookkeeping export', what: 'an export of purchases to bookkeeping', events: CREATE_DELETE },
	{ target: 'Purchase::Draft', name: 'Purchase draft', what: 'a purchase inbox draft' },
	{ target: 'Purchase::Order', name: 'Purchase order', what: 'a purchase order to a supplier' },
	{ target: 'Purchase::Payment', name: 'Purchase payment', what: 'a payment on a purchase' },
	{ target: 'RecurringExpense', name: 'Recurring expense', what: 'a recurring additional service' },
	{ target: 'Schedule', name: 'Absence (schedule)', what: 'an absence in the schedule' },
	{ target: 'Task', name: 'Task', what: 'a service (task) on a project' },
	{ target: 'User', name: 'User', what: 'a staff member' },
	{ target: 'User::AbsenceRequest', name: 'Absence request', what: 'an absence request' },
	{ target: 'User::HolidayRequest', name: 'Holiday request', what: 'a holiday request' },
	{ target: 'User::PeriodLockOverride', name: 'Period lock override', what: 'an exception to a locked period' },
	{ target: 'User::WorkTimeAdjustment', name: 'Work time adjustment', what: "a correction of a user's working-time balance" },
];

const PAST: Record<WebhookEvent, string> = { create: 'created', update: 'updated', delete: 'deleted' };

/** "User.update": the value stored in the node's Events parameter. */
export function eventValue(target: string, event: string): string {
	return `${target}.${event}`;
}

/** Splits at the last dot: targets contain "::" but never a dot. */
export function parseEventValue(value: string): { target: string; event: string } {
	const dot = value.lastIndexOf('.');
	return { target: value.slice(0, dot), event: value.slice(dot + 1) };
}

/** All 97 pairs as options, sorted by what a person reads ("Holiday request updated"). */
export const EVENT_OPTIONS: INodePropertyOptions[] = WEBHOOK_TARGETS.flatMap(({ target, name, what, events }) =>
	(events ?? WEBHOOK_EVENTS).map((event) => ({
		name: `${name} ${PAST[event]}`,
		value: eventValue(target, event),
		description:
			`When ${what} is ${PAST[event]} (MOCO target ${target})` +
			(event === 'delete' ? ": MOCO sends only the record's ID" : ''),
	})),
).sort((a, b) => a.name.localeCompare(b.name, 'en'));
