import type { INodeProperties } from 'n8n-workflow';

interface Locator {
	resource: 'user' | 'team';
	/** "User" or "Team": the field's label and the start of its messages. */
	label: string;
	searchListMethod: string;
	exampleId: string;
}

/** A resource locator (From list, By ID, and one more) for the record an operation acts on. */
export function locatorField(locator: Locator, operations: string[], action: string): INodeProperties {
	const noun = locator.label.toLowerCase();
	const field: INodeProperties = {
		displayName: locator.label,
		name: `${noun}Id`,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: `The MOCO ${noun} to ${action}`,
		displayOptions: { show: { resource: [locator.resource], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${noun}...`,
				typeOptions: { searchListMethod: locator.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: `e.g. ${locator.exampleId}`,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[1-9][0-9]*\\s*$',
							errorMessage: `${locator.label} ID must be a positive whole number, like ${locator.exampleId}`,
						},
					},
				],
			},
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@example.com',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^\\s*[^\\s@]+@[^\\s@]+\\.[^\\s@]+\\s*$',
							errorMessage: 'User Email must be an email address like name@example.com',
						},
					},
				],
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. Sales' },
		],
	};
	// The third way to name the record: By Email for users, By Name for teams.
	const third = locator.resource === 'user' ? 'email' : 'name';
	field.modes = field.modes?.filter((mode) => mode.name === 'list' || mode.name === 'id' || mode.name === third);
	return field;
}
