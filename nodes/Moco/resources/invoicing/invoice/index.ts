import type { IExecuteSingleFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FieldRow } from '../../../shared/fieldTable';
import { downloadRoute, fileField } from '../../../shared/files';
import { lineItemProperties } from '../../../shared/lineItemForm';
import { oneItemEach } from '../../../shared/lists';
import { operationList } from '../../../shared/operations';
import { additionalProperties, filterProperties } from '../../../shared/fieldTable';
import { deletedOutput, operationFields, resourceProperties, routes, type ResourceSpec } from '../../../shared/pipeline';
import { pickedRecordId } from '../../../shared/resolve';
import { answeredWithoutBody } from '../../../shared/retry';
import { emailFields, emailOptions, pdfOptions, reasonField, reasonUnlessDraft, statusField, timesheetOptions } from './actions';
import { attachmentOperations, attachmentProperties } from './attachments';
import { INVOICE_STATUSES, invoice } from './fields';
import { invoiceLines } from './lines';
import { invoiceRecord } from './record';
import { param } from '../../../shared/scope';

/** GET /invoices/locked takes these filters only. */
const lockedFilters: FieldRow[] = (invoice.filters ?? [])
	.filter((row) => ['status', 'dateFrom', 'dateTo', 'identifier'].includes(row.name))
	.map((row) => (row.name === 'status' ? { ...row, options: INVOICE_STATUSES.filter((status) => status.value !== 'draft') } : row));
const locked: ResourceSpec = { ...invoice, filters: lockedFilters, sortBy: undefined };

/** Update Status answers 204 without a body: the item says what was set. */
async function statusSet(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { id: await pickedRecordId.call(this, invoiceRecord), status: param.call(this, 'status', '') as string } }];
}

const show = (...operation: string[]) => ({ resource: ['invoice'], operation });
const action = (name: string, value: string, words: string, description: string, routing: INodePropertyOptions['routing']): INodePropertyOptions => ({ name, value, action: words, description, routing });
const updateStatus = routes.action(invoice, 'PUT', '/update_status', { fields: [statusField] }, [statusSet]);
const deletion = routes.action(invoice, 'DELETE', '', { fields: [reasonField] }, [deletedOutput]);
const DOCUMENT_OPERATIONS = ['downloadPdf', 'downloadTimesheetPdf'];

export const invoiceDescription: INodeProperties[] = [
	operationList(
		invoice,
		{
			create: { action: 'Create an invoice', description: 'Issue an invoice (or a draft) with its rows; rows may bill time entries and expenses' },
			get: { action: 'Get an invoice', description: 'Retrieve one invoice with its rows, payments and reminders' },
			getAll: { action: 'Get many invoices', description: 'Retrieve invoices, filtered and sorted by MOCO (without rows, payments and reminders)' },
		},
		[
			action('Delete', 'delete', 'Delete an invoice', 'Delete an invoice; MOCO asks for a reason unless it is a draft', { ...deletion, send: { preSend: [...(deletion.send?.preSend ?? []), reasonUnlessDraft] } }),
			action('Download PDF', 'downloadPdf', 'Download an invoice PDF', 'Get the invoice as a PDF file (for storage or an email); not readable by an AI model', downloadRoute(invoice, '.pdf', { options: pdfOptions }, { name: 'invoice PDF' })),
			action(
				'Download Timesheet PDF',
				'downloadTimesheetPdf',
				'Download an invoice timesheet PDF',
				'Get the hours an invoice bills as a PDF file; not readable by an AI model',
				downloadRoute(invoice, '/timesheet.pdf', { options: timesheetOptions }, { name: 'timesheet PDF', suffix: '_timesheet' }, {
					404: { what: 'MOCO has no timesheet for this invoice', advice: 'The invoice bills no hours, or MOCO has no such invoice: check it in MOCO.' },
				}),
			),
			action('Get Expenses', 'getExpenses', 'Get the expenses of an invoice', 'Retrieve the additional services (expenses) an invoice bills, one item each', routes.action(invoice, 'GET', '/expenses', {}, [oneItemEach])),
			action('Get Many Locked', 'getLocked', 'Get many locked invoices', 'Retrieve the invoices MOCO has locked (e.g. exported to bookkeeping)', routes.getAll(locked, `${invoiceRecord.path}/locked`)),
			action('Get Timesheet', 'getTimesheet', 'Get the timesheet of an invoice', 'Retrieve the time entries an invoice bills, one item each', routes.action(invoice, 'GET', '/timesheet', {}, [oneItemEach])),
			action('Send by Email', 'sendEmail', 'Send an invoice by email', 'Email the invoice PDF (and its attachments) to the customer; a created invoice becomes sent', routes.action(invoice, 'POST', '/send_email', { fields: emailFields, options: emailOptions }, [])),
			action('Update Status', 'updateStatus', 'Update the status of an invoice', 'Mark an issued invoice as created, sent, overdue or ignored', { ...updateStatus, send: { preSend: [...(updateStatus.send?.preSend ?? []), answeredWithoutBody] } }),
			...attachmentOperations,
		],
		'getAll',
	),
	...resourceProperties(invoice, {
		onRecord: ['addAttachment', 'delete', 'deleteAttachment', 'downloadPdf', 'downloadTimesheetPdf', 'get', 'getAttachments', 'getExpenses', 'getTimesheet', 'sendEmail', 'updateStatus'],
		create: true,
		getAll: true,
		moreLists: ['getLocked'],
		simplify: ['create', 'get', 'getAll', 'getLocked'],
	}),
	...lineItemProperties(invoiceLines, show('create')),
	...filterProperties('invoice', lockedFilters, 'getLocked'),
	...operationFields('invoice', 'delete', [reasonField]),
	...operationFields('invoice', 'updateStatus', [statusField]),
	...operationFields('invoice', 'sendEmail', emailFields),
	...additionalProperties('invoice', 'sendEmail', emailOptions),
	...additionalProperties('invoice', 'downloadPdf', pdfOptions),
	...additionalProperties('invoice', 'downloadTimesheetPdf', timesheetOptions),
	fileField('out', show(...DOCUMENT_OPERATIONS)),
	...attachmentProperties,
];
