import type { IDataObject } from 'n8n-workflow';

import type { LineItemSpec } from '../../../shared/lineItems';

/** MOCO books each item with a VAT code, or with a rate given as Tax. */
const taxed = (row: IDataObject) => ('vat_code_id' in row || 'tax' in row ? undefined : 'an item needs a VAT code (vat_code_id) or a tax rate (tax)');

/** The items of a purchase, as POST /purchases takes them (`items`); MOCO keeps them as they are on update. */
export const purchaseItems: LineItemSpec = {
	document: 'purchase',
	untyped: true,
	types: [{ value: 'item', name: 'Item', fields: ['title', 'total', 'vat_code_id', 'tax', 'tax_included', 'category_id', 'ksk_relevant'], required: ['title', 'total'], rule: taxed }],
	fields: [
		{ api: 'title', displayName: 'Title', kind: 'text', description: 'What was bought, e.g. Flyer A5' },
		{ api: 'total', displayName: 'Total', kind: 'number', description: 'The amount: net, or gross when Tax Included is on' },
		{ api: 'vat_code_id', displayName: 'VAT Code', kind: 'reference', loadOptionsMethod: 'getPurchaseVatCodes', description: 'One of your purchase VAT codes; or give a Tax rate instead' },
		{ api: 'tax', displayName: 'Tax', kind: 'number', description: 'The VAT rate in percent, when no VAT code is chosen' },
		{ api: 'tax_included', displayName: 'Tax Included', kind: 'boolean', description: 'Whether Total is gross (VAT included)' },
		{ api: 'category_id', displayName: 'Category', kind: 'reference', loadOptionsMethod: 'getPurchaseCategories', description: 'The purchase category the item is booked to' },
		{ api: 'ksk_relevant', displayName: 'KSK Relevant', kind: 'boolean', description: 'Whether the item is subject to the artists’ social insurance levy (Künstlersozialkasse)' },
	],
	example: [{ title: 'Flyer A5, 4/4-farbig', total: 950, vat_code_id: 202001, category_id: 303001 }],
};
