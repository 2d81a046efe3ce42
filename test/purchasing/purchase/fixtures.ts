import type { INodeParameters } from 'n8n-workflow';

import { runNode, type RunOptions, type RunResult } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';

export const P = SEED_IDS.purchases;
export const C = SEED_IDS.companies;
export const K = SEED_IDS.purchaseCategories;
export const V = SEED_IDS.vatCodePurchases;

/** Runs one operation of a purchasing resource in the newest node version (the only one these resources will have). */
export const runNew =
	(resource: string) =>
	(operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}): Promise<RunResult> =>
		runNode({ parameters: { resource, operation, ...parameters }, typeVersion: VERSION, ...options });
