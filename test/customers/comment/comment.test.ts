import { listSearch, mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, pick, runOn } from '../company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ pageSize: 2 });
const runComment = runOn('comment');
const N = SEED_IDS.comments;
const C = SEED_IDS.companies;

const onHafenlicht = { commentableType: 'Company', commentableId: C.hafenlicht };

describe('Comment', () => {
	test('Create a note on a company: the exact request, MOCO’s record', async () => {
		const result = await runComment('create', { ...onHafenlicht, text: '<div>Workflow: Angebot <strong>verschickt</strong></div>' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/comments',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { commentable_type: 'Company', commentable_id: C.hafenlicht, text: '<div>Workflow: Angebot <strong>verschickt</strong></div>' },
			},
		]);
		const id = sim().records('comments').at(-1)!.id as number;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/comments/${id}`)]);
	});

	test('a record ID from an expression is sent as a number', async () => {
		await runComment('create', { commentableType: 'Deal', commentableId: `={{ "${SEED_IDS.deals.app}" }}`, text: 'Nachgefasst' });

		expect(bodies(sim())).toEqual([{ commentable_type: 'Deal', commentable_id: SEED_IDS.deals.app, text: 'Nachgefasst' }]);
	});

	test.each([
		[{ commentableId: 0 }, 'Record ID must be a whole number of at least 1, not 0 (item 0)'],
		[{ commentableType: 'Kunde' }, /^Record Type must be one of Company, Contact, Deal, .*not "Kunde" \(item 0\)$/],
		[{ text: '={{ " " }}' }, 'Text is required to create a comment (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await runComment('create', { ...onHafenlicht, text: 'x', ...parameters });

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a record MOCO does not have: its refusal in its words', async () => {
		const result = await runComment('create', { commentableType: 'Company', commentableId: 99, text: 'x' });

		expect(result.error?.message).toBe('MOCO could not save the data (422): commentable must exist');
	});

	test('Update changes the text only', async () => {
		const result = await runComment('update', { commentId: pick('id', N.kunde), updateFields: { text: 'Rahmenvertrag bis Ende 2027.' } });

		expect(calls(sim())).toEqual([`PUT /api/v1/comments/${N.kunde}`]);
		expect(bodies(sim())).toEqual([{ text: 'Rahmenvertrag bis Ende 2027.' }]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/comments/${N.kunde}`));
	});

	test('Get and Delete; a generated comment cannot be deleted (MOCO’s words)', async () => {
		const one = await runComment('get', { commentId: pick('list', N.projekt) });
		const deleted = await runComment('delete', { commentId: pick('id', N.kunde) });
		const generated = await runComment('delete', { commentId: pick('id', N.automatisch) });

		expect(one.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/comments/${N.projekt}`)]);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(generated.error?.message).toBe('MOCO could not save the data (422): Only comments written by a person can be deleted.');
	});

	test('Get Many filters by the record, on every page with Return All', async () => {
		for (const text of ['eins', 'zwei']) await runComment('create', { ...onHafenlicht, text });
		sim().clearRequests();

		const result = await runComment('getAll', { returnAll: true, filters: { commentableType: 'Company', commentableId: C.hafenlicht } });

		expect(result.items.map((item) => item.json.text)).toEqual(['Rahmenvertrag bis Ende 2026.', 'eins', 'zwei']);
		const query = { commentable_type: 'Company', commentable_id: String(C.hafenlicht) };
		expect(sim().requests.map((r) => r.query)).toEqual([query, { ...query, page: '2' }]);
	});

	test('Get Many by author and manual; false is a filter too', async () => {
		const manual = await runComment('getAll', { returnAll: true, filters: { userId: pick('email', 'zoe.angstrom@acme.example'), manual: false } });

		expect(sim().requests.at(-1)?.query).toEqual({ user_id: String(SEED_IDS.users.zoe), manual: 'false' });
		expect(manual.items.map((item) => item.json.id)).toEqual([N.automatisch]);
	});

	test('From list shows the start of the text and the record it is on', async () => {
		const result = await listSearch('searchComments');

		expect(result.results[0]).toEqual({ name: `Kick-off am 6.10.2025 mit Fenja Ohlsen. (Project ${SEED_IDS.projects.relaunch})`, value: String(N.projekt) });
	});
});

describeRefusals('comment', sim, [
	{ operation: 'create', method: 'POST', parameters: { ...onHafenlicht, text: 'x' } },
	{ operation: 'update', method: 'PUT', parameters: { commentId: pick('id', N.kunde), updateFields: { text: 'y' } } },
	{ operation: 'get', method: 'GET', parameters: { commentId: pick('id', N.kunde) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(N.kunde) } } },
]);
