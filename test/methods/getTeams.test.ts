import { loadOptions, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

const sim = useSimulator({ apiKeys: { 'test-key': 'full' } });

describe('Team Name or ID (getTeams)', () => {
	test('the seeded teams, sorted by name, the ID as value, from one request', async () => {
		expect(await loadOptions('getTeams')).toEqual([
			{ name: 'Design & UX', value: SEED_IDS.units.design },
			{ name: 'Entwicklung', value: SEED_IDS.units.entwicklung },
			{ name: 'Geschäftsführung', value: SEED_IDS.units.geschaeftsfuehrung },
			{ name: 'Marketing', value: SEED_IDS.units.marketing },
			{ name: 'Sales', value: SEED_IDS.units.sales },
		]);
		expect(sim().requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
			['GET', '/api/v1/units', 'Token token=test-key'],
		]);
	});

	test('250 teams over 3 pages: 250 options and exactly 3 requests', async () => {
		sim().addUnits(245);

		const options = await loadOptions('getTeams');

		expect(options).toHaveLength(250);
		expect(new Set(options.map((option) => option.value)).size).toBe(250);
		expect(options.map((option) => option.name)).toEqual(
			[...sim().units.map((unit) => unit.name)].sort((a, b) => a.localeCompare(b)),
		);
		expect(options.every((option) => typeof option.value === 'number')).toBe(true);
		// No request after the page without rel="next".
		expect(sim().requests.map((r) => r.url)).toEqual(['/api/v1/units', '/api/v1/units?page=2', '/api/v1/units?page=3']);
	});

	test('exactly 200 teams: two requests, none for an empty third page', async () => {
		sim().addUnits(195);

		expect(await loadOptions('getTeams')).toHaveLength(200);
		expect(sim().requests).toHaveLength(2);
	});

	test('a wrong key: the dropdown shows MOCO\'s reason', async () => {
		await expect(loadOptions('getTeams', undefined, { subdomain: 'acme', apiKey: 'wrong' })).rejects.toThrow(
			'MOCO rejected the API key (401): Unauthorized: invalid API key',
		);
	});

	test('403: the dropdown shows MOCO\'s reason', async () => {
		sim().injectFault({ method: 'GET', path: '/units' }, { status: 403, body: JSON.stringify({ message: 'Keine Berechtigung für Teams' }) });

		await expect(loadOptions('getTeams')).rejects.toThrow('MOCO refused access (403): Keine Berechtigung für Teams');
	});
});
