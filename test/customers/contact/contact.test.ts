import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, pick, runOn } from '../company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runContact = runOn('contact');
const K = SEED_IDS.contacts;
const C = SEED_IDS.companies;

const newest = () => sim().records('contacts').at(-1)!;

describe('Contact > Create', () => {
	test('last name and gender only: the exact request, MOCO’s record simplified', async () => {
		const result = await runContact('create', { lastname: 'Petersen', gender: 'F' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/contacts/people',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { lastname: 'Petersen', gender: 'F' },
			},
		]);
		const id = newest().id as number;
		expect(result.items.map((item) => item.json)).toEqual([
			{ id, firstname: '', lastname: 'Petersen', gender: 'F', company_id: null, job_position: '', work_email: '', work_phone: '', mobile_phone: '', tags: [] },
		]);
	});

	test('peer lesson 9 (gender "W"): the form offers F, M and U only, and Create requires it', async () => {
		const { Moco } = await import('../../../nodes/Moco/Moco.node');
		const gender = new Moco().getNodeType(1.1).description.properties.find((p) => p.name === 'gender' && p.displayOptions?.show?.resource?.[0] === 'contact');

		expect(gender).toMatchObject({ required: true, type: 'options' });
		expect(gender?.options?.map((option) => (option as { value: string }).value)).toEqual(['F', 'M', 'U']);

		const result = await runContact('create', { lastname: 'Petersen', gender: 'W' });
		expect(result.error?.message).toBe('Gender must be one of F, M, U, not "W" (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('peer lesson 9 and 10: every field, the company by name, the responsible user by email, the birthday as YYYY-MM-DD', async () => {
		const result = await runContact(
			'create',
			{
				lastname: 'Petersen',
				gender: 'M',
				additionalFields: {
					birthday: '1988-04-30T00:00:00',
					companyId: pick('name', 'Nordwind Café AG'),
					firstname: 'Jens',
					homeAddress: 'Dorfstr. 1',
					homeEmail: 'jens@privat.example',
					info: 'Messe 2025',
					jobPosition: 'Einkauf',
					mobilePhone: '+49 171 1',
					tags: ['Messe'],
					title: 'Prof.',
					userId: pick('email', 'anais.dubois@acme.example'),
					workAddress: 'Limmatquai 3, Zürich',
					workEmail: 'jens@nordwind.example',
					workFax: '+41 44 2',
					workPhone: '+41 44 1',
				},
			},
			{ items: [{}, {}] },
		);

		expect(result.error).toBeUndefined();
		// Names and emails are looked up once per run, for every item.
		expect(calls(sim())).toEqual([
			'GET /api/v1/companies?term=Nordwind%20Caf%C3%A9%20AG',
			'GET /api/v1/users?email=anais.dubois%40acme.example&include_archived=true',
			'POST /api/v1/contacts/people',
			'POST /api/v1/contacts/people',
		]);
		expect(bodies(sim())[0]).toEqual({
			lastname: 'Petersen',
			gender: 'M',
			firstname: 'Jens',
			birthday: '1988-04-30',
			company_id: C.nordwind,
			home_address: 'Dorfstr. 1',
			home_email: 'jens@privat.example',
			info: 'Messe 2025',
			job_position: 'Einkauf',
			mobile_phone: '+49 171 1',
			user_id: SEED_IDS.users.anais,
			tags: ['Messe'],
			title: 'Prof.',
			work_address: 'Limmatquai 3, Zürich',
			work_email: 'jens@nordwind.example',
			work_fax: '+41 44 2',
			work_phone: '+41 44 1',
		});
		expect(mocoGet(sim(), `/contacts/people/${newest().id as number}`)).toMatchObject({ birthday: '1988-04-30', company: { id: C.nordwind } });
	});

	test('a birthday from an expression’s date-time is cut to its date, never shifted', async () => {
		await runContact('create', { lastname: 'Petersen', gender: 'U', additionalFields: { birthday: '={{ DateTime.fromISO("1990-01-01T00:30:00", { zone: "Europe/Berlin" }) }}' } });

		expect(bodies(sim())).toEqual([{ lastname: 'Petersen', gender: 'U', birthday: '1990-01-01' }]);
	});

	test('a sign-up list with one bad gender: with Continue On Fail only that item fails, the others are created', async () => {
		const result = await runContact(
			'create',
			{ lastname: '={{ $json.lastname }}', gender: '={{ $json.gender }}' },
			{ items: [{ lastname: 'Ahrens', gender: 'F' }, { lastname: 'Brandt', gender: 'W' }, { lastname: 'Claßen', gender: 'M' }], continueOnFail: true },
		);

		expect(bodies(sim())).toEqual([
			{ lastname: 'Ahrens', gender: 'F' },
			{ lastname: 'Claßen', gender: 'M' },
		]);
		expect(result.items.map((item) => item.json.error ?? item.json.lastname)).toEqual(['Ahrens', 'Gender must be one of F, M, U, not "W" (item 1)', 'Claßen']);
	});

	test('bad input names field and item; nothing is sent', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ lastname: '={{ "" }}' }, 'Last Name is required to create a contact (item 0)'],
			[{ additionalFields: { birthday: '1990-02-30' } }, 'Birthday must be a date in the form YYYY-MM-DD, not "1990-02-30" (item 0)'],
			[{ additionalFields: { workEmail: 'jens' } }, 'Work Email must be an email address like name@example.com, not "jens" (item 0)'],
		];
		for (const [parameters, message] of cases) {
			const result = await runContact('create', { lastname: 'Petersen', gender: 'U', ...parameters });
			expect(result.error?.message).toBe(message);
		}
		expect(sim().requests).toEqual([]);
	});
});

