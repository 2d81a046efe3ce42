import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, requestSummary, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { PROJECT_GROUP_IDS } from '../../simulator/resources/projects';
import { calls } from '../../staff/user/fixtures';
import { pick, runProject, simplified } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const U = SEED_IDS.users;
const C = SEED_IDS.companies;

const REQUIRED: INodeParameters = {
	name: 'Kampagne Frühjahr',
	currency: 'EUR',
	startDate: '2026-02-01T00:00:00',
	finishDate: '2026-06-30T00:00:00',
	fixedPrice: false,
	retainer: false,
	leaderId: pick('id', U.zoe),
	customerId: pick('list', C.hafenlicht),
};

function create(parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) {
	return runProject('create', { ...REQUIRED, ...parameters }, options);
}

function onlyPost(): IDataObject {
	expect(sim().requests).toHaveLength(1);
	const request = requestSummary(sim().requests[0]);
	expect(request).toMatchObject({ method: 'POST', host: 'acme.mocoapp.com', url: '/api/v1/projects', authorization: 'Token token=test-key', contentType: 'application/json' });
	return request.json as IDataObject;
}

const REQUIRED_BODY = {
	name: 'Kampagne Frühjahr',
	currency: 'EUR',
	start_date: '2026-02-01',
	finish_date: '2026-06-30',
	fixed_price: false,
	retainer: false,
	leader_id: U.zoe,
	customer_id: C.hafenlicht,
};

