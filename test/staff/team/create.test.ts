import { mocoGet, requestSummary, useSimulator } from '../../harness';
import { calls } from '../user/fixtures';
import { runTeam } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-key': 'read' } });

describe('Team > Create', () => {
	test('sends the trimmed name and returns MOCO\'s team', async () => {
		const result = await runTeam('create', { name: '  Kundenservice ' });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/units',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { name: 'Kundenservice' },
			},
		]);
		const created = sim().units[sim().units.length - 1];
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/units/${created.id}`)]);
		expect(result.items[0].json).toMatchObject({ name: 'Kundenservice', users: [] });
	});

	test('a name from each item', async () => {
		const result = await runTeam('create', { name: '={{ $json.team }}' }, { items: [{ team: 'Nord' }, { team: 'Süd' }] });

		expect(result.items.map((item) => item.json.name)).toEqual(['Nord', 'Süd']);
		expect(calls(sim())).toEqual(['POST /api/v1/units', 'POST /api/v1/units']);
	});

	test('an empty name from an expression: refused, nothing sent', async () => {
		const result = await runTeam('create', { name: '={{ $json.none }}' });

		expect(result.error?.message).toBe('Name is required to create a team (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test('a read-only key: MOCO\'s 403 reaches the user', async () => {
		const result = await runTeam('create', { name: 'Nord' }, { credentials: { subdomain: 'acme', apiKey: 'read-key' } });

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: this API key has read-only access', httpCode: '403' });
		expect(sim().units).toHaveLength(5);
	});
});
