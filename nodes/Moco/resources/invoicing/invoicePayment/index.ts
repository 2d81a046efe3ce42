import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { bulkProperties, oneItemPerRecord, sendRows } from '../../../shared/rows';
import { invoicePayment, paymentRows } from './fields';

export const invoicePaymentDescription: INodeProperties[] = [
	operationList(
		invoicePayment,
		{
			create: { action: 'Record a payment on an invoice', description: 'Record money received on an invoice' },
			delete: { action: 'Delete an invoice payment', description: 'Delete a payment recorded on an invoice' },
			get: { action: 'Get an invoice payment', description: 'Retrieve one payment' },
			getAll: { action: 'Get many invoice payments', description: 'Retrieve payments, e.g. those of one invoice or a date range' },
			update: { action: 'Update an invoice payment', description: 'Change the fields you set on a payment; everything else stays as it is' },
		},
		[
			{
				name: 'Create Many',
				value: 'createMany',
				action: 'Record many payments on invoices',
				description:
					'Record many payments in one request, e.g. a bank statement’s rows gathered by an Aggregate node. One request instead of one per payment spares MOCO’s rate limit.',
				routing: {
					request: { method: 'POST', url: '/invoices/payments/bulk' },
					send: { preSend: [sendRows(paymentRows)] },
					output: { postReceive: [oneItemPerRecord] },
				},
			},
		],
	),
	...resourceProperties(invoicePayment, { onRecord: ['delete', 'get', 'update'], create: true, update: true, getAll: true }),
	...bulkProperties('invoicePayment', 'createMany', paymentRows),
];