describe('Project > Create', () => {
	test('the required fields: dates cut to YYYY-MM-DD, booleans as JSON booleans (PEER-LESSONS 5), the simplified project', async () => {
		const result = await create();

		expect(result.error).toBeUndefined();
		expect(onlyPost()).toEqual(REQUIRED_BODY);
		const id = result.items[0].json.id as number;
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), id)]);
		expect(result.items[0].json).toMatchObject({ name: 'Kampagne Frühjahr', customer_id: C.hafenlicht, customer_name: 'Hafenlicht Reederei GmbH', leader_id: U.zoe, currency: 'EUR' });
	});

	test('leader by email and customer by name are looked up first; the currency code is upper-cased', async () => {
		const result = await create({ currency: ' chf ', leaderId: pick('email', 'juergen.mueller@acme.example'), customerId: pick('name', 'Nordwind Café AG') });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/users?email=juergen.mueller%40acme.example&include_archived=true',
			`GET /api/v1/companies?term=${encodeURIComponent('Nordwind Café AG')}`,
			'POST /api/v1/projects',
		]);
		expect(sim().requests[2].json).toEqual({ ...REQUIRED_BODY, currency: 'CHF', leader_id: U.juergen, customer_id: C.nordwind });
	});

	test('every Additional Field, under MOCO\'s names: tags as a list, custom properties as an object (PEER-LESSONS 7)', async () => {
		const result = await create({
			fixedPrice: true,
			additionalFields: {
				billingAddress: 'Hafenlicht Reederei GmbH\nKai 1\n20457 Hamburg',
				billingContactId: pick('id', SEED_IDS.contacts.fenja),
				billingEmailCc: 'buchhaltung@hafenlicht.example',
				billingEmailTo: 'projekte@hafenlicht.example',
				billingNotes: 'Bestellnummer angeben',
				billingVariant: 'task',
				budget: 25000,
				budgetExpenses: 3000,
				budgetMonthly: 4000,
				coLeaderId: pick('email', 'lukasz.nowak@acme.example'),
				contactId: pick('id', SEED_IDS.contacts.fenja),
				customProperties: { property: [{ name: 'PO-Nummer', value: 'HL-2026-03' }] },
				dealId: pick('id', SEED_IDS.deals.app),
				hourlyRate: 125.5,
				identifier: 'P-2026-100',
				includeTimeReport: true,
				info: 'Abrechnung nach Meilensteinen',
				projectGroupId: pick('name', 'Webseiten'),
				retainerBillingDate: 15,
				retainerBillingDescription: 'Monatliche Pauschale',
				retainerBillingTitle: 'Retainer',
				secondaryContactId: pick('id', SEED_IDS.contacts.luca),
				skipFavorite: true,
				tags: ['Kampagne', 'Print'],
			},
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=lukasz.nowak%40acme.example&include_archived=true', 'GET /api/v1/projects/groups', 'POST /api/v1/projects']);
		expect(sim().requests[2].json).toEqual({
			...REQUIRED_BODY,
			fixed_price: true,
			billing_address: 'Hafenlicht Reederei GmbH\nKai 1\n20457 Hamburg',
			billing_contact_id: SEED_IDS.contacts.fenja,
			billing_email_cc: 'buchhaltung@hafenlicht.example',
			billing_email_to: 'projekte@hafenlicht.example',
			billing_notes: 'Bestellnummer angeben',
			billing_variant: 'task',
			budget: 25000,
			budget_expenses: 3000,
			budget_monthly: 4000,
			co_leader_id: U.lukasz,
			contact_id: SEED_IDS.contacts.fenja,
			custom_properties: { 'PO-Nummer': 'HL-2026-03' },
			deal_id: SEED_IDS.deals.app,
			hourly_rate: 125.5,
			identifier: 'P-2026-100',
			setting_include_time_report: true,
			info: 'Abrechnung nach Meilensteinen',
			project_group_id: PROJECT_GROUP_IDS.web,
			retainer_billing_date: 15,
			retainer_billing_description: 'Monatliche Pauschale',
			retainer_billing_title: 'Retainer',
			secondary_contact_id: SEED_IDS.contacts.luca,
			skip_favorite: true,
			tags: ['Kampagne', 'Print'],
		});
		const saved = mocoGet(sim(), `/projects/${String(result.items[0].json.id)}`);
		expect(saved).toMatchObject({ identifier: 'P-2026-100', fixed_price: true, project_group: { id: PROJECT_GROUP_IDS.web }, deal: { id: SEED_IDS.deals.app } });
	});

	test('Simplify off: MOCO\'s whole record', async () => {
		const result = await create({ simplify: false });

		const id = result.items[0].json.id as number;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${id}`)]);
		expect(result.items[0].json).toHaveProperty('tasks');
	});

	describe("MOCO's retainer rules, checked before anything is sent", () => {
		const retainer = (start: string, finish: string, additionalFields: INodeParameters = { budgetMonthly: 2500 }) =>
			create({ retainer: true, startDate: start, finishDate: finish, additionalFields });

		test('a retainer over whole months with a monthly budget is sent', async () => {
			const result = await retainer('2026-02-01', '2026-12-31');

			expect(result.error).toBeUndefined();
			expect(onlyPost()).toEqual({ ...REQUIRED_BODY, retainer: true, start_date: '2026-02-01', finish_date: '2026-12-31', budget_monthly: 2500 });
		});

		test('February of a leap year ends on the 29th', async () => {
			expect((await retainer('2028-01-01', '2028-02-29')).error).toBeUndefined();
			expect((await retainer('2027-01-01', '2027-02-28')).error).toBeUndefined();
		});

		test.each([
			['a start that is not the 1st', '2026-02-02', '2026-12-31', {}, 'Start Date must be the 1st of a month for a retainer project (MOCO bills retainers by whole months), not 2026-02-02 (item 0)'],
			['a finish that is not the last day', '2026-02-01', '2026-12-30', {}, 'Finish Date must be the last day of a month for a retainer project (MOCO bills retainers by whole months), not 2026-12-30 (item 0)'],
			['no monthly budget', '2026-02-01', '2026-12-31', { budgetMonthly: undefined }, 'Monthly Budget is required for a retainer project: add it under Additional Fields (item 0)'],
		])('%s: a plain message, no request', async (_label, start, finish, fields, message) => {
			const result = await retainer(start, finish, { budgetMonthly: 2500, ...fields });

			expect(result.error?.message).toBe(message);
			expect(sim().requests).toHaveLength(0);
		});
	});

	test.each([
		['Name left empty', { name: ' ' }, 'Name is required to create a project (item 0)'],
		['a currency that is no code', { currency: 'Euro' }, 'Currency must be a 3-letter currency code like EUR, not "Euro" (item 0)'],
		['a finish before the start', { startDate: '2026-06-01', finishDate: '2026-05-31' }, 'Finish Date (2026-05-31) must not be before the Start Date (2026-06-01) (item 0)'],
		['a date that is no date', { startDate: '2026-02-30' }, 'Start Date must be a date in the form YYYY-MM-DD, not "2026-02-30" (item 0)'],
		['a leader ID from an expression that is no ID', { leaderId: pick('id', '={{ "abc" }}') }, 'Leader ID must be a positive whole number, not "abc" (item 0)'],
		['a negative budget', { additionalFields: { budget: -1 } }, 'Budget must be a number of at least 0, not -1 (item 0)'],
		['a billing day past 31', { additionalFields: { retainerBillingDate: 32 } }, 'Retainer Billing Day must be a whole number from 1 to 31, not 32 (item 0)'],
	])('%s: refused naming the field and the item, nothing sent', async (_label, parameters, message) => {
		const result = await create(parameters as INodeParameters);

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toHaveLength(0);
	});

	test("an unknown customer name: MOCO's close names, no project created", async () => {
		const result = await create({ customerId: pick('name', 'Hafenlicht Reederei') });

		expect(result.error?.message).toBe('Customer Name: no company is named "Hafenlicht Reederei". Did you mean "Hafenlicht Reederei GmbH"? (item 0)');
		expect(calls(sim())).toEqual(['GET /api/v1/companies?term=Hafenlicht%20Reederei']);
	});

	test("MOCO's 422 field map reaches the user in MOCO's words (identifier taken)", async () => {
		const result = await create({ additionalFields: { identifier: 'P-2024-001' } });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): identifier has already been taken', httpCode: '422' });
		expect(onlyPost()).toMatchObject({ identifier: 'P-2024-001' });
	});

	test("MOCO's 422 message shape reaches the user too", async () => {
		sim().injectFault({ method: 'POST', path: '/projects' }, { status: 422, body: JSON.stringify({ message: 'Leader is not active' }) });

		const result = await create();

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): Leader is not active', httpCode: '422' });
	});

	test('a read-only key: MOCO\'s 403 in its words', async () => {
		const result = await create({}, { credentials: { subdomain: 'acme', apiKey: 'read-only-key' } });

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: this API key has read-only access', httpCode: '403' });
	});

	test('Continue On Fail: the bad item is an error item, the others are created', async () => {
		const result = await create(
			{ name: '={{ $json.name }}', finishDate: '={{ $json.finish }}' },
			{ items: [{ name: 'Eins', finish: '2026-06-30' }, { name: 'Zwei', finish: '2026-01-01' }, { name: 'Drei', finish: '2026-07-31' }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.name ?? item.json.error)).toEqual([
			'Eins',
			'Finish Date (2026-01-01) must not be before the Start Date (2026-02-01) (item 1)',
			'Drei',
		]);
		expect(calls(sim())).toEqual(['POST /api/v1/projects', 'POST /api/v1/projects']);
	});
});
