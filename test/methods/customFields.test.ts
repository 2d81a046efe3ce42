import type { INodeProperties } from 'n8n-workflow';

import { loadOptions, pick, requestLines, requestSummary, runNode, useSimulator } from '../harness';
import { propertiesOf, resources, VERSION } from '../harness/description';
import { mocoOf } from '../harness/run';
import { SEED_IDS } from '../simulator';

const sim = useSimulator();
const RELAUNCH = SEED_IDS.projects.relaunch;

/** Every property below a top-level one: collection options and fixedCollection rows. */
function nested(property: INodeProperties): INodeProperties[] {
	const children = (property.options ?? []).flatMap((option) => ('values' in option ? option.values : 'type' in option ? [option as INodeProperties] : []));
	return [property, ...children.flatMap(nested)];
}
const everyProperty = resources.flatMap((resource) => propertiesOf(resource).flatMap(nested).map((property) => ({ resource, property })));
const customPropertyNames = everyProperty.filter(({ property }) => property.name === 'customProperties').map(({ resource, property }) => ({ resource, name: nested(property).find((p) => p.name === 'name') as INodeProperties }));

describe('Custom Properties: the name comes from the account’s custom fields of the record type', () => {
	test('getProjectCustomFields asks MOCO for the project fields only and lists them by name, sorted, the name as value', async () => {
		sim().add('custom_properties', { name: 'Abrechnungsart', kind: 'Select', entity: 'Project', defaults: ['Stunden', 'Pauschal'] });
		sim().add('custom_properties', { name: 'Eintrittsdatum', kind: 'Date', entity: 'User' });

		const options = await loadOptions('getProjectCustomFields', { resource: 'project', operation: 'update' });

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/custom_properties?entity=Project']);
		expect(requestSummary(sim().requests[0])).toMatchObject({ host: 'acme.mocoapp.com', authorization: 'Token token=test-key' });
		expect(options).toEqual([
			{ name: 'Abrechnungsart', value: 'Abrechnungsart', description: 'Select field' },
			{ name: 'Kostenstelle', value: 'Kostenstelle', description: 'String field' },
		]);
	});

	test.each([
		['getCompanyCustomFields', 'Company', ['Branche']],
		['getInvoiceCustomFields', 'Invoice', ['PO-Nummer']],
		['getOfferCustomFields', 'Offer', []],
	])('%s filters by entity=%s', async (method, entity, names) => {
		const options = await loadOptions(method);

		expect(requestLines(sim())).toEqual([`GET /api/v1/account/custom_properties?entity=${entity}`]);
		expect(options.map((option) => option.value)).toEqual(names);
	});

	test('every Custom Properties form offers the fields of its own record type through a registered method', () => {
		const methods = mocoOf(VERSION).methods?.loadOptions ?? {};
		const byResource = Object.fromEntries(customPropertyNames.map(({ resource, name }) => [resource, name.typeOptions?.loadOptionsMethod]));

		expect(byResource).toEqual({
			company: 'getCompanyCustomFields',
			contact: 'getContactCustomFields',
			deal: 'getDealCustomFields',
			invoice: 'getInvoiceCustomFields',
			offer: 'getOfferCustomFields',
			plannedPurchase: 'getPlannedPurchaseCustomFields',
			project: 'getProjectCustomFields',
			projectExpense: 'getExpenseCustomFields',
			purchase: 'getPurchaseCustomFields',
			// The expenses it books carry the same custom fields.
			recurringExpense: 'getExpenseCustomFields',
			team: 'getUnitCustomFields',
			user: 'getUserCustomFields',
		});
		for (const { name } of customPropertyNames) {
			expect(name).toMatchObject({ type: 'options', default: '' });
			expect(name.description).toContain('expression');
		}
		// A dropdown whose method the node lacks stays empty in the editor: none may be missing.
		const inVersion1 = mocoOf(1.1).description.properties.flatMap(nested);
		const named = [...everyProperty.map(({ property }) => property), ...inVersion1]
			.map((property) => property.typeOptions?.loadOptionsMethod)
			.filter((method): method is string => typeof method === 'string');
		expect(named.filter((method) => !(method in methods))).toEqual([]);
		expect(new Set(named)).toEqual(new Set([...customPropertyNames.map(({ name }) => name.typeOptions?.loadOptionsMethod), 'getPurchaseCategories', 'getPurchaseVatCodes', 'getTeams', 'getRoles']));
	});

	test.each([
		['picked from the list', 'Kostenstelle'],
		['a name not in the list, stored as typed', 'Neues Feld'],
		['a name from an expression', '={{ "Neues " + "Feld" }}'],
	])('Project > Update with a custom property %s sends exactly that name and value, no list request', async (_how, name) => {
		const result = await runNode({
			typeVersion: VERSION,
			parameters: { resource: 'project', operation: 'update', projectId: pick.id(RELAUNCH), updateFields: { customProperties: { property: [{ name, value: 'KST-4711' }] } } },
		});

		expect(result.error).toBeUndefined();
		const sent = name.startsWith('=') ? 'Neues Feld' : name;
		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'PUT', url: `/api/v1/projects/${RELAUNCH}`, json: { custom_properties: { [sent]: 'KST-4711' } } }),
		]);
	});
});
