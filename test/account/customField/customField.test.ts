import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator();
const C = SEED_IDS.customProperties;
const runs = runOn('customField');
const run = (operation: string, parameters = {}) => runs(operation, parameters, { typeVersion: VERSION });
const newest = () => sim().records('custom_properties').at(-1)!.id;
const required = { name: 'Kampagne', kind: 'Select', entity: 'Offer' };

describe('Custom Field', () => {
	test('Create with choices and flags: the exact request, MOCO’s definition out', async () => {
		const result = await run('create', { ...required, additionalFields: { defaults: ['Frühling', ' Herbst '], printOnOffer: true, placeholder: 'Kampagne wählen' } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/account/custom_properties', authorization: 'Token token=test-key', contentType: 'application/json',
				json: { name: 'Kampagne', kind: 'Select', entity: 'Offer', defaults: ['Frühling', 'Herbst'], print_on_offer: true, placeholder: 'Kampagne wählen' },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/custom_properties/${newest()}`)]);
	});

	test.each([
		[{ kind: '={{ "" }}' }, 'Kind is required to create a custom field (item 0)'],
		[{ entity: '={{ " " }}' }, 'Record Type is required to create a custom field (item 0)'],
		[{ additionalFields: { defaults: '={{ [{ a: 1 }] }}' } }, 'Choices must each be text: tag 1 is an object. Give every tag as text, one per row (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a name the record type has already: MOCO’s 422 in its words', async () => {
		const result = await run('create', { name: 'branche', kind: 'String', entity: 'Company' });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): name has already been taken', httpCode: '422' });
	});

	test('Get Many for one record type; Get by name', async () => {
		const list = await run('getAll', { returnAll: true, filters: { entity: 'Invoice' } });
		const got = await run('get', { customFieldId: pick.by('name', 'Kostenstelle') });

		expect(requestLines(sim())).toEqual(['GET /api/v1/account/custom_properties?entity=Invoice', 'GET /api/v1/account/custom_properties', `GET /api/v1/account/custom_properties/${C.kostenstelle}`]);
		expect(list.items.map((item) => item.json.id)).toEqual([C.poNummer]);
		expect(got.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/custom_properties/${C.kostenstelle}`)]);
	});

	test('Update sends only what is set (kind and record type are not offered); Delete', async () => {
		const updated = await run('update', { customFieldId: pick.id(C.branche), updateFields: { defaults: ['Gastronomie', 'Logistik', 'Verlag', 'Handel'] } });
		const deleted = await run('delete', { customFieldId: pick.id(C.kostenstelle) });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/account/custom_properties/${C.branche}`, `DELETE /api/v1/account/custom_properties/${C.kostenstelle}`]);
		expect(bodies(sim())).toEqual([{ defaults: ['Gastronomie', 'Logistik', 'Verlag', 'Handel'] }, undefined]);
		expect(updated.items[0].json).toMatchObject({ id: C.branche, kind: 'Select', entity: 'Company', defaults: ['Gastronomie', 'Logistik', 'Verlag', 'Handel'] });
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('From list: name and record type', async () => {
		const found = await listSearch('searchCustomFields', 'nummer', undefined, undefined, { resource: 'customField', operation: 'get' });

		expect(found.results).toEqual([{ name: 'PO-Nummer (Invoice)', value: String(C.poNummer) }]);
	});
});

describeRefusals(
	'customField',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: required },
		{ operation: 'get', method: 'GET', parameters: { customFieldId: pick.id(C.branche) } },
		{ operation: 'update', method: 'PUT', parameters: { customFieldId: pick.id(C.branche), updateFields: { apiOnly: true } } },
		{ operation: 'delete', method: 'DELETE', parameters: { customFieldId: pick.id(C.branche) } },
	],
	VERSION,
);
