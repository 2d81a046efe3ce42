import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../shared/operations';
import { resourceProperties } from '../../shared/pipeline';
import { comment } from './fields';

export const commentDescription: INodeProperties[] = [
	operationProperty(
		'comment',
		standardOperations(comment, {
			create: 'Add a note to a MOCO record (a company, contact, deal, project...)',
			delete: 'Delete a comment a person wrote',
			get: 'Retrieve one comment',
			getAll: 'Retrieve comments, for example those on one record',
			update: 'Change a comment’s text',
		}),
		'create',
	),
	...resourceProperties(comment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
