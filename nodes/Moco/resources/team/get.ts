import type { INodeProperties } from 'n8n-workflow';

import { teamIdField } from './teamId';

export const teamGetDescription: INodeProperties[] = [teamIdField(['get'], 'get')];
