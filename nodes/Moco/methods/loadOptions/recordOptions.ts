import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import type { RecordType } from '../../shared/locator';
import { mocoApiRequestAllItems } from '../../shared/transport';

/** A dropdown of a short list (a row editor shows no record picker): every record by its title, inactive ones marked. */
export function recordOptions(record: RecordType) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const records = await mocoApiRequestAllItems.call(this, record.path, { ...(record.listQuery ?? {}) });
		return records
			.map((candidate) => {
				const mark = record.inactive?.(candidate);
				return { name: mark ? `${record.title(candidate)}, ${mark}` : record.title(candidate), value: candidate.id as number };
			})
			.sort((a, b) => a.name.localeCompare(b.name));
	};
}
