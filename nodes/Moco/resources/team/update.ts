import type { INodeProperties } from 'n8n-workflow';

import { teamIdField } from './teamId';

// The new name is the shared Name field, shown for Create and Update alike.
export const teamUpdateDescription: INodeProperties[] = [teamIdField(['update'], 'rename')];
