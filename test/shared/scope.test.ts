import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

import { mocoOf, requestSummary, runNode, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

const sim = useSimulator();

describe('node version 2: each resource names its own parameters', () => {
	const properties = mocoOf(2).description.properties;

	test('no two resources share a top-level name but Resource, Operation and Request Options', () => {
		const owners = new Map<string, Set<string>>();
		for (const property of properties) {
			for (const resource of property.displayOptions?.show?.resource ?? ['*']) {
				owners.set(property.name, (owners.get(property.name) ?? new Set()).add(String(resource)));
			}
		}
		const shared = [...owners].filter(([, resources]) => resources.size > 1).map(([name]) => name);
		expect(shared.sort()).toEqual(['operation']);
	});

	test('display conditions follow the names: every condition names a property of the version', () => {
		const names = new Set([...properties.map((p) => p.name), '@version']);
		const keys = properties.flatMap((p) => Object.keys({ ...p.displayOptions?.show, ...p.displayOptions?.hide }));
		expect(keys.filter((key) => !names.has(key.replace(/^\//, '')))).toEqual([]);
	});

	test('version 1.1 and 2 send the same request for the same form', async () => {
		const parameters = { resource: 'user', operation: 'update', userId: { __rl: true, mode: 'id', value: String(SEED_IDS.users.zoe) }, updateFields: { firstname: '={{ $json.name }}', tags: ['Remote'] } };
		const requests: Array<ReturnType<typeof requestSummary>> = [];
		for (const typeVersion of [1.1, 2]) {
			const result = await runNode({ parameters, items: [{ name: 'Zoë' }], typeVersion });
			expect(result.error).toBeUndefined();
			expect(result.items.map((item) => item.json.firstname)).toEqual(['Zoë']);
			requests.push(requestSummary(sim().requests.at(-1)!));
		}
		expect(requests[1]).toEqual(requests[0]);
		expect(requests[0]).toMatchObject({ method: 'PUT', url: `/api/v1/users/${SEED_IDS.users.zoe}`, json: { firstname: 'Zoë', tags: ['Remote'] } });
	});
});

test('node code reads parameters by their plain names, through shared/scope.ts only', () => {
	const root = join(__dirname, '..', '..', 'nodes', 'Moco');
	const files = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : []));
	const readers = files(root).filter((file) => !file.endsWith(join('shared', 'scope.ts')) && /\.get(Current)?NodeParameter\(/.test(readFileSync(file, 'utf8')));
	expect(readers.map((file) => file.slice(root.length + 1))).toEqual([]);
});
