import type { INodeProperties } from 'n8n-workflow';

import { operationProperty, standardOperations } from '../../../shared/operations';
import { optionalFileField, withOptionalFile, type OptionalFile } from '../../../shared/optionalFile';
import { resourceProperties } from '../../../shared/pipeline';
import { contact } from './fields';

const avatar = contact.file as OptionalFile;

export const contactDescription: INodeProperties[] = [
	operationProperty(
		'contact',
		withOptionalFile(standardOperations(contact, {
			create: 'Add a contact person',
			delete: 'Delete a contact person',
			get: 'Retrieve one contact person',
			getAll: 'Retrieve contact persons, for example the one calling from a phone number',
			update: 'Change the fields you set on a contact; everything else stays as it is',
		}), ['create', 'update'], avatar),
		'getAll',
	),
	...resourceProperties(contact, {
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		simplify: ['create', 'get', 'getAll', 'update'],
	}),
	optionalFileField(avatar, { resource: ['contact'], operation: ['create', 'update'] }),
];
