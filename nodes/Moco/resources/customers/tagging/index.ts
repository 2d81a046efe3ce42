import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import { locatorField, paramOf, type RecordType } from '../../../shared/locator';
import { operationProperty } from '../../../shared/operations';
import { idOfPicked, readPicked } from '../../../shared/resolve';
import { isUnset, tags as tagList } from '../../../shared/validate';
import { TAGGABLE } from './records';
import { param } from '../../../shared/scope';

const resource = 'tagging';
const types = Object.keys(TAGGABLE);

/** The record type chosen and the record picked with that type's own picker, checked before any request. */
function picked(this: IExecuteSingleFunctions): { type: string; record: RecordType; raw: unknown } {
	const type = String(param.call(this, 'recordType', ''));
	const record = TAGGABLE[type];
	if (!record) throw invalidInput(this.getNode(), this.getItemIndex(), 'Record Type', `must be one of ${types.join(', ')}, not ${JSON.stringify(type)}`);
	return { type, record, raw: param.call(this, paramOf(record), '') };
}

async function recordId(this: IExecuteSingleFunctions): Promise<{ type: string; id: number }> {
	const { type, record, raw } = picked.call(this);
	return { type, id: await idOfPicked.call(this, record, readPicked.call(this, record, raw)) };
}

/** Get sends no body; Add and Remove need a tag; Replace with none clears the record's tags. */
function prepare(operation: 'get' | 'add' | 'replace' | 'remove') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const { record, raw } = picked.call(this);
		readPicked.call(this, record, raw);
		let body: IDataObject | undefined;
		if (operation !== 'get') {
			const given = param.call(this, 'tags', []);
			const checked = isUnset(given) ? { value: [] } : tagList(given);
			if ('problem' in checked) throw invalidInput(this.getNode(), this.getItemIndex(), 'Tags', checked.problem);
			const names = checked.value as string[];
			if (names.length === 0 && operation !== 'replace') throw invalidInput(this.getNode(), this.getItemIndex(), 'Tags', `is required to ${operation} tags: give at least one`);
			body = { tags: names };
		}
		const { type, id } = await recordId.call(this);
		requestOptions.url = `/taggings/${type}/${id}`;
		if (body) requestOptions.body = body;
		return requestOptions;
	};
}

/** MOCO answers with the record's tags: one item naming the record and its tags now. */
async function recordTags(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const { type, id } = await recordId.call(this);
	return [{ json: { taggable_type: type, taggable_id: id, tags: Array.isArray(response.body) ? response.body : [] } }];
}

const operations = [
	{ name: 'Add', value: 'add', method: 'PATCH', action: 'Add tags to a record', description: 'Add tags to a record, keeping its other tags' },
	{ name: 'Get', value: 'get', method: 'GET', action: 'Get the tags of a record', description: 'Retrieve the tags of one record' },
	{ name: 'Remove', value: 'remove', method: 'DELETE', action: 'Remove tags from a record', description: 'Remove these tags from a record, keeping the others' },
	{ name: 'Replace', value: 'replace', method: 'PUT', action: 'Replace the tags of a record', description: 'Set a record’s tags to exactly these (none: remove all)' },
] as const;

function taggingOperation({ method, ...option }: (typeof operations)[number]): INodePropertyOptions {
	return { ...option, routing: { request: { method, url: '/taggings' }, send: { preSend: [prepare(option.value)] }, output: { postReceive: [recordTags] } } };
}

export const taggingDescription: INodeProperties[] = [
	operationProperty(resource, operations.map(taggingOperation), 'get'),
	{
		displayName: 'Record Type',
		name: 'recordType',
		type: 'options',
		// Each type shows its own picker: the type is chosen, not computed.
		noDataExpression: true,
		options: types.map((type) => ({ name: type, value: type })),
		default: 'Company',
		description: 'The kind of record whose tags to work with',
		displayOptions: { show: { resource: [resource], operation: operations.map((operation) => operation.value) } },
	},
	...types.map((type) =>
		locatorField(TAGGABLE[type], {
			required: true,
			description: `The MOCO ${TAGGABLE[type].noun} whose tags to work with`,
			show: { resource: [resource], operation: operations.map((operation) => operation.value), recordType: [type] },
		}),
	),
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
		default: [],
		description: 'Tag names, as MOCO shows them',
		displayOptions: { show: { resource: [resource], operation: ['add', 'remove', 'replace'] } },
	},
];
