import type { INodePropertyOptions } from 'n8n-workflow';

import { Moco } from '../../nodes/Moco/Moco.node';

const operationsOf = (resource: string) =>
	(new Moco().getNodeType(1.1).description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource)?.options ??
		[]) as INodePropertyOptions[];

describe('standard operations: alphabetical, each with an action an AI tool reads as its name', () => {
	test.each([
		['company', ['Archive a company', 'Create a company', 'Delete a company', 'Get a company', 'Get many companies', 'Unarchive a company', 'Update a company']],
		['contact', ['Create a contact', 'Delete a contact', 'Get a contact', 'Get many contacts', 'Update a contact']],
		['deal', ['Create a deal', 'Delete a deal', 'Get a deal', 'Get many deals', 'Update a deal']],
		['dealCategory', ['Create a deal category', 'Delete a deal category', 'Get a deal category', 'Get many deal categories', 'Update a deal category']],
		['comment', ['Create a comment', 'Create many comments', 'Delete a comment', 'Get a comment', 'Get many comments', 'Update a comment']],
	])('%s', (resource, actions) => {
		const options = operationsOf(resource);

		expect(options.map((option) => option.action)).toEqual(actions);
		expect(options.every((option) => typeof option.description === 'string' && option.routing?.request?.url)).toBe(true);
	});
});
