import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A service of the catalogue (Leistungskatalog): a title and rows offers and invoices can take over. */
export const catalogServiceRecord: RecordType = {
	noun: 'catalog service',
	label: 'Catalog Service',
	path: '/account/catalog_services',
	key: { mode: 'title', title: 'Title', field: 'title', placeholder: 'e.g. Website-Wartung', caseInsensitive: true },
	title: (service: IDataObject) => String(service.title),
	searchListMethod: 'searchCatalogServices',
	exampleId: '3301',
};

/** A row of a catalog service; MOCO lists them only inside their service. */
export const catalogServiceItemRecord: RecordType = {
	noun: 'catalog service item',
	label: 'Catalog Service Item',
	path: '/account/catalog_services/:catalogServiceId/items',
	title: (item: IDataObject) => [item.title || item.description || item.type, item.net_total ? `${String(item.net_total)}` : ''].filter(Boolean).map(String).join(', '),
	searchListMethod: 'searchCatalogServiceItems',
	exampleId: '3301001',
	parent: { param: 'catalogServiceId', record: catalogServiceRecord },
};
