import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { roleRecord } from '../user/fields';

/** The account's permission roles: read-only, the source of a user's Role picker; MOCO documents no filter. */
export const userRole: ResourceSpec = { value: 'userRole', record: roleRecord, fields: [] };

export const userRoleDescription: INodeProperties[] = [
	operationList(userRole, { getAll: { action: 'Get many user roles', description: 'Retrieve the permission roles users can have, with their permissions' } }),
	...resourceProperties(userRole, { getAll: true }),
];
