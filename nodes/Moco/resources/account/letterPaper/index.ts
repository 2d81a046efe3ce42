import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { letterPaperRecord } from './record';

/** Read-only, and MOCO documents no filter for the list. */
export const letterPaper: ResourceSpec = { value: 'letterPaper', record: letterPaperRecord, fields: [] };

export const letterPaperDescription: INodeProperties[] = [
	operationList(letterPaper, { getAll: { action: 'Get many letter papers', description: 'Retrieve the letter papers invoices and offers can be printed on' } }),
	...resourceProperties(letterPaper, { getAll: true }),
];
