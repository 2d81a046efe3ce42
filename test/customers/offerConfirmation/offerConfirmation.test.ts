import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator, virtualClock } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

// MOCO dates a confirmation given no date today: the harness's virtual day, 2026-01-05.
const sim = useSimulator({ now: () => virtualClock().now() });
const run = runOn('offerConfirmation', VERSION);
const O = SEED_IDS.offers;
const K = SEED_IDS.offerConfirmations;
const newest = () => sim().records('offer_confirmations').at(-1)!;

describe('Offer Confirmation > Create', () => {
	test('the offer by its number alone: MOCO’s defaults, and the sent offer becomes accepted', async () => {
		const result = await run('create', { offerId: pick.by('identifier', 'A2601-002') });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/offers?identifier=A2601-002', 'POST /api/v1/offer_confirmations']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/offer_confirmations',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { offer_id: O.messe },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/offer_confirmations/${newest().id}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Auftragsbestätigung – Messestand 2026', date: '2026-01-05', offer: { id: O.messe, identifier: 'A2601-002' } });
		expect(sim().find('offers', O.messe)?.status).toBe('accepted');
	});

	test('every field: title, date, salutation and footer as MOCO’s raw HTML fields', async () => {
		const result = await run('create', {
			offerId: pick.list(O.app),
			additionalFields: { title: 'AB App-Konzept', date: '2026-01-08', salutation: '<p>Danke!</p>', footer: '<p>Gruß</p>' },
		});

		expect(bodies(sim())).toEqual([{ offer_id: O.app, title: 'AB App-Konzept', date: '2026-01-08', salutation_raw: '<p>Danke!</p>', footer_raw: '<p>Gruß</p>' }]);
		expect(result.items[0].json).toMatchObject({ title: 'AB App-Konzept', salutation_raw: '<p>Danke!</p>' });
	});

	test('a second confirmation of one offer: MOCO’s refusal in its words', async () => {
		const result = await run('create', { offerId: pick.id(O.relaunch) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): offer_id has already been taken', httpCode: '422' });
	});

	test('without the offer: named, nothing sent', async () => {
		const result = await run('create', { offerId: pick.id('={{ $json.offer }}') });

		expect(result.error?.message).toBe('Offer is required to create an offer confirmation (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Offer Confirmation > Get, Get Many, Update, Delete, Download PDF', () => {
	test('Get from the list (title and offer number)', async () => {
		const list = await listSearch('searchOfferConfirmations', undefined, undefined, undefined, { resource: 'offerConfirmation', operation: 'get' });
		const result = await run('get', { offerConfirmationId: pick.list(K.relaunch) });

		expect(list.results).toEqual([{ name: 'Auftragsbestätigung – Website-Relaunch (A2509-001)', value: String(K.relaunch) }]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/offer_confirmations/${K.relaunch}`)]);
	});

	test('Get Many by offers (a comma list) and Updated After, with Return All', async () => {
		const result = await run('getAll', { returnAll: true, filters: { offerIds: `${O.relaunch}, ${O.app}`, updatedAfter: '2024-01-01T00:00:00Z' } });

		expect(sim().requests.map((request) => request.query)).toEqual([{ offer_id: `${O.relaunch},${O.app}`, updated_after: '2024-01-01T00:00:00Z' }]);
		expect(result.items.map((item) => item.json.id)).toEqual([K.relaunch]);
	});

	test('Update sends only what was set; the offer is not offered', async () => {
		const result = await run('update', { offerConfirmationId: pick.id(K.relaunch), updateFields: { date: '2025-09-22', offerId: pick.id(O.app) } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/offer_confirmations/${K.relaunch}`]);
		expect(bodies(sim())).toEqual([{ date: '2025-09-22' }]);
		expect(result.items[0].json).toMatchObject({ date: '2025-09-22', offer: { id: O.relaunch } });
	});

	test('Delete: {deleted: true}', async () => {
		const result = await run('delete', { offerConfirmationId: pick.id(K.relaunch) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/offer_confirmations/${K.relaunch}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('Download PDF: a file under MOCO’s name', async () => {
		const result = await run('downloadPdf', { offerConfirmationId: pick.id(K.relaunch), additionalFields: { letterPaperId: 4 } });

		expect(requestLines(sim())).toEqual([`GET /api/v1/offer_confirmations/${K.relaunch}.pdf?letter_paper_id=4`]);
		expect(result.items[0].binary?.data).toMatchObject({ fileName: `Auftragsbestaetigung-${K.relaunch}.pdf`, mimeType: 'application/pdf' });
		expect(result.items[0].json).toMatchObject({ offerConfirmationId: K.relaunch, document: 'offer confirmation PDF' });
	});
});

describeRefusals(
	'offerConfirmation',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { offerId: pick.id(O.app) } },
		{ operation: 'get', method: 'GET', parameters: { offerConfirmationId: pick.id(K.relaunch) } },
		{ operation: 'getAll', method: 'GET', parameters: {} },
		{ operation: 'update', method: 'PUT', parameters: { offerConfirmationId: pick.id(K.relaunch), updateFields: { title: 'x' } } },
		{ operation: 'delete', method: 'DELETE', parameters: { offerConfirmationId: pick.id(K.relaunch) } },
	],
	VERSION,
);

test('docs example "confirm an offer the customer accepted"', async () => {
	const result = await run('create', { offerId: pick.by('identifier', 'A2601-002') });

	expect(bodies(sim())).toEqual([{ offer_id: O.messe }]);
	expect(result.items[0].json).toMatchObject({
		id: 992002, date: '2026-01-05', title: 'Auftragsbestätigung – Messestand 2026', offer: { id: O.messe, identifier: 'A2601-002', title: 'Messestand 2026' },
	});
});
