import type { INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { runNode, type RunOptions } from '../../harness';

/** The Team parameter in each of its modes, as the editor stores it. */
export const teamBy = {
	list: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'list', value: String(id) }),
	id: (id: number | string): INodeParameterResourceLocator => ({ __rl: true, mode: 'id', value: String(id) }),
	name: (name: string): INodeParameterResourceLocator => ({ __rl: true, mode: 'name', value: name }),
};

export function runTeam(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'team', operation, ...parameters }, ...options });
}
