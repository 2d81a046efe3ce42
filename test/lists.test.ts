import { runNode, useSimulator } from './harness';
import { calls } from './staff/user/fixtures';

/**
 * MOCO's docs show next links without the query (`?page=2`). Every page must carry the user's
 * filters exactly once, whether or not the link repeats them.
 */
describe('Get Many with Return All and filters, MOCO links carrying only ?page=N', () => {
	const sim = useSimulator({ linkKeepsQuery: false });

	test('pages 2 and 3 carry the filters exactly once; no user the filter excludes is output', async () => {
		sim().addUsers(220, { tags: ['Hamburg'] });
		sim().addUsers(30, { tags: ['Berlin'] });

		const result = await runNode({
			parameters: { resource: 'user', operation: 'getAll', returnAll: true, filters: { tags: ['Hamburg'], includeArchived: true }, simplify: false },
		});

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/users?include_archived=true&tags=Hamburg',
			'GET /api/v1/users?include_archived=true&tags=Hamburg&page=2',
			'GET /api/v1/users?include_archived=true&tags=Hamburg&page=3',
		]);
		// 220 added + Jürgen, Zoë, Sören (deactivated) from the seed carry the tag.
		expect(result.items).toHaveLength(223);
		expect(result.items.every((item) => (item.json.tags as string[]).includes('Hamburg'))).toBe(true);
	});
});
