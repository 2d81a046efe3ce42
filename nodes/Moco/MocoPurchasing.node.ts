import { MocoAreaNode } from './nodeVersion';

export class MocoPurchasing extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Purchasing', name: 'mocoPurchasing', defaultResource: 'purchase', description: 'Book supplier invoices and receipts in MOCO: purchases, drafts, payments and budgets' }, 'purchasing');
	}
}
