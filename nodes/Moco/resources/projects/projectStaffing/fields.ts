import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import type { ResourceSpec } from '../../../shared/pipeline';
import { userRow } from '../../time/planningEntry/period';
import { projectRecord } from '../project/record';

/** A user staffed on a project ("contract" in MOCO's API): picked within the project chosen first. */
export const staffAssignmentRecord: RecordType = {
	noun: 'staff assignment',
	label: 'Staff Assignment',
	path: '/projects/:projectId/contracts',
	title: (contract: IDataObject) => `${String(contract.firstname ?? '')} ${String(contract.lastname ?? '')}`.trim(),
	inactive: (contract: IDataObject) => (contract.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchStaffAssignments',
	exampleId: '760253573',
	parent: { param: 'projectId', record: projectRecord },
};

export const projectStaffing: ResourceSpec = {
	value: 'projectStaffing',
	record: staffAssignmentRecord,
	fields: [
		// MOCO changes everything on an assignment but its user.
		userRow('The user to staff on the project', { required: true, update: false }),
		{ name: 'active', displayName: 'Active', api: 'active', kind: 'boolean', default: true, description: 'Whether the user may book time on the project' },
		{ name: 'billable', displayName: 'Billable', api: 'billable', kind: 'boolean', default: true, description: 'Whether the user’s hours on the project are billable' },
		{ name: 'budget', displayName: 'Budget', api: 'budget', kind: 'number', min: 0, description: 'The user’s budget on the project, in the project’s currency' },
		{ name: 'hourlyRate', displayName: 'Hourly Rate', api: 'hourly_rate', kind: 'number', min: 0, description: 'The user’s hourly rate on the project (used when the project bills by user)' },
	],
};
