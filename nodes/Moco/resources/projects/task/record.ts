import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';
import { projectRecord } from '../project/record';

/** A project's task ("Leistung"): picked within the project chosen first. */
export const taskRecord: RecordType = {
	noun: 'task',
	label: 'Task',
	path: '/projects/:projectId/tasks',
	key: nameKey('Design'),
	title: (task: IDataObject) => String(task.name),
	inactive: (task: IDataObject) => (task.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchTasks',
	exampleId: '760245',
	parent: { param: 'projectId', record: projectRecord },
};
