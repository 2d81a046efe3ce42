import type { INodeParameters } from 'n8n-workflow';

import { runNode, type RunOptions } from '../../harness';
import { pick } from '../project/fixtures';

export const taskBy = {
	list: (id: number | string) => pick('list', id),
	id: (id: number | string) => pick('id', id),
	name: (name: string) => pick('name', name),
};

export function runTask(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'projectTask', operation, ...parameters }, ...options });
}
