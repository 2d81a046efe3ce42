import type { INodeProperties } from 'n8n-workflow';

import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { invoiceReminder, sendEmailFields } from './fields';

export const invoiceReminderDescription: INodeProperties[] = [
	operationList(
		invoiceReminder,
		{
			create: { action: 'Create an invoice reminder', description: 'Create a payment reminder (dunning letter) for an unpaid invoice' },
			delete: { action: 'Delete an invoice reminder', description: 'Delete a payment reminder' },
			get: { action: 'Get an invoice reminder', description: 'Retrieve one payment reminder' },
			getAll: { action: 'Get many invoice reminders', description: 'Retrieve payment reminders, e.g. those of one invoice or a date range' },
		},
		[
			{
				name: 'Send by Email',
				value: 'sendEmail',
				action: 'Send an invoice reminder by email',
				description: 'Email a payment reminder to the customer, its PDF attached',
				routing: routes.action(invoiceReminder, 'POST', '/send_email', { fields: sendEmailFields }, []),
			},
		],
	),
	...resourceProperties(invoiceReminder, { onRecord: ['delete', 'get', 'sendEmail'], create: true, getAll: true, simplify: ['create', 'get', 'getAll'] }),
	...operationFields('invoiceReminder', 'sendEmail', sendEmailFields),
];
