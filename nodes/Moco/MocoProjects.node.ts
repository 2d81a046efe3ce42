import { MocoAreaNode } from './nodeVersion';

export class MocoProjects extends MocoAreaNode {
	constructor() {
		super({ displayName: 'MOCO Projects', name: 'mocoProjects', defaultResource: 'project', description: 'Work with MOCO projects: tasks, staffing, expenses, payment schedules and to-dos' }, 'projects');
	}
}
