import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { CheckedValues, FieldRow } from '../../../shared/fieldTable';
import { mocoApiRequest } from '../../../shared/transport';
import { letterPaperRecord } from '../../account/letterPaper/record';

/** Fields of the actions on one invoice, each sent as MOCO's description names it. */
export const statusField: FieldRow = {
	name: 'status',
	displayName: 'Status',
	api: 'status',
	kind: 'enum',
	required: true,
	options: [
		{ name: 'Created', value: 'created', description: 'Issued, not sent yet' },
		{ name: 'Sent', value: 'sent', description: 'Sent to the customer (e.g. by post)' },
		{ name: 'Overdue', value: 'overdue', description: 'Past its due date and unpaid' },
		{ name: 'Ignored', value: 'ignored', description: 'Left out of reminders and open items' },
	],
	default: 'sent',
	description: 'The new status. MOCO changes the status of issued invoices only, not of drafts; Paid follows from payments.',
};

export const reasonField: FieldRow = {
	name: 'reason',
	displayName: 'Reason',
	api: 'reason',
	kind: 'longText',
	placeholder: 'e.g. Wrong customer',
	description: 'Why the invoice is deleted; MOCO keeps it in the history. Required unless the invoice is a draft.',
};

const letterPaper: FieldRow = {
	name: 'letterPaperId',
	displayName: 'Letter Paper',
	api: 'letter_paper_id',
	kind: 'reference',
	record: letterPaperRecord,
	description: 'The letter paper (Briefpapier) to print on; empty: the invoice’s own',
};

const emails = (name: string, displayName: string, api: string, who: string): FieldRow => ({
	name,
	displayName,
	api,
	kind: 'text',
	placeholder: 'e.g. billing@hafenlicht.example; fenja.ohlsen@hafenlicht.example',
	description: `${who}, separated by commas or semicolons`,
});

/** Subject and Text on top; recipients and letter paper under Additional Fields (`emailOptions`). */
export const emailFields: FieldRow[] = [
	{ name: 'subject', displayName: 'Subject', api: 'subject', kind: 'text', required: true, placeholder: 'e.g. Rechnung R2601-001', description: 'The email’s subject' },
	{ name: 'text', displayName: 'Text', api: 'text', kind: 'longText', required: true, description: 'The email’s text; MOCO attaches the invoice PDF' },
];

export const emailOptions: FieldRow[] = [
	emails('emailsTo', 'To', 'emails_to', 'Recipients. Empty: the billing addresses of the project or customer'),
	emails('emailsCc', 'CC', 'emails_cc', 'Copies'),
	emails('emailsBcc', 'BCC', 'emails_bcc', 'Blind copies'),
	letterPaper,
];

export const pdfOptions: FieldRow[] = [
	{ name: 'blank', displayName: 'Without Letter Paper', api: 'blank', kind: 'boolean', omitFalse: true, description: 'Whether to get the PDF on white paper, without the letter paper' },
	letterPaper,
];

export const timesheetOptions: FieldRow[] = [letterPaper];

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

/** MOCO takes recipients as one text, separated by semicolons; each address is checked here first. */
export function checkAction(this: IExecuteSingleFunctions, checked: CheckedValues, operation: string): void {
	if (operation !== 'sendEmail') return;
	for (const row of emailOptions.filter((candidate) => candidate.api.startsWith('emails_'))) {
		const value = checked.fields[row.api];
		if (typeof value !== 'string') continue;
		const addresses = value.split(/[;,]/).map((address) => address.trim()).filter(Boolean);
		const bad = addresses.find((address) => !EMAIL.test(address));
		if (bad !== undefined) throw invalidInput(this.getNode(), this.getItemIndex(), row.displayName, `must be email addresses separated by commas or semicolons; ${JSON.stringify(bad)} is not one`);
		if (addresses.length === 0) delete checked.fields[row.api];
		else checked.fields[row.api] = addresses.join(';');
	}
}

/**
 * MOCO deletes a draft without a reason, any other invoice only with one. Without a reason the
 * invoice is read first, and one that is not a draft is refused here, before the delete is sent.
 */
export async function reasonUnlessDraft(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (typeof (requestOptions.body as IDataObject | undefined)?.reason === 'string') return requestOptions;
	const { body } = await mocoApiRequest.call(this, 'GET', String(requestOptions.url));
	const status = (body as IDataObject).status;
	if (status !== 'draft') {
		throw invalidInput(
			this.getNode(),
			this.getItemIndex(),
			'Reason',
			`is required to delete this invoice: it is ${JSON.stringify(status)}, not a draft, and MOCO deletes issued invoices only with a reason`,
		);
	}
	const { body: _empty, ...withoutBody } = requestOptions;
	return withoutBody;
}
