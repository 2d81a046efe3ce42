import type { INodeProperties } from 'n8n-workflow';

import { teamNameField } from './name';

export const teamCreateDescription: INodeProperties[] = [teamNameField];
