import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { runProject } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

// The key belongs to Jürgen: he leads SEO-Betreuung and Messestand 2023 (archived) and co-leads Website-Relaunch.
describe('Project > Get Assigned to Me', () => {
	test('all: one item per project, in MOCO\'s short shape', async () => {
		const result = await runProject('getAssigned');

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects/assigned']);
		expect(result.items.map((item) => item.json.id)).toEqual([P.relaunch, P.retainer, P.messe]);
		expect(result.items[0].json).toMatchObject({ identifier: 'P-2024-001', customer: { id: SEED_IDS.companies.hafenlicht }, tasks: expect.any(Array) });
	});

	test.each([
		['true', [P.relaunch, P.retainer]],
		['false', [P.messe]],
	])('Status filter active=%s', async (active, expected) => {
		const result = await runProject('getAssigned', { active });

		expect(calls(sim())).toEqual([`GET /api/v1/projects/assigned?active=${active}`]);
		expect(result.items.map((item) => item.json.id)).toEqual(expected);
	});

	test('a status that is not offered: refused, nothing sent', async () => {
		const result = await runProject('getAssigned', { active: 'yes' });

		expect(result.error?.message).toBe('Status must be one of , true, false, not "yes" (item 0)');
		expect(sim().requests).toHaveLength(0);
	});
});
