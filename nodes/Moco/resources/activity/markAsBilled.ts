import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { idList } from '../../shared/validate';
import { activity } from './fields';
import { param } from '../../shared/scope';

/** The checked IDs as numbers: the field holds them as MOCO's comma list. */
const idsOf = (value: unknown): number[] => {
	const checked = idList(value);
	return 'value' in checked ? String(checked.value).split(',').filter(Boolean).map(Number) : [];
};

/** MOCO takes the IDs of this request as a JSON array. */
export async function sendIdsAsArray(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = requestOptions.body as IDataObject;
	requestOptions.body = { ...body, activity_ids: idsOf(body.activity_ids) };
	return requestOptions;
}

/**
 * One item per time entry MOCO marked. MOCO documents no answer for this request: should it send
 * none, one item still says which entries were marked.
 */
export async function markedEntries(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const records = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	if (records.length === 0) return [{ json: { activity_ids: idsOf(param.call(this, 'activityIds', '')), billed: true } }];
	const { simplify } = activity;
	const pick = simplify && param.call(this, 'simplify', true) === true ? simplify.pick : (record: IDataObject) => record;
	return records.map((record) => ({ json: pick(record) }));
}
