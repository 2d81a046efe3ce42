import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../../shared/operations';
import { optionalFileField, withOptionalFile, type OptionalFile } from '../../../shared/optionalFile';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { oneItemPerRecord } from '../../../shared/rows';
import { bulkCommentFields, comment } from './fields';

const properties = resourceProperties(comment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true });
// Create's Record Type and Text serve Create Many too: one property each, not two alike.
const SHARED = ['commentableType', 'text'];
for (const property of properties.filter((p) => SHARED.includes(p.name) && p.displayOptions?.show?.operation?.includes('create'))) {
	property.displayOptions?.show?.operation?.push('createMany');
}

const attachment = comment.file as OptionalFile;

export const commentDescription: INodeProperties[] = [
	operationProperty(
		'comment',
		withOptionalFile([
			...standardOperations(comment, {
				create: 'Add a note to a MOCO record (a company, contact, deal, project...)',
				delete: 'Delete a comment a person wrote',
				get: 'Retrieve one comment',
				getAll: 'Retrieve comments, for example those on one record',
				update: 'Change a comment’s text',
			}),
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Create many comments',
				description:
					'Put the same note on many records of one type (up to 100) in one request. One request instead of one per record spares MOCO’s rate limit.',
				routing: routes.collection(comment, 'POST', '/comments/bulk', { fields: bulkCommentFields }, [oneItemPerRecord]),
			},
		], ['create', 'update'], attachment),
		'create',
	),
	...properties,
	...operationFields('comment', 'createMany', bulkCommentFields.filter((row) => !SHARED.includes(row.name))),
	optionalFileField(attachment, { resource: ['comment'], operation: ['create', 'update'] }),
];
