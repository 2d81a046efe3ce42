import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { pick, runCompany } from './fixtures';

const sim = useSimulator();
const { hafenlicht: HAFENLICHT, verband: VERBAND } = SEED_IDS.companies;

describe('Company > Get, Archive, Unarchive, Delete', () => {
	test('Get: MOCO’s record, in full without Simplify', async () => {
		const result = await runCompany('get', { companyId: pick('id', HAFENLICHT), simplify: false });

		expect(calls(sim())).toEqual([`GET /api/v1/companies/${HAFENLICHT}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/companies/${HAFENLICHT}`)]);
	});

	test('Get by name, simplified', async () => {
		const result = await runCompany('get', { companyId: pick('name', 'Verband Digitaler Agenturen e.V.') });

		expect(calls(sim())).toEqual(['GET /api/v1/companies?term=Verband%20Digitaler%20Agenturen%20e.V.', `GET /api/v1/companies/${VERBAND}`]);
		expect(result.items.map((item) => item.json)).toEqual([
			{ id: VERBAND, name: 'Verband Digitaler Agenturen e.V.', type: 'organization', identifier: '', email: '', phone: '', website: '', user_id: SEED_IDS.users.juergen, tags: ['Netzwerk'], active: true },
		]);
	});

	test('Archive, then Unarchive: PUT with no body, the record as MOCO answers', async () => {
		const archived = await runCompany('archive', { companyId: pick('id', VERBAND), simplify: false });
		const unarchived = await runCompany('unarchive', { companyId: pick('list', VERBAND) });

		expect(calls(sim())).toEqual([`PUT /api/v1/companies/${VERBAND}/archive`, `PUT /api/v1/companies/${VERBAND}/unarchive`]);
		expect(sim().requests.map((r) => r.body)).toEqual(['', '']);
		expect(archived.items[0].json).toMatchObject({ id: VERBAND, active: false, archived_on: sim().today() });
		expect(unarchived.items.map((item) => item.json)).toEqual([expect.objectContaining({ id: VERBAND, active: true })]);
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await runCompany('delete', { companyId: pick('id', VERBAND) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/companies/${VERBAND}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('companies', VERBAND)).toBeUndefined();
	});

	test('Delete of a company with projects: MOCO’s refusal in its words', async () => {
		const result = await runCompany('delete', { companyId: pick('id', HAFENLICHT) });

		expect(result.error?.message).toBe('MOCO could not save the data (422): The company cannot be deleted because it has projects.');
	});

	test.each(['abc', '5/../x'])('a bad company ID %s sends nothing', async (id) => {
		const result = await runCompany('delete', { companyId: pick('id', `={{ ${JSON.stringify(id)} }}`) });

		expect(result.error?.message).toBe(`Company ID must be a positive whole number, not ${JSON.stringify(id)} (item 0)`);
		expect(sim().requests).toEqual([]);
	});
});
