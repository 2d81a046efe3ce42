import { Expression, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { MocoSimulator, interceptMoco } from '../simulator';
import { startVirtualTime } from './clock';
import { SCOPED_SINCE, scopeProperties } from '../../nodes/Moco/shared/scope';
import { mocoOf, mocoV1, runNode } from './run';

const KEY = 'evaluations-key';

/**
 * n8n-core prepares every item before the first request leaves, resolving each parameter's
 * expressions once per top-level property of that name (displayed or not). Counted, not timed,
 * so the figure does not move with the machine's load. The job updates 100 users by ID.
 */
export async function evaluationsPerItem(parameters: INodeParameters, typeVersion: number, nodeType?: string): Promise<number> {
	const prototype = Expression.prototype as unknown as { resolveSimpleParameterValue: (...args: unknown[]) => unknown };
	const resolve = prototype.resolveSimpleParameterValue;
	let evaluations = 0;
	let beforeFirst = -1;
	prototype.resolveSimpleParameterValue = function (this: unknown, ...args: unknown[]) {
		evaluations++;
		return resolve.apply(this, args);
	};
	startVirtualTime();
	const sim = new MocoSimulator({ apiKeys: { [KEY]: 'full' }, seed: false });
	const interception = interceptMoco(sim);
	const handle = sim.handle.bind(sim);
	sim.handle = (input) => {
		if (beforeFirst < 0) beforeFirst = evaluations;
		return handle(input);
	};
	try {
		const items = sim.addUsers(100).map((user, i) => ({ id: user.id, firstname: `Counted ${i}` }));
		await runNode({ parameters, items, credentials: { subdomain: 'acme', apiKey: KEY, plan: 'unlimited' }, typeVersion, nodeType });
		return beforeFirst / items.length;
	} finally {
		prototype.resolveSimpleParameterValue = resolve;
		interception.restore();
	}
}

/**
 * Runs `work` while the node's description in `version` holds `count` more resources, each a copy
 * of the User resource's properties under a new resource value (`synthetic1`, ...) with the names
 * a resource declared the way today's are brings (`updateFields`, `userId`, ...), laid out as the
 * node lays out that version: version 1.1 as is, version 2 scoped per resource.
 */
export async function withSyntheticResources<T>(count: number, work: () => Promise<T>, version = 2): Promise<T> {
	const properties = mocoOf(version).description.properties;
	const original = [...properties];
	const user = mocoV1.description.properties.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes('user'));
	for (let n = 1; n <= count; n++) {
		const copies = user.map((property) => {
			const show = { ...property.displayOptions?.show, resource: [`synthetic${n}`] };
			return { ...property, displayOptions: { ...property.displayOptions, show } } as INodeProperties;
		});
		properties.push(...(version < SCOPED_SINCE ? copies : scopeProperties(copies)));
	}
	try {
		return await work();
	} finally {
		properties.splice(0, properties.length, ...original);
	}
}
