import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { asBase64, checkInputFile, fileField, readInputFile } from './files';
import { oneItemEach } from './lists';
import { locatorField, paramOf, type RecordType } from './locator';
import { deletedOutput, routes, type ResourceSpec } from './pipeline';

/**
 * The files attached to a document (an invoice, an offer), which MOCO sends along with its email:
 * Get Many, Add (the input item's file as `{attachment: {filename, base64}}`) and Delete.
 */
export function documentAttachments(resource: string, parent: RecordType, list: { searchListMethod: string; exampleId: string }) {
	const document = parent.noun;
	const a = /^[aeiou]/i.test(document) ? 'an' : 'a';
	const record: RecordType = {
		noun: `${document} attachment`,
		label: 'Attachment',
		path: `${parent.path}/:${paramOf(parent)}/attachments`,
		title: (attachment: IDataObject) => String(attachment.title),
		...list,
		parent: { param: paramOf(parent), record: parent },
	};
	const spec: ResourceSpec = {
		value: resource,
		record,
		fields: [],
		check(_values, operation) {
			if (operation === 'addAttachment') checkInputFile.call(this);
		},
		async shape(fields, { operation }) {
			return operation === 'addAttachment' ? { attachment: asBase64(await readInputFile.call(this)) } : fields;
		},
	};
	const own = `${record.path}/:${paramOf(record)}`;
	const operations: INodePropertyOptions[] = [
		{
			name: 'Add Attachment',
			value: 'addAttachment',
			action: `Add an attachment to ${a} ${document}`,
			description: `Attach a file from the input item to ${a} ${document}; MOCO sends it with the ${document} email. Files cannot come from an AI model.`,
			routing: routes.collection(spec, 'POST', record.path, { fields: [] }, []),
		},
		{
			name: 'Delete Attachment',
			value: 'deleteAttachment',
			action: `Delete ${a} ${document} attachment`,
			description: `Remove a file attached to ${a} ${document}`,
			routing: routes.collection(spec, 'DELETE', own, {}, [deletedOutput]),
		},
		{
			name: 'Get Many Attachments',
			value: 'getAttachments',
			action: `Get the attachments of ${a} ${document}`,
			description: `Retrieve the files attached to ${a} ${document} (names and dates, not the files)`,
			routing: routes.collection(spec, 'GET', record.path, {}, [oneItemEach]),
		},
	];
	const properties: INodeProperties[] = [
		locatorField(record, { required: true, description: 'The attachment to remove', show: { resource: [resource], operation: ['deleteAttachment'] } }),
		fileField('in', { resource: [resource], operation: ['addAttachment'] }),
	];
	return { record, operations, properties };
}
