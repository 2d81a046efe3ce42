import { listSearch, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';

const sim = useSimulator();

describe('Team From list (searchTeams)', () => {
	test('every team, sorted by name, the ID as value', async () => {
		const { results } = await listSearch('searchTeams');

		expect(results).toEqual([
			{ name: 'Design & UX', value: String(SEED_IDS.units.design) },
			{ name: 'Entwicklung', value: String(SEED_IDS.units.entwicklung) },
			{ name: 'Geschäftsführung', value: String(SEED_IDS.units.geschaeftsfuehrung) },
			{ name: 'Marketing', value: String(SEED_IDS.units.marketing) },
			{ name: 'Sales', value: String(SEED_IDS.units.sales) },
		]);
		expect(sim().requests.map((r) => r.url)).toEqual(['/api/v1/units']);
	});

	test('search text matches part of the name, ignoring case', async () => {
		const { results } = await listSearch('searchTeams', 'UNG');

		expect(results.map((r) => r.name)).toEqual(['Entwicklung', 'Geschäftsführung']);
	});

	test('all pages are read', async () => {
		sim().addUnits(245);

		const { results } = await listSearch('searchTeams', 'team 2');

		expect(results.map((r) => r.name)).toEqual(Array.from({ length: 46 }, (_, i) => `Team ${200 + i}`));
		expect(sim().requests).toHaveLength(3);
	});
});
