import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import { prepare, routes } from '../../../shared/pipeline';
import { pickedRecordId } from '../../../shared/resolve';
import { mocoApiRequestAllItems } from '../../../shared/transport';
import { projectRecord } from '../project/record';
import { projectTask } from './fields';
import { param } from '../../../shared/scope';

/** The toggle Delete All needs: MOCO deletes every task of the project at once, with no undo. */
export const confirmDeleteAll: INodeProperties = {
	displayName: 'Delete Every Task Without Hours',
	name: 'confirmDeleteAll',
	type: 'boolean',
	default: false,
	required: true,
	description:
		'Whether to really delete all tasks of the project no hours are tracked on; MOCO keeps the others. Nothing is sent while this is off.',
	displayOptions: { show: { resource: ['projectTask'], operation: ['deleteAll'] } },
};

async function confirmed(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (param.call(this, confirmDeleteAll.name, false) !== true) {
		throw invalidInput(this.getNode(), this.getItemIndex(), confirmDeleteAll.displayName, 'must be on to delete all tasks of the project: nothing was deleted');
	}
	return requestOptions;
}

/** MOCO answers 204 and says nothing of the tasks it kept (those with hours): one read of the list does. */
async function keptTasks(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const projectId = await pickedRecordId.call(this, projectRecord);
	const kept = await mocoApiRequestAllItems.call(this, `/projects/${projectId}/tasks`);
	const message = kept.length === 0 ? 'MOCO deleted every task of the project' : `MOCO kept ${kept.length} task(s) with tracked hours; it deleted the others`;
	return [{ json: { deleted: true, projectId, keptTasks: kept.map(({ id, name }) => ({ id, name })), message } }];
}

export const deleteAllRouting = {
	...routes.collection(projectTask, 'DELETE', '/projects/:projectId/tasks/destroy_all'),
	send: { preSend: [confirmed, prepare(projectTask)] },
	output: { postReceive: [keptTasks] },
};
