import type { IDataObject, INodeParameterResourceLocator, INodeParameters } from 'n8n-workflow';

import { runNode, type RunOptions, type RunResult } from '../../harness';
import type { MocoSimulator } from '../../simulator';

/** Any record picker's value, in the mode the editor stores: list, id, name, email. */
export const pick = (mode: 'list' | 'id' | 'name' | 'email', value: number | string): INodeParameterResourceLocator => ({
	__rl: true,
	mode,
	value: String(value),
});

/** Runs one operation of a resource, parameters as the editor stores them. */
export const runOn =
	(resource: string, typeVersion?: number) =>
	(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}): Promise<RunResult> =>
		runNode({ parameters: { resource, operation, ...parameters }, ...(typeVersion === undefined ? {} : { typeVersion }), ...options });

export const runCompany = runOn('company');

/** The bodies MOCO's write requests carried, in order. */
export const bodies = (sim: MocoSimulator) => sim.requests.filter((r) => r.method !== 'GET').map((r) => r.json as IDataObject);

export interface RefusalCase {
	operation: string;
	method: string;
	parameters: INodeParameters;
}

const UNPROCESSABLE: Array<[string, string, string]> = [
	['{"message": ...}', JSON.stringify({ message: 'Der Datensatz ist gesperrt' }), 'Der Datensatz ist gesperrt'],
	['a field map', JSON.stringify({ name: ["can't be blank"], currency: ['is invalid'] }), "name can't be blank; currency is invalid"],
];

const REFUSALS: Array<[number, string, string]> = [
	...UNPROCESSABLE.map(([, body, reason]): [number, string, string] => [422, body, `MOCO could not save the data (422): ${reason}`]),
	[403, JSON.stringify({ message: 'Keine Berechtigung' }), 'MOCO refused access (403): Keine Berechtigung'],
	[404, JSON.stringify({ message: 'Resource not found' }), 'MOCO found no such record (404): Resource not found'],
];

/**
 * MOCO's refusals reach the user in MOCO's words, for every operation of a resource; with
 * Continue On Fail the refused item fails alone.
 */
/** MOCO's refusals of each case, in MOCO's words; `version` is the node version or the run's options. */
export function describeRefusals(resource: string, sim: () => MocoSimulator, cases: RefusalCase[], version: number | Omit<RunOptions, 'parameters' | 'items' | 'continueOnFail'> = {}) {
	const options = typeof version === 'number' ? { typeVersion: version } : version;
	const run = runOn(resource);
	describe(`${resource}: MOCO's refusals in MOCO's words`, () => {
		for (const { operation, method, parameters } of cases) {
			test.each(REFUSALS)(`${operation}: %i %s`, async (status, body, message) => {
				sim().injectFault({ method }, { status, body, headers: { 'content-type': 'application/json' } });

				const result = await run(operation, parameters, options);

				expect(result.error).toMatchObject({ message, httpCode: String(status) });
				expect(sim().requests.filter((r) => r.method === method)).toHaveLength(1);
			});

			test(`${operation}: Continue On Fail, the refused item fails alone`, async () => {
				sim().injectFault({ method }, { status: 422, body: UNPROCESSABLE[1][1] });

				const result = await run(operation, parameters, { ...options, items: [{}, {}], continueOnFail: true });

				expect(sim().requests.filter((r) => r.method === method)).toHaveLength(2);
				expect(result.items).toHaveLength(2);
				expect(result.items[0].json).toEqual({ error: `MOCO could not save the data (422): ${UNPROCESSABLE[1][2]}` });
				expect(result.items[1].json.error).toBeUndefined();
			});
		}
	});
}

/**
 * The refusal cases of a resource nested in a parent record (a project's expenses, schedules, ...):
 * Create, Get, Get Many (in the parent and across all parents), Update and Delete, the record and
 * its parent picked by ID; `more` adds the resource's own operations.
 */
export function nestedRefusalCases(create: INodeParameters, parent: INodeParameters, record: INodeParameters, more: RefusalCase[] = []): RefusalCase[] {
	return [
		{ operation: 'create', method: 'POST', parameters: create },
		{ operation: 'get', method: 'GET', parameters: { ...parent, ...record } },
		{ operation: 'getAll', method: 'GET', parameters: { ...parent, limit: 1 } },
		{ operation: 'getAllAcross', method: 'GET', parameters: { limit: 1 } },
		{ operation: 'update', method: 'PUT', parameters: { ...parent, ...record, updateFields: { title: 'x' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { ...parent, ...record } },
		...more,
	];
}
