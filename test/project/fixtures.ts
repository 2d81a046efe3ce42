import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { mocoGet, runNode, type RunOptions } from '../harness';
import type { MocoSimulator } from '../simulator';

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

/** What Simplify returns for a project, computed from MOCO's own record. */
export function simplifiedProject(record: IDataObject): IDataObject {
	const customer = record.customer as IDataObject | null;
	const leader = record.leader as IDataObject | null;
	return {
		id: record.id,
		identifier: record.identifier,
		name: record.name,
		active: record.active,
		customer_id: customer?.id ?? null,
		customer_name: customer?.name ?? null,
		leader_id: leader?.id ?? null,
		start_date: record.start_date,
		finish_date: record.finish_date,
		fixed_price: record.fixed_price,
		retainer: record.retainer,
		budget: record.budget,
		currency: record.currency,
		tags: record.tags,
	};
}

export const simplified = (sim: MocoSimulator, id: number) => simplifiedProject(mocoGet(sim, `/projects/${id}`));
