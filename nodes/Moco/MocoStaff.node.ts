import { MocoAreaNode } from './nodeVersion';

export class MocoStaff extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Staff', name: 'mocoStaff', defaultResource: 'user', description: 'Work with MOCO users, teams, absences, holidays and employments' }, 'staff');
	}
}
