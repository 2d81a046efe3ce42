import type { ResourceSpec } from '../../../shared/pipeline';
import { GLOBAL_FILTERS } from '../../../shared/pipeline';
import { dealCategoryRecord } from './record';

export const dealCategory: ResourceSpec = {
	value: 'dealCategory',
	record: dealCategoryRecord,
	fields: [
		{ name: 'name', displayName: 'Name', api: 'name', kind: 'text', required: true, placeholder: 'e.g. Offer Sent' },
		{
			name: 'probability',
			displayName: 'Probability',
			api: 'probability',
			kind: 'integer',
			required: true,
			min: 0,
			max: 100,
			description: 'How likely a deal at this stage is won, in percent (0-100)',
		},
	],
	filters: GLOBAL_FILTERS,
};
