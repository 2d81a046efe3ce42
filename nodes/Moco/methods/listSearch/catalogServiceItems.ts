import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { catalogServiceItemRecord } from '../../resources/account/catalogService/record';
import { mocoApiRequest } from '../../shared/transport';
import { parentPath } from './searchRecords';

/** MOCO has no list of a service's items: they come with the service, so it is read. */
export async function searchCatalogServiceItems(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const service = (await mocoApiRequest.call(this, 'GET', parentPath.call(this, catalogServiceItemRecord).replace(/\/items$/, ''))).body as IDataObject;
	const search = (filter ?? '').trim().toLowerCase();
	return {
		results: ((service.items ?? []) as IDataObject[])
			.map((item) => ({ name: catalogServiceItemRecord.title(item), value: String(item.id) }))
			.filter((entry) => entry.name.toLowerCase().includes(search)),
	};
}
