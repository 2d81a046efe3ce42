import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { areaNodeOf, areaNodes, fromAI, mocoOf, runAsTool, runNode, useSimulator } from './harness';
import { SEED_IDS } from './simulator';
import { VERSION, operationsOf, ownPicker, resources } from './harness/description';
import { byId, existing } from './harness/walk';

/**
 * One node per MOCO area (MOCO Time, MOCO Projects, ...) in n8n's nodes panel: each is the MOCO
 * node's latest version holding its area's resources, so every test of that version holds for
 * them, and an item costs what its area costs, not what all of MOCO's API costs.
 */
const sim = useSimulator();
/** Their Get needs more than a record (a report's kind, a rate's type, a tagged record's type): both nodes must refuse alike. */
const NEEDS_MORE = ['rate', 'report', 'tagging'];
const moco = mocoOf(VERSION).description;
const ownerOf = (property: INodeProperties) => property.displayOptions?.show?.resource as string[] | undefined;
const heldBy = (name: string) => (areaNodes[name].description.properties[0].options ?? []).map((option) => String((option as { value: string }).value));

describe('the nodes of MOCO’s areas', () => {
	test('every resource of the MOCO node is held by exactly one area node', () => {
		const held = Object.keys(areaNodes).flatMap(heldBy);
		expect([...held].sort()).toEqual([...resources].sort());
		expect(new Set(held).size).toBe(held.length);
		expect(Object.keys(areaNodes)).toEqual(['mocoTime', 'mocoProjects', 'mocoCustomers', 'mocoInvoicing', 'mocoPurchasing', 'mocoStaff', 'mocoAccount']);
	});

	test.each(Object.keys(areaNodes))('%s has the MOCO node’s latest properties for its resources, under the same names', (name) => {
		const own = new Set(heldBy(name));
		const area = areaNodes[name].description;
		const expected = moco.properties.filter((property) => property.name !== 'resource' && (!ownerOf(property) || ownerOf(property)!.some((resource) => own.has(resource))));
		expect(area.properties.slice(1)).toEqual(expected);
		const resource = area.properties[0];
		expect(own.has(String(resource.default))).toBe(true);
		expect(resource).toEqual({ ...moco.properties[0], default: resource.default, options: (moco.properties[0].options ?? []).filter((option) => own.has(String((option as { value: string }).value))) });
	});

	test.each(Object.keys(areaNodes))('%s is described as the MOCO node is, under its own name', (name) => {
		const { displayName, name: typeName, description, defaults, version, properties: _properties, ...rest } = areaNodes[name].description;
		const { hidden, displayName: _d, name: _n, description: _desc, defaults: _defaults, version: mocoVersion, properties: _p, ...mocoRest } = moco;
		expect(hidden).toBe(true);
		expect(rest).toEqual(mocoRest);
		expect([version]).toEqual(mocoVersion);
		expect(rest).toMatchObject({ usableAsTool: true, requestDefaults: { sendCredentialsOnCrossOriginRedirect: false }, credentials: [{ name: 'mocoApi', required: true }] });
		expect(displayName).toMatch(/^MOCO [A-Z]/);
		expect(typeName).toBe(name);
		expect(defaults).toEqual({ name: displayName });
		expect(description.length).toBeGreaterThan(20);
	});

	// The same parameters through n8n-core: what MOCO receives and what comes out are the MOCO node's.
	test.each(resources)('%s: reading records through its area node sends and outputs what the MOCO node does', async (resource) => {
		const { parent, ids } = await existing(sim, resource);
		const own = ownPicker(resource);
		const operation = operationsOf(resource).includes('getAll') ? 'getAll' : 'get';
		const parameters: INodeParameters = {
			resource,
			operation,
			...parent,
			...(operation === 'getAll' ? { returnAll: true } : own ? { [own]: byId(ids[0]) } : {}),
		};
		const outcome = async (nodeType?: string) => {
			sim().clearRequests();
			const result = await runNode({ parameters, typeVersion: VERSION, nodeType });
			const requests = sim().requests.map(({ method, url, headers, body }) => ({ method, url, authorization: headers.authorization, body }));
			return { requests, items: result.items.map((item) => item.json), error: result.error?.message };
		};
		const viaMoco = await outcome();
		const viaArea = await outcome(areaNodeOf(resource));
		if (!NEEDS_MORE.includes(resource)) {
			expect(viaMoco.error).toBeUndefined();
			expect(viaMoco.requests.length).toBeGreaterThan(0);
		}
		expect(viaArea).toEqual(viaMoco);
	});

	test('MOCO Staff as an AI Agent tool moves a user to a team the model names: the same requests as the MOCO node', async () => {
		const parameters: INodeParameters = {
			resource: 'user',
			operation: 'update',
			userId: { __rl: true, mode: 'id', value: String(SEED_IDS.users.zoe) },
			updateFields: { unitId: { __rl: true, mode: 'name', value: fromAI('Team_Name', 'Name of the team to move the user to') } },
		};
		const result = await runAsTool({ parameters, args: { Team_Name: 'Sales' }, nodeType: 'mocoStaff' });

		expect(result.task?.error).toBeUndefined();
		expect(sim().requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /api/v1/units', `PUT /api/v1/users/${SEED_IDS.users.zoe}`]);
		expect(sim().requests[1].json).toEqual({ unit_id: SEED_IDS.units.sales });
		expect(JSON.parse(result.observation)).toEqual([expect.objectContaining({ id: SEED_IDS.users.zoe, email: 'zoe.angstrom@acme.example', unit_id: SEED_IDS.units.sales, unit_name: 'Sales' })]);
	});
});
