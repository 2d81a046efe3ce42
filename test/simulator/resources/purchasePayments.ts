/** Payments on purchases (`/purchases/payments`); `/bulk` records all or none. */
import { type ResourceEntry, bulkCreate, idIn, onOrAfter, onOrBefore } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

export const purchasePayments: ResourceEntry = {
	name: 'purchase_payments',
	path: '/purchases/payments',
	target: 'Purchase::Payment',
	fields: {
		date: { kind: 'date', required: true },
		total: { kind: 'number', required: true },
		purchase_id: { kind: 'ref', ref: 'purchases', read: 'purchase', shape: ['id', 'identifier', 'title'], required: true },
		description: { kind: 'text', read: false },
		currency: { kind: 'text' },
		payment_account_id: { kind: 'integer', read: false },
		partially_paid: { kind: 'boolean', read: false },
	},
	blank: () => ({ date: null, purchase: null, total: 0, currency: '', remittance_export_id: null }),
	validate: (draft, _body, { sim }, errors) => {
		// Empty: the purchase's currency.
		const purchase = sim.find('purchases', Number((draft.purchase as { id?: number } | null)?.id));
		if (draft.currency === '' || draft.currency === null) draft.currency = purchase?.currency ?? 'EUR';
		if (!/^[A-Z]{3}$/.test(String(draft.currency)) && !errors.currency) errors.currency = ['is invalid'];
	},
	filters: { purchase_id: idIn('purchase.id'), date_from: onOrAfter('date'), date_to: onOrBefore('date') },
	actions: [
		bulkCreate('purchase_payments'),
	],
	seed: () => [
		// The software subscription, paid by card.
		{
			id: SEED_IDS.purchasePayments.software, date: '2025-12-16', purchase: { id: SEED_IDS.purchases.software, identifier: 'E2512-004', title: 'Figma Organization, Dezember' },
			total: 535.5, currency: 'EUR', remittance_export_id: null, created_at: SEED_TIME, updated_at: SEED_TIME,
		},
	],
};
