import { mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runOn('offer', VERSION);
const C = SEED_IDS.companies;
const V = SEED_IDS.vatCodeSales;
const newest = () => sim().records('offers').at(-1)!;

const rows = [
	{ type: 'title', title: 'Konzeption' },
	{ type: 'item', title: 'Workshop', quantity: 16, unit: 'h', unit_price: 140 },
	{ type: 'item', title: 'Wartung', quantity: 12, unit: 'Monat', unit_price: 90, optional: true },
	{ type: 'subtotal', subtotal_type: 'part_total' },
];
const required = {
	companyId: pick.list(C.hafenlicht),
	title: 'App-Konzept',
	recipientAddress: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
	date: '2026-01-12',
	dueDate: '2026-02-11',
	vatCodeId: pick.list(V.standard),
	itemsInput: 'json',
	itemsJson: JSON.stringify(rows),
};

describe('Offer > Create', () => {
	test('a company’s offer with rows (an optional item, a part total): the exact request, MOCO’s record out', async () => {
		const result = await run('create', { ...required, simplify: false });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/offers',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: {
					company_id: C.hafenlicht, title: 'App-Konzept', recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg', date: '2026-01-12',
					due_date: '2026-02-11', vat_code_id: V.standard, items: rows,
				},
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/offers/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ identifier: 'A2601-003', status: 'created', currency: 'EUR', net_total: 2240, gross_total: 2665.6 });
		expect((result.items[0].json.items as Array<{ net_total: number }>).map((item) => item.net_total)).toEqual([0, 2240, 1080, 2240]);
	});

	test('on a deal by ID and a project by number, rows from the form, every optional field; Simplify shortens the output', async () => {
		const result = await run('create', {
			...required,
			companyId: pick.list(''),
			dealId: pick.id(SEED_IDS.deals.messe),
			projectId: pick.by('identifier', 'P-2024-002'),
			itemsInput: 'form',
			lineItems: { row: [{ type: 'item', title: 'Standbau', quantity: 40, unit: 'h', unit_price: 95, optional: false, description: '' }] },
			additionalFields: {
				currency: 'chf', identifier: 'A-MESSE-1', salutation: 'Guten Tag', footer: 'Gültig 30 Tage', changeAddress: 'offer', discount: 5,
				contactId: pick.id(SEED_IDS.contacts.luca), internalContactId: pick.by('email', 'zoe.angstrom@acme.example'), tableHeaderVisible: true, printDetailColumns: false,
				totalsSectionVisible: true, tags: ['Messe'], customProperties: { property: [{ name: 'Kampagne', value: 'Frühjahr' }] },
			},
		});

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([
			'GET /api/v1/projects?identifier=P-2024-002&include_archived=true',
			'GET /api/v1/users?email=zoe.angstrom%40acme.example&include_archived=true',
			'POST /api/v1/offers',
		]);
		expect(bodies(sim())).toEqual([
			{
				deal_id: SEED_IDS.deals.messe, title: 'App-Konzept', recipient_address: required.recipientAddress, date: '2026-01-12', due_date: '2026-02-11', vat_code_id: V.standard,
				currency: 'CHF', identifier: 'A-MESSE-1', salutation: 'Guten Tag', footer: 'Gültig 30 Tage', change_address: 'offer', discount: 5, contact_id: SEED_IDS.contacts.luca,
				table_header_visible: true, print_detail_columns: false, totals_section_visible: true, tags: ['Messe'], custom_properties: { Kampagne: 'Frühjahr' },
				project_id: SEED_IDS.projects.retainer, internal_contact_id: SEED_IDS.users.zoe,
				items: [{ type: 'item', title: 'Standbau', quantity: 40, unit: 'h', unit_price: 95 }],
			},
		]);
		// The project's customer wins over the deal's company.
		expect(result.items[0].json).toEqual({
			id: newest().id, identifier: 'A-MESSE-1', title: 'App-Konzept', status: 'created', company: { id: C.nordwind, name: 'Nordwind Café AG' },
			project: { id: SEED_IDS.projects.retainer, identifier: 'P-2024-002', name: 'SEO-Betreuung' }, deal: { id: SEED_IDS.deals.messe, name: expect.any(String) },
			date: '2026-01-12', due_date: '2026-02-11', currency: 'CHF', net_total: 3610, gross_total: 4295.9,
		});
	});

	test.each([
		[{ companyId: pick.list('') }, 'Company is needed, or a Deal or a Project: an offer belongs to one of them (item 0)'],
		[{ dueDate: '2026-01-01' }, 'Due Date (2026-01-01) must not be before the Date (2026-01-12) (item 0)'],
		[{ additionalFields: { currency: 'Franken' } }, 'Currency must be a 3-letter currency code like EUR, not "Franken" (item 0)'],
		[{ itemsJson: '[]' }, 'Items need at least one row: MOCO keeps no offer without rows (item 0)'],
		[{ itemsJson: JSON.stringify([{ type: 'item', quantity: 1, unit_price: 2 }]) }, 'Items row 1: an item row needs title (item 0)'],
		[{ vatCodeId: pick.id('={{ "" }}') }, 'VAT Code is required to create an offer (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('an inactive VAT code: MOCO’s refusal in its words', async () => {
		const result = await run('create', { ...required, vatCodeId: pick.id(V.old16) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): vat_code is inactive', httpCode: '422' });
	});
});

describe('Offer > Get Many', () => {
	test('every filter MOCO documents, comma lists where it takes several, Sort By, on every page', async () => {
		const result = await run('getAll', {
			returnAll: true,
			simplify: false,
			filters: {
				from: '2025-01-01', to: '2026-12-31', companyIds: `${C.hafenlicht}, ${C.nordwind}`, dealIds: '', projectIds: '', tags: [], identifier: '',
				updatedAfter: '2024-01-01T00:00:00Z', sortBy: 'date', sortDirection: 'desc',
			},
		});

		const query = { from: '2025-01-01', to: '2026-12-31', company_id: `${C.hafenlicht},${C.nordwind}`, updated_after: '2024-01-01T00:00:00Z', sort_by: 'date desc' };
		expect(sim().requests.map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.identifier)).toEqual(['A2601-002', 'A2601-001', 'A2509-001']);
		expect(result.items[0].json.items).toBeUndefined();
	});

	test('status, number, deals, projects and tags', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { status: 'accepted', identifier: 'A2509-001', dealIds: String(SEED_IDS.deals.relaunch), projectIds: String(SEED_IDS.projects.relaunch), tags: ['Web'] },
		});

		expect(sim().requests.map((request) => request.query)).toEqual([
			{ status: 'accepted', identifier: 'A2509-001', deal_id: String(SEED_IDS.deals.relaunch), project_id: String(SEED_IDS.projects.relaunch), tags: 'Web' },
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([SEED_IDS.offers.relaunch]);
	});
});

describeRefusals(
	'offer',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: required },
		{ operation: 'getAll', method: 'GET', parameters: { limit: 1 } },
	],
	VERSION,
);
