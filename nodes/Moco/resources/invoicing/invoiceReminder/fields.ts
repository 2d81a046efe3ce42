import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { invoiceRecord } from '../invoice/record';
import { dateFromNotAfterTo } from '../../../shared/fieldChecks';
import { invoiceAndDateFilters } from '../invoicePayment/fields';
import { invoiceReminderRecord } from './record';

/** A reminder is due after it is dated. */
function dueAfterDate(this: IExecuteSingleFunctions, values: CheckedValues): void {
	const { date, due_date: due } = values.fields;
	if (typeof date === 'string' && typeof due === 'string' && due < date) {
		throw invalidInput(this.getNode(), this.getItemIndex(), 'Due Date', `(${due}) must not be before Date (${date})`);
	}
}

const invoiceOf = (record: IDataObject) => (record.invoice ?? {}) as IDataObject;

/** A payment reminder on an invoice (`/invoice_reminders`); MOCO raises the invoice's dunning level with each. */
export const invoiceReminder: ResourceSpec = {
	value: 'invoiceReminder',
	record: invoiceReminderRecord,
	fields: [
		{ name: 'invoiceId', displayName: 'Invoice', api: 'invoice_id', kind: 'reference', record: invoiceRecord, required: true, description: 'The unpaid invoice to remind of' },
		{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', placeholder: 'e.g. Payment reminder', description: 'Empty: the account’s default reminder title' },
		{ name: 'text', displayName: 'Text', api: 'text', kind: 'longText', description: 'Empty: the account’s default reminder text' },
		{ name: 'fee', displayName: 'Fee', api: 'fee', kind: 'number', min: 0, description: 'A reminder fee, in the invoice’s currency' },
		{ name: 'date', displayName: 'Date', api: 'date', kind: 'date', description: 'The reminder’s date, sent as YYYY-MM-DD' },
		{ name: 'dueDate', displayName: 'Due Date', api: 'due_date', kind: 'date', description: 'The new deadline for paying, sent as YYYY-MM-DD' },
	],
	filters: [...invoiceAndDateFilters('reminders'), ...GLOBAL_FILTERS],
	check(values) {
		dueAfterDate.call(this, values);
		dateFromNotAfterTo.call(this, values.fields);
	},
	simplify: {
		description: 'only ID, title, date, due date, status, fee, invoice ID and identifier and dunning level',
		pick: (record: IDataObject) => ({
			id: record.id,
			title: record.title,
			date: record.date,
			due_date: record.due_date ?? null,
			status: record.status,
			fee: record.fee ?? null,
			invoice_id: invoiceOf(record).id ?? null,
			invoice_identifier: invoiceOf(record).identifier ?? null,
			dunning_level: invoiceOf(record).dunning_level ?? null,
		}),
	},
};

const recipients = (field: string, who: string): FieldRow => ({
	name: `emails${field}`,
	displayName: field === 'To' ? 'To' : field.toUpperCase(),
	api: `emails_${field.toLowerCase()}`,
	kind: 'emails',
	description: `${who}: email addresses separated by semicolons.${field === 'To' ? ' Empty: the recipients MOCO prefers for the invoice.' : ''}`,
});

/** Send by Email: MOCO's email with the document attached; recipients go as MOCO's semicolon lists. */
export const sendEmailFields: FieldRow[] = [
	{ name: 'subject', displayName: 'Subject', api: 'subject', kind: 'text', required: true, placeholder: 'e.g. Reminder: invoice R2601-042' },
	{ name: 'emailText', displayName: 'Text', api: 'text', kind: 'longText', required: true, description: 'The email’s text' },
	recipients('To', 'Recipients'),
	recipients('Cc', 'Copy to'),
	recipients('Bcc', 'Blind copy to'),
];
