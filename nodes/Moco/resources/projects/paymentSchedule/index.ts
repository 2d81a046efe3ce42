import type { INodeProperties } from 'n8n-workflow';

import { filterProperties } from '../../../shared/fieldTable';
import { operationList } from '../../../shared/operations';
import { resourceProperties, routes } from '../../../shared/pipeline';
import { allPaymentSchedules, paymentSchedule } from './fields';

export const paymentScheduleDescription: INodeProperties[] = [
	operationList(
		paymentSchedule,
		{
			create: { action: 'Create a payment schedule', description: 'Plan when to bill how much of a fixed-price project (a milestone)' },
			delete: { action: 'Delete a payment schedule', description: 'Delete a planned billing of a project' },
			get: { action: 'Get a payment schedule', description: 'Retrieve one planned billing of a project' },
			getAll: { action: 'Get many payment schedules of a project', description: 'Retrieve the planned billings of one project' },
			update: { action: 'Update a payment schedule', description: 'Change the fields you set, e.g. check a milestone off; everything else stays as it is' },
		},
		[
			{
				name: 'Get Many Across Projects',
				value: 'getAllAcross',
				action: 'Get many payment schedules across projects',
				description: 'Retrieve the planned billings of every project, e.g. those due this month',
				routing: routes.getAll(allPaymentSchedules, '/projects/payment_schedules'),
			},
		],
	),
	...resourceProperties(paymentSchedule, {
		onParent: ['create', 'getAll'],
		onRecord: ['delete', 'get', 'update'],
		create: true,
		update: true,
		getAll: true,
		moreLists: ['getAllAcross'],
	}),
	...filterProperties('paymentSchedule', allPaymentSchedules.filters ?? [], 'getAllAcross'),
];
