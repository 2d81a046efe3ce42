import type { INodeParameters } from 'n8n-workflow';

import { areaNodeOf, loadOptions, mocoGet, requestLines, runNode, useSimulator } from '../harness';
import { pick } from '../customers/company/fixtures';
import { SEED_IDS } from '../simulator';

/**
 * Contacts, deals and teams carry MOCO's custom fields (`custom_properties` in MOCO's description of
 * their create, update and list), as companies and projects do: written as `{ "Name": "value" }`,
 * merged by MOCO with the ones not sent, and a list filter. Run through the area node a user adds.
 */
const sim = useSimulator();

const CASES = [
	{
		resource: 'contact',
		path: '/contacts/people',
		entity: 'Contact',
		record: SEED_IDS.contacts.fenja,
		required: { lastname: 'Brandt', gender: 'F' },
		body: { lastname: 'Brandt', gender: 'F' },
	},
	{
		resource: 'deal',
		path: '/deals',
		entity: 'Deal',
		record: SEED_IDS.deals.relaunch,
		required: { name: 'Messe 2027', currency: 'EUR', money: 8000, reminderDate: '2027-01-15', userId: pick('id', SEED_IDS.users.anais), dealCategoryId: pick('id', SEED_IDS.dealCategories.kontakt) },
		body: { name: 'Messe 2027', currency: 'EUR', money: 8000, reminder_date: '2027-01-15', user_id: SEED_IDS.users.anais, deal_category_id: SEED_IDS.dealCategories.kontakt },
	},
	{ resource: 'team', path: '/units', entity: 'Unit', record: SEED_IDS.units.sales, required: { name: 'Partner' }, body: { name: 'Partner' } },
] as const;

const properties = (values: Record<string, string>) => ({ property: Object.entries(values).map(([name, value]) => ({ name, value })) });
const run = (resource: string, operation: string, parameters: INodeParameters) =>
	runNode({ nodeType: areaNodeOf(resource), parameters: { resource, operation, ...parameters } });

describe.each(CASES)('$resource: Custom Properties', ({ resource, path, entity, record, required, body }) => {
	const locator = { [`${resource}Id`]: pick('id', record) };

	test('Create sends them with the required fields, and the created record carries them', async () => {
		const result = await run(resource, 'create', { ...required, simplify: false, additionalFields: { customProperties: properties({ Quelle: 'Messe', Region: 'Nord' }) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`POST /api/v1${path}`]);
		expect(sim().requests[0].json).toEqual({ ...body, custom_properties: { Quelle: 'Messe', Region: 'Nord' } });
		expect(result.items[0].json.custom_properties).toEqual({ Quelle: 'Messe', Region: 'Nord' });
	});

	test('Update with only them sends only them; MOCO keeps the fields not sent', async () => {
		await run(resource, 'update', { ...locator, updateFields: { customProperties: properties({ Quelle: 'Messe', Region: 'Nord' }) } });
		sim().requests.length = 0;

		const result = await run(resource, 'update', { ...locator, updateFields: { customProperties: properties({ Region: 'Süd' }) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`PUT /api/v1${path}/${record}`]);
		expect(sim().requests[0].json).toEqual({ custom_properties: { Region: 'Süd' } });
		expect(mocoGet(sim(), `${path}/${record}`).custom_properties).toEqual({ Quelle: 'Messe', Region: 'Süd' });
	});

	test('Get Many filters by them, with Return All too, as custom_properties[Name]=value', async () => {
		await run(resource, 'update', { ...locator, updateFields: { customProperties: properties({ Region: 'Nord' }) } });
		sim().requests.length = 0;

		const result = await run(resource, 'getAll', { returnAll: true, filters: { customProperties: properties({ Region: 'Nord' }) } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`GET /api/v1${path}?custom_properties%5BRegion%5D=Nord`]);
		expect(result.items.map((item) => item.json.id)).toEqual([record]);
	});

	test(`the Name dropdown lists the account's ${entity} fields`, async () => {
		sim().add('custom_properties', { name: 'Region', kind: 'String', entity });

		const options = await loadOptions(`get${entity}CustomFields`, { resource, operation: 'update' });

		expect(requestLines(sim())).toEqual([`GET /api/v1/account/custom_properties?entity=${entity}`]);
		expect(options).toEqual([{ name: 'Region', value: 'Region', description: 'String field' }]);
	});
});
