import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, nestedRefusalCases, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = runOn('paymentSchedule', VERSION);
const P = SEED_IDS.projects;
const S = SEED_IDS.paymentSchedules;
const C = SEED_IDS.companies;
const schedules = (project: number) => `/projects/${project}/payment_schedules`;
const newest = () => sim().records('payment_schedules').at(-1)!;

const required = { projectId: pick.by('identifier', 'P-2024-003'), date: '2026-01-30', netTotal: 3000 };

describe('Payment Schedule > Create', () => {
	test('the project by its number, date and amount: the exact request, MOCO’s record out', async () => {
		const result = await run('create', required);

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `POST /api/v1${schedules(P.festpreis)}`]);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: `/api/v1${schedules(P.festpreis)}`,
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { date: '2026-01-30', net_total: 3000 },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${schedules(P.festpreis)}/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ net_total: 3000, checked: false, billed: false, project: { id: P.festpreis, identifier: 'P-2024-003' } });
	});

	test('title on top and every optional field; checked as a JSON boolean', async () => {
		const result = await run('create', { ...required, projectId: pick.list(P.festpreis), title: 'Zwischenrate', additionalFields: { description: 'Nach Abnahme der Klickstrecke', checked: true } });

		expect(bodies(sim())).toEqual([{ date: '2026-01-30', net_total: 3000, title: 'Zwischenrate', description: 'Nach Abnahme der Klickstrecke', checked: true }]);
		expect(result.items[0].json).toMatchObject({ title: 'Zwischenrate', checked: true });
	});

	test.each([
		[{ netTotal: '={{ "" }}' }, 'Net Total is required to create a payment schedule (item 0)'],
		[{ netTotal: 'viel' }, 'Net Total must be a number, not "viel" (item 0)'],
		[{ date: '30.01.2026' }, 'Date must be a date in the form YYYY-MM-DD, not "30.01.2026" (item 0)'],
	])('bad input %j: named with the item, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...required, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a project number MOCO does not know: said in words, nothing created', async () => {
		const result = await run('create', { ...required, projectId: pick.by('identifier', 'P-1999-999') });

		expect(result.error?.message).toBe('Project Number: no MOCO project has the number "P-1999-999". Check the number, or choose the project By ID (item 0)');
		expect(sim().requests.filter((request) => request.method === 'POST')).toEqual([]);
	});
});

