import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { bodies, describeRefusals, pick, runCompany } from './fixtures';

const sim = useSimulator();
const { hafenlicht: HAFENLICHT, druckerei: DRUCKEREI, nordwind: NORDWIND, verband: VERBAND } = SEED_IDS.companies;

describe('Company > Update', () => {
	test('sends only the field set; MOCO keeps everything else', async () => {
		const before = mocoGet(sim(), `/companies/${HAFENLICHT}`);

		const result = await runCompany('update', { companyId: pick('id', HAFENLICHT), updateFields: { phone: '+49 40 555 10 99' }, simplify: false });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`PUT /api/v1/companies/${HAFENLICHT}`]);
		expect(bodies(sim())).toEqual([{ phone: '+49 40 555 10 99' }]);
		expect(result.items[0].json).toEqual({ ...before, phone: '+49 40 555 10 99', updated_at: result.items[0].json.updated_at });
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/companies/${HAFENLICHT}`));
	});

	test('the company picked by name; VAT ID and responsible person by email are sent (peer lesson 6)', async () => {
		const result = await runCompany('update', {
			companyId: pick('name', 'hafenlicht reederei gmbh'),
			updateFields: { vatIdentifier: 'DE111111111', userId: pick('email', 'anais.dubois@acme.example') },
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/companies?term=hafenlicht%20reederei%20gmbh',
			'GET /api/v1/users?email=anais.dubois%40acme.example&include_archived=true',
			`PUT /api/v1/companies/${HAFENLICHT}`,
		]);
		expect(bodies(sim())).toEqual([{ vat_identifier: 'DE111111111', user_id: SEED_IDS.users.anais }]);
	});

	test('a type-specific field is sent when the update names no type, held back when it names the other type', async () => {
		await runCompany('update', { companyId: pick('id', DRUCKEREI), updateFields: { iban: 'DE89370400440532013000' } });
		await runCompany('update', { companyId: pick('id', NORDWIND), updateFields: { type: 'customer', iban: 'DE89370400440532013000', debitNumber: 10002 } });

		expect(bodies(sim())).toEqual([{ iban: 'DE89370400440532013000' }, { type: 'customer', debit_number: 10002 }]);
	});

	test('peer lesson 4: custom properties travel as an object MOCO merges, tags as a list', async () => {
		await runCompany('update', {
			companyId: pick('list', NORDWIND),
			updateFields: { customProperties: { property: [{ name: 'Größe', value: '50' }] }, tags: ['Gastronomie', 'Zürich'] },
		});

		expect(bodies(sim())).toEqual([{ custom_properties: { Größe: '50' }, tags: ['Gastronomie', 'Zürich'] }]);
		expect(mocoGet(sim(), `/companies/${NORDWIND}`)).toMatchObject({ custom_properties: { Branche: 'Gastronomie', Größe: '50' } });
	});

	test('peer lessons 4 and 5: a boolean switched off is sent as JSON false, alone; name, type and currency are not asked again', async () => {
		const result = await runCompany('update', { companyId: pick('id', NORDWIND), updateFields: { alternativeCorrespondenceLanguage: false } });

		expect(result.error).toBeUndefined();
		expect(sim().requests[0].body).toBe('{"alternative_correspondence_language":false}');
	});

	test('an empty update is refused before any request', async () => {
		const result = await runCompany('update', { companyId: pick('id', VERBAND), updateFields: {} });

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('an unknown company name: the closest names, no PUT', async () => {
		const result = await runCompany('update', { companyId: pick('name', 'Hafenlicht'), updateFields: { phone: '1' } });

		expect(result.error?.message).toMatch(/Hafenlicht Reederei GmbH/);
		expect(sim().requests.filter((r) => r.method === 'PUT')).toEqual([]);
	});
});

describeRefusals('company', sim, [
	{ operation: 'create', method: 'POST', parameters: { name: 'Seewolf', type: 'customer', currency: 'EUR' } },
	{ operation: 'update', method: 'PUT', parameters: { companyId: pick('id', VERBAND), updateFields: { phone: '1' } } },
	{ operation: 'archive', method: 'PUT', parameters: { companyId: pick('id', VERBAND) } },
	{ operation: 'unarchive', method: 'PUT', parameters: { companyId: pick('id', VERBAND) } },
	{ operation: 'get', method: 'GET', parameters: { companyId: pick('id', VERBAND) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(VERBAND) } } },
]);
