import { Expression, type INodeParameters, type INodeProperties } from 'n8n-workflow';

import { MocoSimulator, interceptMoco } from '../simulator';
import { startVirtualTime } from './clock';
import { moco, runNode } from './run';

const KEY = 'evaluations-key';

/**
 * n8n-core prepares every item before the first request leaves, resolving each parameter's
 * expressions once per top-level property of that name (displayed or not). Counted, not timed,
 * so the figure does not move with the machine's load. The job updates 100 users by ID.
 */
export async function evaluationsPerItem(parameters: INodeParameters, typeVersion: number): Promise<number> {
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
		await runNode({ parameters, items, credentials: { subdomain: 'acme', apiKey: KEY, plan: 'unlimited' }, typeVersion });
		return beforeFirst / items.length;
	} finally {
		prototype.resolveSimpleParameterValue = resolve;
		interception.restore();
	}
}

/**
 * Runs `work` while the node's description holds `count` more resources: copies of the User
 * resource's properties under new resource values (`synthetic1`, ...), as a resource added the
 * way today's are declared would bring the same property names again.
 */
export async function withSyntheticResources<T>(count: number, work: () => Promise<T>): Promise<T> {
	const properties = moco.description.properties;
	const original = [...properties];
	const user = original.filter((property) => (property.displayOptions?.show?.resource as string[] | undefined)?.includes('user'));
	for (let n = 1; n <= count; n++) {
		for (const property of user) {
			const show = { ...property.displayOptions?.show, resource: [`synthetic${n}`] };
			properties.push({ ...property, displayOptions: { ...property.displayOptions, show } } as INodeProperties);
		}
	}
	try {
		return await work();
	} finally {
		properties.splice(0, properties.length, ...original);
	}
}