describe('Payment Schedule > Get, Update, Delete', () => {
	test('Get within the project: MOCO’s record', async () => {
		const result = await run('get', { projectId: pick.id(P.festpreis), paymentScheduleId: pick.list(S.festpreisSchluss) });

		expect(requestLines(sim())).toEqual([`GET /api/v1${schedules(P.festpreis)}/${S.festpreisSchluss}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `${schedules(P.festpreis)}/${S.festpreisSchluss}`)]);
	});

	test('Update checks a milestone off, sending only that', async () => {
		const result = await run('update', { projectId: pick.id(P.festpreis), paymentScheduleId: pick.id(S.festpreisSchluss), updateFields: { checked: true } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1${schedules(P.festpreis)}/${S.festpreisSchluss}`]);
		expect(bodies(sim())).toEqual([{ checked: true }]);
		expect(result.items[0].json).toMatchObject({ id: S.festpreisSchluss, title: 'Schlussrate', net_total: 12600, checked: true });
	});

	test('Delete: {deleted: true}, and the schedule is gone; one of another project is MOCO’s 404', async () => {
		const result = await run('delete', { projectId: pick.id(P.festpreis), paymentScheduleId: pick.id(S.festpreisSchluss) });
		const elsewhere = await run('delete', { projectId: pick.id(P.retainer), paymentScheduleId: pick.id(S.festpreisAnzahlung) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1${schedules(P.festpreis)}/${S.festpreisSchluss}`, `DELETE /api/v1${schedules(P.retainer)}/${S.festpreisAnzahlung}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('payment_schedules', S.festpreisSchluss)).toBeUndefined();
		expect(elsewhere.error?.message).toBe('MOCO found no such record (404): Resource not found');
	});

	test('From list: the project’s schedules by date, title and amount; billed ones marked', async () => {
		const form = { resource: 'paymentSchedule', operation: 'get', projectId: pick.id(P.festpreis) };

		const all = await listSearch('searchPaymentSchedules', undefined, undefined, undefined, form);

		expect(all.results).toEqual([
			{ name: '2025-11-03, Anzahlung 30 %, 5400', value: String(S.festpreisAnzahlung) },
			{ name: '2026-02-27, Schlussrate, 12600', value: String(S.festpreisSchluss) },
		]);
	});
});

describe('Payment Schedule > Get Many', () => {
	test('one project: every filter MOCO documents', async () => {
		const result = await run('getAll', {
			projectId: pick.id(P.festpreis),
			returnAll: true,
			filters: { from: '2026-01-01', to: '2026-03-31', checked: false, companyId: pick.id(C.hafenlicht), updatedAfter: '2024-01-01T00:00:00Z' },
		});

		expect(sim().requests.map((request) => [request.path, request.query])).toEqual([
			[`/api/v1${schedules(P.festpreis)}`, { from: '2026-01-01', to: '2026-03-31', checked: 'false', company_id: String(C.hafenlicht), updated_after: '2024-01-01T00:00:00Z' }],
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([S.festpreisSchluss]);
	});

	test('across projects, Return All: the filters (customer, project by number, IDs) on every page', async () => {
		const result = await run('getAllAcross', { returnAll: true, filters: { companyId: pick.by('name', 'Hafenlicht Reederei GmbH'), checked: true } });
		const byProject = await run('getAllAcross', { returnAll: true, filters: { projectId: pick.by('identifier', 'P-2024-003'), ids: `${S.festpreisSchluss}` } });

		const lists = sim().requests.filter((request) => request.path === '/api/v1/projects/payment_schedules').map((request) => request.query);
		expect(lists).toEqual([
			{ checked: 'true', company_id: String(C.hafenlicht) },
			{ project_id: String(P.festpreis), ids: String(S.festpreisSchluss) },
		]);
		expect(result.items.map((item) => item.json.id)).toEqual([S.relaunchDesign, S.festpreisAnzahlung]);
		expect(byProject.items.map((item) => item.json.id)).toEqual([S.festpreisSchluss]);
	});

	test('across projects, three schedules on pages of two: Return All reads both pages, Limit 1 one', async () => {
		const all = await run('getAllAcross', { returnAll: true });
		const one = await run('getAllAcross', { returnAll: false, limit: 1 });

		expect(requestLines(sim())).toEqual(['GET /api/v1/projects/payment_schedules', 'GET /api/v1/projects/payment_schedules?page=2', 'GET /api/v1/projects/payment_schedules']);
		expect(all.items).toHaveLength(3);
		expect(one.items).toHaveLength(1);
	});

	test('From after To is refused before any request', async () => {
		const result = await run('getAll', { projectId: pick.id(P.festpreis), filters: { from: '2026-02-01', to: '2026-01-01' } });

		expect(result.error?.message).toBe('From (2026-02-01) must not be after To (2026-01-01) (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'paymentSchedule',
	sim,
	nestedRefusalCases({ ...required, projectId: pick.id(P.festpreis) }, { projectId: pick.id(P.festpreis) }, { paymentScheduleId: pick.id(S.festpreisSchluss) }),
	VERSION,
);

test('docs example "bill the fixed-price milestone when a ticket closes"', async () => {
	const result = await run('update', { projectId: pick.by('identifier', 'P-2024-003'), paymentScheduleId: pick.id(S.festpreisSchluss), updateFields: { checked: true } });

	expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `PUT /api/v1${schedules(P.festpreis)}/${S.festpreisSchluss}`]);
	expect(bodies(sim())).toEqual([{ checked: true }]);
	const { created_at: _created, updated_at: _updated, ...shown } = result.items[0].json;
	expect(shown).toEqual({
		id: S.festpreisSchluss, date: '2026-02-27', title: 'Schlussrate', net_total: 12600, checked: true, billed: false, description: null,
		project: { id: P.festpreis, identifier: 'P-2024-003', name: 'App-Konzept „Kapitänsbrücke“' },
	});
});
