import type { INodePropertyOptions } from 'n8n-workflow';

import { areaNodes, evaluationsPerItem, mocoOf, withSyntheticResources } from '../harness';

// User > Update by expression, as BENCHMARKS.md counts it: n8n-core resolves a parameter's
// expressions once per top-level property of that name, so a resource that shared the names
// (updateFields, userId, ...) would make every item of every workflow dearer.
const byId = { __rl: true, mode: 'id', value: '={{ $json.id }}' };
const version1 = { resource: 'user', operation: 'update', userId: byId, firstname: '={{ $json.firstname }}' };
const latest = { resource: 'user', operation: 'update', userId: byId, updateFields: { firstname: '={{ $json.firstname }}' } };

const resourcesOf = (version: number) =>
	((mocoOf(version).description.properties.find((p) => p.name === 'resource')?.options ?? []) as INodePropertyOptions[]).map((o) => o.value);

describe('evaluations per item', () => {
	it('node version 1 stays at 18 for User > Update by expression', async () => {
		expect(await evaluationsPerItem(version1, 1)).toBe(18);
	});

	it('the latest version (2) stays within 20', async () => {
		expect(await evaluationsPerItem(latest, 2)).toBeLessThanOrEqual(20);
	});

	it('the latest version does not grow when a resource is added', async () => {
		const today = await evaluationsPerItem(latest, 2);
		const withMore = await withSyntheticResources(3, async () => await evaluationsPerItem(latest, 2));
		expect(withMore).toBe(today);
	});

	it('counts what a resource declared with shared names adds (the measure can see growth)', async () => {
		const today = await evaluationsPerItem(latest, 1.1);
		const withOneMore = await withSyntheticResources(1, async () => await evaluationsPerItem(latest, 1.1), 1.1);
		expect(withOneMore).toBeGreaterThan(today);
	});

	it('versions 1 and 1.1 keep the resources they had: new ones join version 2 only', () => {
		const frozen = resourcesOf(1.1);
		expect(frozen).toHaveLength(22);
		expect(resourcesOf(1)).toEqual(frozen);
		expect(resourcesOf(2)).toEqual(expect.arrayContaining(frozen));
	});
});

// n8n-core also walks every top-level property of a node twice per item, displayed or not: that
// time grows with the node, not the job (BENCHMARKS.md). New workflows get a node per MOCO area.
describe('the walk per item', () => {
	it('MOCO Staff evaluates User > Update as the MOCO node version 2 does', async () => {
		expect(await evaluationsPerItem(latest, 2, 'mocoStaff')).toBe(await evaluationsPerItem(latest, 2));
	});

	it('no area node has more than 150 top-level properties (the largest, 119, ran at 0.84 of a plain loop in BENCHMARKS.md)', () => {
		const counts = Object.fromEntries(Object.entries(areaNodes).map(([name, node]) => [name, node.description.properties.length]));
		for (const count of Object.values(counts)) expect(count).toBeLessThanOrEqual(150);
		expect(mocoOf(2).description.properties.length).toBeGreaterThan(500);
	});
});
