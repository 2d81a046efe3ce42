import { type Rec, type ResourceEntry, round2 } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

const stamps = { created_at: SEED_TIME, updated_at: SEED_TIME };
const ITEM_KEYS = ['id', 'type', 'title', 'description', 'quantity', 'unit', 'unit_price', 'net_total', 'unit_cost', 'optional', 'part', 'subtotal_type', 'additional', 'position_group_display', 'revenue_category', 'position_group_items'];

/** The service catalogue (`/account/catalog_services`): each service shows its items, in order. */
export const catalogServices: ResourceEntry = {
	name: 'catalog_services',
	path: '/account/catalog_services',
	target: '',
	fields: { title: { kind: 'text', required: true } },
	blank: () => ({ title: '' }),
	serialize: (out, service, { sim }) => {
		const { created_at, updated_at, ...head } = out;
		const items = sim.records('catalog_service_items').filter((item) => item.catalog_service_id === service.id).map((item) => Object.fromEntries(ITEM_KEYS.map((key) => [key, item[key] ?? null])));
		return { ...head, items, created_at, updated_at };
	},
	seed: () => [{ id: SEED_IDS.catalogServices.wartung, title: 'Website-Wartung', ...stamps }, { id: SEED_IDS.catalogServices.workshop, title: 'Workshop', ...stamps }],
};

/** A service's items (`.../items`): an item's net total is quantity × unit price when both are given. */
export const catalogServiceItems: ResourceEntry = {
	name: 'catalog_service_items',
	path: '/account/catalog_services/:catalogServiceId/items',
	parentKey: 'catalog_service_id',
	target: '',
	ops: ['get', 'create', 'update', 'delete'],
	fields: {
		type: { kind: 'enum', values: ['item', 'title', 'description', 'subtotal', 'page-break', 'separator'], required: true },
		title: { kind: 'text' },
		description: { kind: 'text' },
		quantity: { kind: 'number' },
		unit: { kind: 'text' },
		unit_price: { kind: 'number' },
		unit_cost: { kind: 'number' },
		net_total: { kind: 'number' },
		optional: { kind: 'boolean' },
		part: { kind: 'boolean' },
		additional: { kind: 'boolean' },
		subtotal_type: { kind: 'enum', values: ['sub_total', 'part_total'] },
	},
	blank: () => ({
		type: null, title: null, description: null, quantity: null, unit: null, unit_price: null, net_total: 0, unit_cost: null, optional: false, part: false,
		subtotal_type: null, additional: false, position_group_display: null, revenue_category: null, position_group_items: null,
	}),
	derive: (item) => {
		if (typeof item.quantity === 'number' && typeof item.unit_price === 'number') item.net_total = round2(item.quantity * item.unit_price);
	},
	seed: () => {
		const c = SEED_IDS.catalogServices;
		const row = (id: number, fields: Record<string, unknown>): Rec => ({
			id, catalog_service_id: c.wartung, type: 'item', title: null, description: null, quantity: null, unit: null, unit_price: null, net_total: 0, unit_cost: null,
			optional: false, part: false, subtotal_type: null, additional: false, position_group_display: null, revenue_category: null, position_group_items: null, ...stamps, ...fields,
		});
		return [
			row(c.wartungTitel, { type: 'title', title: 'Wartung' }),
			row(c.wartungUpdates, { title: 'Updates und Backups', quantity: 4, unit: 'h', unit_price: 110, unit_cost: 60, net_total: 440 }),
		];
	},
};
