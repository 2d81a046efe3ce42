import { mocoGet, requestSummary, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { calls } from '../user/fixtures';
import { pick, runCompany } from './fixtures';

const sim = useSimulator();
const JUERGEN = SEED_IDS.users.juergen;

const newest = () => sim().records('companies').at(-1)!;

describe('Company > Create', () => {
	test('a customer with the required fields only', async () => {
		const result = await runCompany('create', { name: 'Seewolf Segel GmbH', type: 'customer', currency: 'EUR', simplify: false });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/companies',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { name: 'Seewolf Segel GmbH', type: 'customer', currency: 'EUR' },
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/companies/${newest().id as number}`)]);
	});
});
