import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../shared/operations';
import { resourceProperties } from '../../shared/pipeline';
import { invoiceBookkeepingExport } from './fields';

export const invoiceBookkeepingExportDescription: INodeProperties[] = [
	operationList(invoiceBookkeepingExport, {
		create: { action: 'Create an invoice bookkeeping export', description: 'Export invoices to bookkeeping, and optionally submit them online directly' },
		get: { action: 'Get an invoice bookkeeping export', description: 'Retrieve one export with its invoice IDs and status' },
		getAll: { action: 'Get many invoice bookkeeping exports', description: 'Retrieve the exports made so far' },
	}),
	...resourceProperties(invoiceBookkeepingExport, { onRecord: ['get'], create: true, getAll: true }),
];
