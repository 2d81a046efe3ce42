import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import { invoiceOf } from '../invoicePayment/record';

/** A payment reminder (dunning letter) on an invoice: picked from the list or by ID. */
export const invoiceReminderRecord: RecordType = {
	noun: 'invoice reminder',
	label: 'Invoice Reminder',
	path: '/invoice_reminders',
	title: (reminder: IDataObject) =>
		[String(reminder.date ?? ''), String(reminder.title ?? ''), invoiceOf(reminder)].filter(Boolean).join(', ') + (reminder.status ? ` (${String(reminder.status)})` : ''),
	searchListMethod: 'searchInvoiceReminders',
	exampleId: '4412',
};
