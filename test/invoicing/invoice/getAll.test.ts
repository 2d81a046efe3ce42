import { listSearch, pick, useSimulator } from '../../harness';
import { calls } from '../../staff/user/fixtures';
import { C, I, runInvoice } from './fixtures';

const sim = useSimulator({ pageSize: 2 });
const ids = (items: Array<{ json: { id?: unknown } }>) => items.map((item) => item.json.id);

describe('Invoice > Get Many', () => {
	test('every filter of the description, in MOCO’s names and forms, on every page with Return All', async () => {
		const filters = {
			status: ['sent', 'paid', 'overdue'],
			includeDisregarded: true,
			notBooked: true,
			dateFrom: '2025-12-01',
			dateTo: '2025-12-31T00:00:00',
			servicePeriodFrom: '2025-12-01',
			servicePeriodTo: '2025-12-31',
			tags: ['Web', 'SEO'],
			identifier: 'R2512-001',
			term: 'Relaunch',
			companyId: pick.id(C.hafenlicht),
			projectId: pick.by('identifier', 'P-2024-001'),
			customProperties: { property: [{ name: 'PO-Nummer', value: 'HL-2024-17' }] },
			ids: `${I.relaunch}, ${I.retainer}`,
			updatedAfter: '2024-01-01T00:00:00Z',
			sortBy: 'due_date',
			sortDirection: 'desc',
		};
		const result = await runInvoice('getAll', { returnAll: true, filters });

		expect(result.error).toBeUndefined();
		const list = sim().requests.filter((request) => request.path === '/api/v1/invoices' && request.query.identifier === 'R2512-001');
		expect(list).toHaveLength(1);
		expect(list[0].query).toEqual({
			status: 'sent,paid,overdue',
			include_disregarded: 'true',
			not_booked: 'true',
			date_from: '2025-12-01',
			date_to: '2025-12-31',
			service_period_from: '2025-12-01',
			service_period_to: '2025-12-31',
			tags: 'Web,SEO',
			identifier: 'R2512-001',
			term: 'Relaunch',
			company_id: String(C.hafenlicht),
			project_id: '944500001',
			'custom_properties[PO-Nummer]': 'HL-2024-17',
			ids: `${I.relaunch},${I.retainer}`,
			updated_after: '2024-01-01T00:00:00Z',
			sort_by: 'due_date desc',
		});
		expect(ids(result.items)).toEqual([I.relaunch]);
	});

	test('Return All reads every page (disregarded ones only on request), Limit stops early', async () => {
		const all = await runInvoice('getAll', { returnAll: true });
		const some = await runInvoice('getAll', { returnAll: false, limit: 1 });

		expect(ids(all.items)).toEqual([I.relaunch, I.retainer, I.entwurf, I.nordwind]);
		expect(ids(some.items)).toEqual([I.relaunch]);
		expect(calls(sim())).toEqual(['GET /api/v1/invoices', 'GET /api/v1/invoices?page=2', 'GET /api/v1/invoices']);
	});

	test('a status MOCO does not know is refused before any request', async () => {
		const result = await runInvoice('getAll', { filters: { status: '={{ ["sent", "bezahlt"] }}' } });

		expect(result.error?.message).toBe('Status must be one of draft, created, sent, partially_paid, paid, overdue, ignored, disregarded, not "bezahlt" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Invoice > Get Many Locked', () => {
	test('/invoices/locked with its own four filters only', async () => {
		const result = await runInvoice('getLocked', { returnAll: true, filters: { status: ['paid'], dateFrom: '2025-12-01', dateTo: '2025-12-31', identifier: 'R2512-002' } });

		expect(calls(sim())).toEqual(['GET /api/v1/invoices/locked?status=paid&date_from=2025-12-01&date_to=2025-12-31&identifier=R2512-002']);
		expect(ids(result.items)).toEqual([I.retainer]);
	});
});

describe('pickers', () => {
	test('From list: one MOCO page at a time, a search through MOCO’s term, disregarded invoices included', async () => {
		const first = await listSearch('searchInvoices');
		const found = await listSearch('searchInvoices', 'Workshop');

		expect(first.results).toEqual([
			{ name: 'R2512-001 – Website-Relaunch – Dezember 2025 (sent)', value: String(I.relaunch) },
			{ name: 'R2512-002 – SEO-Betreuung Dezember 2025 (paid)', value: String(I.retainer) },
		]);
		expect(first.paginationToken).toBe('2');
		expect(found.results).toEqual([{ name: 'R2601-001 – Workshop Januar (created)', value: String(I.nordwind) }]);
		expect(calls(sim())).toEqual(['GET /api/v1/invoices?include_disregarded=true', 'GET /api/v1/invoices?include_disregarded=true&term=Workshop']);
	});

	test('an invoice’s attachments for the Attachment picker; VAT codes sorted, inactive ones marked', async () => {
		const attachments = await listSearch('searchInvoiceAttachments', '', undefined, undefined, { resource: 'invoice', operation: 'deleteAttachment', invoiceId: pick.id(I.relaunch) });
		const codes = await listSearch('searchSalesVatCodes');

		expect(attachments.results).toEqual([{ name: 'AGB-2025.pdf', value: '5510001' }]);
		expect(codes.results.map((code) => code.name)).toEqual([
			'EU0 – Steuerfreie innergemeinschaftliche Leistung (0 %)',
			'USt16 – Umsatzsteuer 16 % (2020) (16 %), inactive',
			'USt19 – Umsatzsteuer 19 % (19 %)',
			'USt7 – Umsatzsteuer 7 % (7 %)',
		]);
	});
});
