import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, pick, runOn } from '../company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runDeal = runOn('deal');
const D = SEED_IDS.deals;
const { angebot: ANGEBOT, kontakt: KONTAKT } = SEED_IDS.dealCategories;
const { anais: ANAIS, juergen: JUERGEN } = SEED_IDS.users;
const C = SEED_IDS.companies;

const required = {
	name: 'Website Seewolf',
	currency: 'EUR',
	money: 25000,
	reminderDate: '2026-02-01',
	userId: pick('id', ANAIS),
	dealCategoryId: pick('id', ANGEBOT),
};
const newest = () => sim().records('deals').at(-1)!;

describe('Deal > Create', () => {
	test('peer lesson 1 (deal:create crashed without a company): the six required fields alone create the deal', async () => {
		const result = await runDeal('create', { ...required, simplify: false });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/deals',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { name: 'Website Seewolf', currency: 'EUR', money: 25000, reminder_date: '2026-02-01', user_id: ANAIS, deal_category_id: ANGEBOT },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/deals/${newest().id as number}`)]);
	});

	test('peer lesson 10 (dates as datetimes): every date goes as YYYY-MM-DD; category by name, contact by work email, company from the list', async () => {
		const result = await runDeal('create', {
			...required,
			reminderDate: '2026-02-01T00:00:00',
			dealCategoryId: pick('name', 'erstkontakt'),
			additionalFields: {
				closedOn: '2026-01-20T00:00:00',
				companyId: pick('list', C.hafenlicht),
				info: 'Über Fenja',
				personId: pick('email', 'fenja.ohlsen@hafenlicht.example'),
				servicePeriodFrom: '2026-03-01T00:00:00',
				servicePeriodTo: '2026-08-31T00:00:00',
				status: 'won',
				tags: ['Web', 'Bestand'],
			},
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/deal_categories',
			'GET /api/v1/deal_categories?page=2',
			'GET /api/v1/contacts/people?term=fenja.ohlsen%40hafenlicht.example',
			'POST /api/v1/deals',
		]);
		expect(bodies(sim())).toEqual([
			{
				name: 'Website Seewolf',
				currency: 'EUR',
				money: 25000,
				reminder_date: '2026-02-01',
				user_id: ANAIS,
				deal_category_id: KONTAKT,
				closed_on: '2026-01-20',
				company_id: C.hafenlicht,
				info: 'Über Fenja',
				person_id: SEED_IDS.contacts.fenja,
				service_period_from: '2026-03-01',
				service_period_to: '2026-08-31',
				status: 'won',
				tags: ['Web', 'Bestand'],
			},
		]);
		expect(result.items[0].json).toEqual({
			id: newest().id,
			name: 'Website Seewolf',
			status: 'won',
			money: 25000,
			currency: 'EUR',
			reminder_date: '2026-02-01',
			closed_on: '2026-01-20',
			user_id: ANAIS,
			company_id: C.hafenlicht,
			person_id: SEED_IDS.contacts.fenja,
			deal_category_id: KONTAKT,
			tags: ['Web', 'Bestand'],
		});
	});

	test('the responsible user by email', async () => {
		await runDeal('create', { ...required, userId: pick('email', 'juergen.mueller@acme.example') });

		expect(bodies(sim())[0].user_id).toBe(JUERGEN);
	});

	test.each([
		[{ servicePeriodFrom: '2026-03-02' }, 'Service Period From must be the first day of a month, like 2026-03-01, not 2026-03-02 (item 0)'],
		[{ servicePeriodTo: '2026-02-28T10:00:00' }, undefined],
		[{ servicePeriodTo: '2028-02-28' }, 'Service Period To must be the last day of a month, like 2028-02-29, not 2028-02-28 (item 0)'],
		[{ servicePeriodTo: '2026-04-30', servicePeriodFrom: '2026-05-01' }, 'Service Period To must not be before Service Period From (2026-05-01), not 2026-04-30 (item 0)'],
	])('the service period is checked to whole months: %j', async (additionalFields, message) => {
		const result = await runDeal('create', { ...required, additionalFields });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toHaveLength(message === undefined ? 1 : 0);
	});

	test.each([
		[{ name: '={{ "" }}' }, 'Name is required to create a deal (item 0)'],
		[{ money: -5 }, 'Value must be a number of at least 0, not -5 (item 0)'],
		[{ reminderDate: '15.08.2026' }, 'Reminder Date must be a date in the form YYYY-MM-DD, not "15.08.2026" (item 0)'],
		[{ dealCategoryId: pick('id', '={{ "abc" }}') }, 'Category ID must be a positive whole number, not "abc" (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await runDeal('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Deal > Get, Update, Delete', () => {
	test('Get by name', async () => {
		const result = await runDeal('get', { dealId: pick('name', 'Messestand 2026'), simplify: false });

		expect(calls(sim())).toEqual(['GET /api/v1/deals', 'GET /api/v1/deals?page=2', `GET /api/v1/deals/${D.messe}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/deals/${D.messe}`)]);
	});

	test('Update: mark it won on a day; nothing else is sent', async () => {
		const result = await runDeal('update', { dealId: pick('id', D.app), updateFields: { status: 'won', closedOn: '2026-01-05' } });

		expect(calls(sim())).toEqual([`PUT /api/v1/deals/${D.app}`]);
		expect(bodies(sim())).toEqual([{ status: 'won', closed_on: '2026-01-05' }]);
		expect(result.items[0].json).toMatchObject({ id: D.app, status: 'won', closed_on: '2026-01-05', money: 35000 });
	});

	test('Update checks the service period too', async () => {
		const result = await runDeal('update', { dealId: pick('id', D.app), updateFields: { servicePeriodFrom: '2026-02-15' } });

		expect(result.error?.message).toBe('Service Period From must be the first day of a month, like 2026-02-01, not 2026-02-15 (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('MOCO’s own check of the service period reaches the user in its words', async () => {
		sim().injectFault({ method: 'PUT' }, { status: 422, body: JSON.stringify({ service_period_to: ['must be the last day of a month'] }) });

		const result = await runDeal('update', { dealId: pick('id', D.app), updateFields: { servicePeriodTo: '2026-02-28' } });

		expect(result.error?.message).toBe('MOCO could not save the data (422): service_period_to must be the last day of a month');
	});

	test('Delete outputs {deleted: true}', async () => {
		const result = await runDeal('delete', { dealId: pick('id', D.podcast) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/deals/${D.podcast}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});
});

describe('Deal > Get Many', () => {
	test('peer lessons 3 and 10: status, tags, closed from/to (as dates) and company reach every page', async () => {
		const filters = { status: 'lost', tags: ['Web'], closedFrom: '2025-01-01T00:00:00', closedTo: '2025-12-31', companyId: pick('name', 'Nordwind Café AG') };

		const result = await runDeal('getAll', { returnAll: true, filters });

		expect(calls(sim())).toEqual([
			'GET /api/v1/companies?term=Nordwind%20Caf%C3%A9%20AG',
			'GET /api/v1/deals?status=lost&tags=Web&closed_from=2025-01-01&closed_to=2025-12-31&company_id=760250002',
		]);
		expect(result.items).toEqual([]);
	});

	test('Return All over two pages: page 2 repeats the filter', async () => {
		const result = await runDeal('getAll', { returnAll: true, filters: { updatedAfter: '2024-01-01T00:00:00Z' } });

		expect(result.items.map((item) => item.json.id)).toEqual([D.relaunch, D.app, D.messe, D.podcast]);
		expect(calls(sim())).toEqual(['GET /api/v1/deals?updated_after=2024-01-01T00%3A00%3A00Z', 'GET /api/v1/deals?updated_after=2024-01-01T00%3A00%3A00Z&page=2']);
	});

	test('closed from, company and status each narrow the list', async () => {
		const closed = await runDeal('getAll', { returnAll: true, filters: { closedFrom: '2025-10-01' } });
		const hafenlicht = await runDeal('getAll', { returnAll: true, filters: { companyId: pick('id', C.hafenlicht) } });
		const pending = await runDeal('getAll', { returnAll: true, filters: { status: 'pending' } });

		expect([closed, hafenlicht, pending].map((result) => result.items.map((item) => item.json.id))).toEqual([[D.messe], [D.relaunch, D.app], [D.app]]);
		expect(sim().requests.map((r) => r.query)).toEqual([{ closed_from: '2025-10-01' }, { company_id: String(C.hafenlicht) }, { status: 'pending' }]);
	});
});

describeRefusals('deal', sim, [
	{ operation: 'create', method: 'POST', parameters: required },
	{ operation: 'update', method: 'PUT', parameters: { dealId: pick('id', D.app), updateFields: { info: 'x' } } },
	{ operation: 'get', method: 'GET', parameters: { dealId: pick('id', D.app) } },
	{ operation: 'delete', method: 'DELETE', parameters: { dealId: pick('id', D.podcast) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(D.app) } } },
]);
