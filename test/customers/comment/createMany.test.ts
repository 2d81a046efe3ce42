import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

const sim = useSimulator();
const runComment = runOn('comment');
const K = SEED_IDS.contacts;
const comments = () => sim().records('comments').length;

describe('Comment > Create Many', () => {
	test('one note on three contacts: one POST /comments/bulk with the IDs as numbers, one item per comment MOCO made', async () => {
		const before = comments();
		const result = await runComment('createMany', { commentableType: 'Contact', commentableIds: ` ${K.fenja}, ${K.luca},${K.hanne} `, text: 'Newsletter 2026/01 verschickt' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/comments/bulk',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { commentable_type: 'Contact', commentable_ids: [K.fenja, K.luca, K.hanne], text: 'Newsletter 2026/01 verschickt' },
			},
		]);
		expect(comments()).toBe(before + 3);
		const made = sim().records('comments').slice(-3).map((comment) => mocoGet(sim(), `/comments/${String(comment.id)}`));
		expect(result.items.map((item) => item.json)).toEqual(made);
		expect(made.map((comment) => comment.commentable_id)).toEqual([K.fenja, K.luca, K.hanne]);
	});

	test('the IDs from an Aggregate node’s list, on project groups (a type MOCO’s contract names)', async () => {
		const result = await runComment('createMany', { commentableType: 'ProjectGroup', commentableIds: '={{ $json.ids }}', text: 'Q1 geplant' }, { items: [{ ids: [11, 12] }] });

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([{ commentable_type: 'ProjectGroup', commentable_ids: [11, 12], text: 'Q1 geplant' }]);
	});

	test.each([
		[{ commentableIds: '7, sieben' }, 'Record IDs must be positive whole numbers separated by commas; "sieben" is not one (item 0)'],
		[{ commentableIds: '={{ " " }}' }, 'Record IDs is required to run this operation (item 0)'],
		[{ commentableIds: Array.from({ length: 101 }, (_, index) => index + 1).join(',') }, 'Record IDs has 101 IDs; MOCO takes at most 100 in one request: split them over several items (item 0)'],
		[{ text: '={{ " " }}' }, 'Text is required to run this operation (item 0)'],
		[{ commentableType: 'Kunde' }, /^Record Type must be one of Company, Contact, .*not "Kunde" \(item 0\)$/],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await runComment('createMany', { commentableType: 'Contact', commentableIds: String(K.fenja), text: 'x', ...parameters });

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('one record MOCO does not have: its refusal in its words, and no comment is made', async () => {
		const before = comments();
		const result = await runComment('createMany', { commentableType: 'Contact', commentableIds: `${K.fenja}, 99`, text: 'x' });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): commentable must exist', httpCode: '422' });
		expect(comments()).toBe(before);
	});
});

describeRefusals('comment', sim, [{ operation: 'createMany', method: 'POST', parameters: { commentableType: 'Contact', commentableIds: String(K.fenja), text: 'x' } }]);
