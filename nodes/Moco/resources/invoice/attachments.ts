import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { asBase64, checkInputFile, fileField, readInputFile } from '../../shared/files';
import { oneItemEach } from '../../shared/lists';
import { locatorField, paramOf, type RecordType } from '../../shared/locator';
import { deletedOutput, routes, type ResourceSpec } from '../../shared/pipeline';
import { invoiceRecord } from './record';

/** A file attached to an invoice; MOCO sends attachments along with the invoice email. */
export const invoiceAttachmentRecord: RecordType = {
	noun: 'invoice attachment',
	label: 'Attachment',
	path: '/invoices/:invoiceId/attachments',
	title: (attachment: IDataObject) => String(attachment.title),
	searchListMethod: 'searchInvoiceAttachments',
	exampleId: '5510001',
	parent: { param: paramOf(invoiceRecord), record: invoiceRecord },
};

/** Attachments as data for the pipeline: Add reads the item's file and sends it as `{attachment: {filename, base64}}`. */
const attachment: ResourceSpec = {
	value: 'invoice',
	record: invoiceAttachmentRecord,
	fields: [],
	check(_values, operation) {
		if (operation === 'addAttachment') checkInputFile.call(this);
	},
	async shape(fields, { operation }) {
		return operation === 'addAttachment' ? { attachment: asBase64(await readInputFile.call(this)) } : fields;
	},
};

const list = invoiceAttachmentRecord.path;
const own = `${list}/:${paramOf(invoiceAttachmentRecord)}`;

export const attachmentOperations: INodePropertyOptions[] = [
	{
		name: 'Add Attachment',
		value: 'addAttachment',
		action: 'Add an attachment to an invoice',
		description: 'Attach a file from the input item to an invoice; MOCO sends it with the invoice email. Files cannot come from an AI model.',
		routing: routes.collection(attachment, 'POST', list, { fields: [] }, []),
	},
	{
		name: 'Delete Attachment',
		value: 'deleteAttachment',
		action: 'Delete an invoice attachment',
		description: 'Remove a file attached to an invoice',
		routing: routes.collection(attachment, 'DELETE', own, {}, [deletedOutput]),
	},
	{
		name: 'Get Many Attachments',
		value: 'getAttachments',
		action: 'Get the attachments of an invoice',
		description: 'Retrieve the files attached to an invoice (names and dates, not the files)',
		routing: routes.collection(attachment, 'GET', list, {}, [oneItemEach]),
	},
];

export const attachmentProperties: INodeProperties[] = [
	locatorField(invoiceAttachmentRecord, {
		required: true,
		description: 'The attachment to remove',
		show: { resource: ['invoice'], operation: ['deleteAttachment'] },
	}),
	fileField('in', { resource: ['invoice'], operation: ['addAttachment'] }),
];