describe('Contact > Get, Update, Delete', () => {
	test('Get by work email: one look-up, then the record in full', async () => {
		const result = await runContact('get', { contactId: pick('email', 'fenja.ohlsen@hafenlicht.example'), simplify: false });

		expect(calls(sim())).toEqual(['GET /api/v1/contacts/people?term=fenja.ohlsen%40hafenlicht.example', `GET /api/v1/contacts/people/${K.fenja}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/contacts/people/${K.fenja}`)]);
	});

	test('Update sends only the fields set (a new company picked from the list)', async () => {
		const result = await runContact('update', { contactId: pick('id', K.hanne), updateFields: { companyId: pick('list', C.verband), jobPosition: 'Vorstand' } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`PUT /api/v1/contacts/people/${K.hanne}`]);
		expect(bodies(sim())).toEqual([{ company_id: C.verband, job_position: 'Vorstand' }]);
		expect(result.items[0].json).toMatchObject({ id: K.hanne, company_id: C.verband, job_position: 'Vorstand', gender: 'U' });
	});

	test('Update of the gender alone', async () => {
		await runContact('update', { contactId: pick('id', K.hanne), updateFields: { gender: 'F' } });

		expect(bodies(sim())).toEqual([{ gender: 'F' }]);
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await runContact('delete', { contactId: pick('id', K.luca) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/contacts/people/${K.luca}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('an unknown work email: a clear error, no PUT', async () => {
		const result = await runContact('update', { contactId: pick('email', 'niemand@example.com'), updateFields: { title: 'Dr.' } });

		expect(result.error?.message).toMatch(/niemand@example\.com/);
		expect(sim().requests.map((r) => r.method)).toEqual(['GET']);
	});
});

describe('Contact > Get Many', () => {
	test('phone reverse lookup: who is calling?', async () => {
		const result = await runContact('getAll', { returnAll: true, filters: { phone: '+41 79 826 11 22' } });

		expect(sim().requests.map((r) => r.query)).toEqual([{ phone: '+41 79 826 11 22' }]);
		expect(result.items.map((item) => item.json.id)).toEqual([K.luca]);
	});

	test('peer lesson 3: tags, term, IDs and updated after reach every page with Return All', async () => {
		const result = await runContact('getAll', {
			returnAll: true,
			filters: { tags: ['Entscheiderin', 'Weihnachtskarte'], term: 'e', ids: `${K.fenja},${K.luca},${K.hanne}`, updatedAfter: '2024-01-01T00:00:00Z' },
		});

		const query = { tags: 'Entscheiderin,Weihnachtskarte', term: 'e', ids: `${K.fenja},${K.luca},${K.hanne}`, updated_after: '2024-01-01T00:00:00Z' };
		expect(result.items.map((item) => item.json.id)).toEqual([K.fenja, K.luca]);
		expect(sim().requests.map((r) => r.query)).toEqual([query]);
	});

	test('Return All over two pages repeats the filter on page 2', async () => {
		const result = await runContact('getAll', { returnAll: true, filters: { term: 'e' } });

		expect(result.items.map((item) => item.json.id)).toEqual([K.fenja, K.luca, K.hanne]);
		expect(calls(sim())).toEqual(['GET /api/v1/contacts/people?term=e', 'GET /api/v1/contacts/people?term=e&page=2']);
	});
});

describeRefusals('contact', sim, [
	{ operation: 'create', method: 'POST', parameters: { lastname: 'Petersen', gender: 'U' } },
	{ operation: 'update', method: 'PUT', parameters: { contactId: pick('id', K.hanne), updateFields: { title: 'Dr.' } } },
	{ operation: 'get', method: 'GET', parameters: { contactId: pick('id', K.hanne) } },
	{ operation: 'delete', method: 'DELETE', parameters: { contactId: pick('id', K.hanne) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(K.hanne) } } },
]);
