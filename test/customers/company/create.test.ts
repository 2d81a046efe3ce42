import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { bodies, pick, runCompany } from './fixtures';

const sim = useSimulator();
const { juergen: JUERGEN, anais: ANAIS } = SEED_IDS.users;

const newest = () => sim().records('companies').at(-1)!;
const customer = { name: 'Seewolf Segel GmbH', type: 'customer', currency: 'EUR' };
const supplierFields = { bankOwner: 'Seewolf', iban: 'DE02120300000000202051', bankBic: 'BYLADEM1001', supplierVatCodeId: 3, creditNumber: 70001 };
const customerFields = { identifier: 'K-2001', customerVatCodeId: 2, invoiceDueDays: 14, debitNumber: 10009 };

describe('Company > Create', () => {
	test('a customer with the required fields only: the exact request, the record as MOCO stored it', async () => {
		const result = await runCompany('create', { ...customer, simplify: false });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/companies',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { name: 'Seewolf Segel GmbH', type: 'customer', currency: 'EUR' },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/companies/${newest().id as number}`)]);
	});

	test('Simplify (on by default) keeps the fields its description names', async () => {
		const result = await runCompany('create', { ...customer, additionalFields: { userId: pick('id', ANAIS), tags: ['Segeln'] } });

		const stored = mocoGet(sim(), `/companies/${newest().id as number}`);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				id: stored.id,
				name: 'Seewolf Segel GmbH',
				type: 'customer',
				identifier: stored.identifier,
				email: '',
				phone: '',
				website: '',
				user_id: ANAIS,
				tags: ['Segeln'],
				active: true,
			},
		]);
	});

	test('peer lesson 6 (VAT ID and responsible person never sent): both reach MOCO, with every common field', async () => {
		const result = await runCompany('create', {
			...customer,
			additionalFields: {
				address: 'Seewolf Segel GmbH\nKaistraße 5\n24103 Kiel',
				alternativeCorrespondenceLanguage: true,
				billingEmailCc: 'buchhaltung@seewolf.example',
				billingNotes: 'Bitte mit Bestellnummer',
				countryCode: 'DE',
				customProperties: { property: [{ name: 'Branche', value: 'Sport' }] },
				defaultPaymentMeans: 'credit_transfer',
				email: 'info@seewolf.example',
				fax: '+49 431 2',
				footer: '<p>Danke</p>',
				info: 'Neukunde',
				invoiceFormat: 'zugferd_x_invoice',
				phone: '+49 431 1',
				tags: ['Segeln', 'Kiel'],
				userId: pick('email', 'juergen.mueller@acme.example'),
				vatIdentifier: 'DE987654321',
				website: 'https://seewolf.example',
				...customerFields,
			},
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=juergen.mueller%40acme.example&include_archived=true', 'POST /api/v1/companies']);
		expect(bodies(sim())).toEqual([
			{
				name: 'Seewolf Segel GmbH',
				type: 'customer',
				currency: 'EUR',
				identifier: 'K-2001',
				customer_vat_code_id: 2,
				default_invoice_due_days: 14,
				debit_number: 10009,
				address: 'Seewolf Segel GmbH\nKaistraße 5\n24103 Kiel',
				alternative_correspondence_language: true,
				billing_email_cc: 'buchhaltung@seewolf.example',
				billing_notes: 'Bitte mit Bestellnummer',
				country_code: 'DE',
				custom_properties: { Branche: 'Sport' },
				default_payment_means: 'credit_transfer',
				email: 'info@seewolf.example',
				fax: '+49 431 2',
				footer: '<p>Danke</p>',
				info: 'Neukunde',
				invoice_format: 'zugferd_x_invoice',
				phone: '+49 431 1',
				tags: ['Segeln', 'Kiel'],
				user_id: JUERGEN,
				vat_identifier: 'DE987654321',
				website: 'https://seewolf.example',
			},
		]);
		expect(newest()).toMatchObject({ vat_identifier: 'DE987654321', user: { id: JUERGEN }, custom_properties: { Branche: 'Sport' } });
	});

	test('peer lessons 5 and 7: a boolean is a JSON boolean, tags a JSON list, custom properties a JSON object', async () => {
		await runCompany('create', {
			...customer,
			additionalFields: {
				alternativeCorrespondenceLanguage: false,
				tags: '={{ ["A", " B "] }}',
				customProperties: { property: [{ name: 'Branche', value: 'Sport' }, { name: ' Größe ', value: '10' }] },
			},
		});

		const [body] = bodies(sim());
		expect(body.alternative_correspondence_language).toBe(false);
		expect(body.tags).toEqual(['A', 'B']);
		expect(body.custom_properties).toEqual({ Branche: 'Sport', Größe: '10' });
	});

	test('a supplier: its own fields are sent, the customer-only ones it may still hold are not', async () => {
		const result = await runCompany('create', {
			name: 'Tauwerk Nord KG',
			type: 'supplier',
			currency: 'EUR',
			additionalFields: { ...customerFields, ...supplierFields },
		});

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([
			{
				name: 'Tauwerk Nord KG',
				type: 'supplier',
				bank_owner: 'Seewolf',
				iban: 'DE02120300000000202051',
				bank_bic: 'BYLADEM1001',
				supplier_vat_code_id: 3,
				credit_number: 70001,
			},
		]);
	});

	test('a customer never sends supplier-only fields; an organization sends neither kind', async () => {
		await runCompany('create', { ...customer, additionalFields: { ...supplierFields } }, { items: [{}] });
		await runCompany('create', { name: 'Segelverband', type: 'organization', currency: 'EUR', additionalFields: { ...customerFields, ...supplierFields, email: 'v@segel.example' } });

		expect(bodies(sim())).toEqual([
			{ name: 'Seewolf Segel GmbH', type: 'customer', currency: 'EUR' },
			{ name: 'Segelverband', type: 'organization', email: 'v@segel.example' },
		]);
	});

	test('the form shows customer-only fields for customers and supplier-only fields for suppliers', async () => {
		const { Moco } = await import('../../../nodes/Moco/Moco.node');
		const properties = new Moco().getNodeType(1.1).description.properties;
		const additional = properties.find(
			(p) => p.name === 'additionalFields' && p.displayOptions?.show?.resource?.[0] === 'company',
		)!.options as Array<{ name: string; displayOptions?: { show?: Record<string, unknown> } }>;
		const shownFor = (name: string) => additional.find((option) => option.name === name)?.displayOptions?.show?.['/type'];
		expect(['identifier', 'customerVatCodeId', 'invoiceDueDays', 'debitNumber'].map(shownFor)).toEqual(Array(4).fill(['customer']));
		expect(['bankOwner', 'iban', 'bankBic', 'supplierVatCodeId', 'creditNumber'].map(shownFor)).toEqual(Array(5).fill(['supplier']));
		expect(shownFor('vatIdentifier')).toBeUndefined();
		const currency = properties.find((p) => p.name === 'currency' && p.displayOptions?.show?.resource?.[0] === 'company');
		expect(currency).toMatchObject({ required: true, displayOptions: { show: { operation: ['create'], '/type': ['customer'] } } });
	});

	test('bad input: a clear error naming field and item, and no request', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ currency: '={{ "  " }}' }, 'Currency is required to create a company (item 0)'],
			[{ type: 'partner' }, 'Type must be one of customer, supplier, organization, not "partner" (item 0)'],
			[{ additionalFields: { email: 'info(at)seewolf' } }, 'Email must be an email address like name@example.com, not "info(at)seewolf" (item 0)'],
			[{ additionalFields: { invoiceDueDays: -1 } }, 'Invoice Due Days must be a whole number of at least 0, not -1 (item 0)'],
			[{ additionalFields: { userId: pick('id', 'abc') } }, 'Responsible User ID must be a positive whole number, not "abc" (item 0)'],
		];
		for (const [parameters, message] of cases) {
			const result = await runCompany('create', { ...customer, ...parameters });
			expect(result.error?.message).toBe(message);
		}
		expect(sim().requests).toEqual([]);
	});

	test('a responsible user by an unknown email: MOCO is asked once, nothing is created', async () => {
		const result = await runCompany('create', { ...customer, additionalFields: { userId: pick('email', 'niemand@acme.example') } });

		expect(result.error?.message).toMatch(/niemand@acme\.example/);
		expect(calls(sim())).toEqual(['GET /api/v1/users?email=niemand%40acme.example&include_archived=true']);
	});
});
