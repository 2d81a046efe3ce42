import { MocoAreaNode } from './nodeVersion';

export class MocoCustomers extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Customers and Sales', name: 'mocoCustomers', defaultResource: 'company', description: 'Work with MOCO companies, contacts, deals, offers, comments and tags' }, 'customers');
	}
}
