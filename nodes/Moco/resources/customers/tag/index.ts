import type { INodeProperties } from 'n8n-workflow';

import { additionalProperties } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { deletedOutput, resourceProperties, routes } from '../../../shared/pipeline';
import { mergeInto, tag } from './fields';

export const tagDescription: INodeProperties[] = [
	operationList(tag, {
		create: { action: 'Create a tag', description: 'Add a tag for one kind of record (companies, projects, ...)' },
		get: { action: 'Get a tag', description: 'Retrieve one tag' },
		getAll: { action: 'Get many tags', description: 'Retrieve the account’s tags, e.g. those for projects' },
		update: { action: 'Update a tag', description: 'Rename a tag or change its color' },
	}, [
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a tag',
			description: 'Delete a tag, optionally moving its records to another tag',
			routing: routes.action(tag, 'DELETE', '', { options: [mergeInto], into: 'qs' }, [deletedOutput]),
		},
	]),
	...resourceProperties(tag, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
	...additionalProperties('tag', 'delete', [mergeInto]),
];
