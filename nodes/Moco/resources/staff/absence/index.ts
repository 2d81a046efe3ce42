import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { absence } from './fields';

export const absenceDescription: INodeProperties[] = [
	operationList(absence, {
		create: { action: 'Create an absence', description: 'Enter a holiday, sick day or other absence for one day' },
		delete: { action: 'Delete an absence', description: 'Delete one absence' },
		get: { action: 'Get an absence', description: 'Retrieve one absence' },
		getAll: { action: 'Get many absences', description: 'Retrieve absences, filtered by MOCO (period, user, type)' },
		update: { action: 'Update an absence', description: 'Change the fields you set on an absence; everything else stays as it is' },
	}),
	...resourceProperties(absence, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
];
