import type { INodeProperties } from 'n8n-workflow';

import { userIdField } from './userId';

export const userGetDescription: INodeProperties[] = [userIdField(['get'], 'get')];
