import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { companyRecord } from '../../customers/company/record';
import { userRecord } from '../../staff/user/fields';
import { projectGroupRecord } from './record';

/** Read-only in MOCO's API: a group of projects with its budget and customer. */
export const projectGroup: ResourceSpec = {
	value: 'projectGroup',
	record: projectGroupRecord,
	fields: [],
	filters: [
		{ name: 'userId', displayName: 'User', api: 'user_id', kind: 'reference', record: userRecord, description: 'Only the groups this user is responsible for' },
		{ name: 'companyId', displayName: 'Company', api: 'company_id', kind: 'reference', record: companyRecord, description: 'Only the groups of this customer' },
		...GLOBAL_FILTERS,
	],
};

export const projectGroupDescription: INodeProperties[] = [
	operationList(projectGroup, {
		get: { action: 'Get a project group', description: 'Retrieve one project group with its projects' },
		getAll: { action: 'Get many project groups', description: 'Retrieve project groups, e.g. those of one customer' },
	}),
	...resourceProperties(projectGroup, { onRecord: ['get'], getAll: true }),
];
