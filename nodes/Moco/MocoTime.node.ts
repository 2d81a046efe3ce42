import { MocoAreaNode } from './nodeVersion';

export class MocoTime extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Time', name: 'mocoTime', defaultResource: 'activity', description: 'Track time in MOCO: time entries, presences, planning entries and approvals' }, 'time');
	}
}
