import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { projectStaffing } from './fields';

export const projectStaffingDescription: INodeProperties[] = [
	operationList(projectStaffing, {
		create: { action: 'Assign a user to a project', description: 'Staff a user on a project, with budget and hourly rate' },
		delete: { action: 'Remove a user from a project', description: 'Delete a staff assignment; MOCO allows it only while the user has no hours on the project' },
		get: { action: 'Get a staff assignment', description: 'Retrieve one user’s assignment to a project' },
		getAll: { action: 'Get many staff assignments', description: 'Retrieve the active users staffed on a project' },
		update: { action: 'Update a staff assignment', description: 'Change the fields you set on a staff assignment; everything else stays as it is' },
	}),
	...resourceProperties(projectStaffing, {
		onParent: ['create', 'getAll'],
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
	}),
];
