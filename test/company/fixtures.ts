import type { INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { runNode, type RunOptions } from '../harness';

/** Any record picker's value, in the mode the editor stores: list, id, name, email. */
export const pick = (mode: 'list' | 'id' | 'name' | 'email', value: number | string): INodeParameterResourceLocator => ({
	__rl: true,
	mode,
	value: String(value),
});

/** Runs one operation of a resource, parameters as the editor stores them. */
export const runOn =
	(resource: string) =>
	(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
		runNode({ parameters: { resource, operation, ...parameters }, ...options });

export const runCompany = runOn('company');
