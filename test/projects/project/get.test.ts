import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { projectBy, runProject, simplified } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

describe('Project > Get', () => {
	test('by ID: one GET, the simplified project', async () => {
		const result = await runProject('get', { projectId: projectBy.id(P.relaunch) });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'GET', host: 'acme.mocoapp.com', url: `/api/v1/projects/${P.relaunch}`, authorization: 'Token token=test-key', contentType: 'application/json', json: undefined },
		]);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				id: P.relaunch,
				identifier: 'P-2024-001',
				name: 'Website-Relaunch',
				active: true,
				customer_id: SEED_IDS.companies.hafenlicht,
				customer_name: 'Hafenlicht Reederei GmbH',
				leader_id: SEED_IDS.users.zoe,
				start_date: '2025-10-01',
				finish_date: '2026-03-31',
				fixed_price: false,
				retainer: false,
				budget: 48000,
				currency: 'EUR',
				tags: ['Web', 'Relaunch'],
			},
		]);
	});

	test('by identifier, an archived one too; Simplify off gives MOCO\'s record', async () => {
		const result = await runProject('get', { projectId: projectBy.identifier('P-2023-017'), simplify: false });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2023-017&include_archived=true', `GET /api/v1/projects/${P.messe}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.messe}`)]);
	});

	test('from the list', async () => {
		const result = await runProject('get', { projectId: projectBy.list(P.festpreis) });

		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), P.festpreis)]);
	});

	test("an unknown ID: MOCO's 404 in its words", async () => {
		const result = await runProject('get', { projectId: projectBy.id(944599999) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});

	test('an unknown project number: a plain message, no second request', async () => {
		const result = await runProject('get', { projectId: projectBy.identifier('P-1999-001') });

		expect(result.error?.message).toBe('Project Number: no MOCO project has the number "P-1999-001". Check the number, or choose the project By ID (item 0)');
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-1999-001&include_archived=true']);
	});
});
