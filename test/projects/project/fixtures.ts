import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { project } from '../../../nodes/Moco/resources/projects/project/fields';
import { mocoGet, runNode, type RunOptions } from '../../harness';
import type { MocoSimulator } from '../../simulator';

/** A record picker's value in one of its modes, as the editor stores it. */
export const pick = (mode: string, value: number | string): INodeParameterResourceLocator => ({ __rl: true, mode, value: String(value) });

export const projectBy = {
	list: (id: number | string) => pick('list', id),
	id: (id: number | string) => pick('id', id),
	identifier: (identifier: string) => pick('identifier', identifier),
};

export function runProject(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'project', operation, ...parameters }, ...options });
}

/**
 * What Simplify returns for a project, from MOCO's own record. The node's own pick serves here;
 * get.test.ts spells one simplified project out field by field, so a wrong pick still fails.
 */
export const simplifiedProject = (record: IDataObject): IDataObject => (project.simplify as NonNullable<typeof project.simplify>).pick(record);

export const simplified = (sim: MocoSimulator, id: number) => simplifiedProject(mocoGet(sim, `/projects/${id}`));
