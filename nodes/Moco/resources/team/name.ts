import type { INodeProperties } from 'n8n-workflow';

/** The team's name: what Create sets and Update changes. */
export const teamNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Sales',
	description: 'The name of the team',
	displayOptions: { show: { resource: ['team'], operation: ['create', 'update'] } },
};
