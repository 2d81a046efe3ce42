import { MocoAreaNode } from './nodeVersion';

export class MocoAccount extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Account', name: 'mocoAccount', defaultResource: 'report', description: "Read MOCO's reports and manage its account settings, web hooks and catalogue" }, 'account');
	}
}
