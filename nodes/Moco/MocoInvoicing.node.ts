import { MocoAreaNode } from './nodeVersion';

export class MocoInvoicing extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Invoicing', name: 'mocoInvoicing', defaultResource: 'invoice', description: 'Create, send and download MOCO invoices; record payments, reminders and exports' }, 'invoicing');
	}
}
