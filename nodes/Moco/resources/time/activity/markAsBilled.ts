import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { idsAsArray, idsOf } from '../../../shared/rows';
import { activity } from './fields';
import { param } from '../../../shared/scope';

/** MOCO takes the IDs of this request as a JSON array. */
export const sendIdsAsArray = idsAsArray('activity_ids');

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
