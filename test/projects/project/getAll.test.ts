import type { INodeParameters } from 'n8n-workflow';

import { mocoGet, runNode, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { pick, simplified } from './fixtures';

// Two projects a page, and MOCO's bare `?page=N` next links: every page must carry the filters itself.
const sim = useSimulator({ pageSize: 2, linkKeepsQuery: false });
const P = SEED_IDS.projects;

function getMany(parameters: INodeParameters) {
	return runNode({ parameters: { resource: 'project', operation: 'getAll', ...parameters } });
}

const ids = (result: Awaited<ReturnType<typeof getMany>>) => result.items.map((item) => item.json.id);

describe('Project > Get Many', () => {
	test('Return All: the active projects over two pages, simplified', async () => {
		const result = await getMany({ returnAll: true });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects', 'GET /api/v1/projects?page=2']);
		expect(result.items.map((item) => item.json)).toEqual([P.relaunch, P.retainer, P.festpreis].map((id) => simplified(sim(), id)));
	});

	test('Limit 2: one request, no page it does not need', async () => {
		const result = await getMany({ limit: 2 });

		expect(ids(result)).toEqual([P.relaunch, P.retainer]);
		expect(calls(sim())).toEqual(['GET /api/v1/projects']);
	});

	test('Simplify off: MOCO\'s records', async () => {
		const result = await getMany({ limit: 1, simplify: false });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.relaunch}`)]);
	});

	// Each filter alone, with Return All: the exact query on every page, and what MOCO returns for it.
	const filters: Array<[string, INodeParameters, string, number[]]> = [
		['Include Archived', { includeArchived: true }, 'include_archived=true', [P.relaunch, P.retainer, P.festpreis, P.messe]],
		['Leader by email', { leaderId: pick('email', 'zoe.angstrom@acme.example') }, `leader_id=${SEED_IDS.users.zoe}`, [P.relaunch, P.festpreis]],
		['Customer by name', { companyId: pick('name', 'Nordwind Café AG') }, `company_id=${SEED_IDS.companies.nordwind}`, [P.retainer]],
		['Created From', { createdFrom: '2024-01-15T00:00:00' }, 'created_from=2024-01-15', [P.relaunch, P.retainer, P.festpreis]],
		['Created To', { createdTo: '2024-01-14' }, 'created_to=2024-01-14', []],
		['Updated From', { updatedFrom: '2024-01-16' }, 'updated_from=2024-01-16', []],
		['Updated To', { updatedTo: '2024-01-15' }, 'updated_to=2024-01-15', [P.relaunch, P.retainer, P.festpreis]],
		['Tags', { tags: ['SEO', 'App'] }, 'tags=SEO%2CApp', [P.retainer, P.festpreis]],
		['Identifier', { identifier: 'P-2024-001,P-2024-003' }, 'identifier=P-2024-001%2CP-2024-003', [P.relaunch, P.festpreis]],
		['Retainer on', { retainer: true }, 'retainer=true', [P.retainer]],
		['Retainer off', { retainer: false }, 'retainer=false', [P.relaunch, P.festpreis]],
		['Project Group by name', { projectGroupId: pick('name', 'Webseiten') }, 'project_group_id=456601', [P.relaunch]],
		['Deal', { dealId: pick('id', SEED_IDS.deals.relaunch) }, `deal_id=${SEED_IDS.deals.relaunch}`, [P.relaunch]],
		['Search Term', { term: 'konzept' }, 'term=konzept', [P.festpreis]],
		['IDs', { ids: `${P.festpreis}, ${P.relaunch}` }, `ids=${P.festpreis}%2C${P.relaunch}`, [P.relaunch, P.festpreis]],
		['Updated After', { updatedAfter: '2024-01-01T00:00:00Z' }, 'updated_after=2024-01-01T00%3A00%3A00Z', [P.relaunch, P.retainer, P.festpreis]],
		['Sort By name', { sortBy: 'name' }, 'sort_by=name', [P.festpreis, P.retainer, P.relaunch]],
		['Sort By identifier, descending', { sortBy: 'identifier', sortDirection: 'desc' }, 'sort_by=identifier%20desc', [P.festpreis, P.retainer, P.relaunch]],
	];

	test.each(filters)('%s reaches MOCO on every page', async (_label, filter, query, expected) => {
		const result = await getMany({ returnAll: true, filters: filter });

		expect(result.error).toBeUndefined();
		expect(ids(result)).toEqual(expected);
		const lists = calls(sim()).filter((call) => call.startsWith('GET /api/v1/projects?') || call === 'GET /api/v1/projects');
		expect(lists.length).toBe(Math.max(1, Math.ceil(expected.length / 2)));
		lists.forEach((call, index) => expect(call).toBe(`GET /api/v1/projects?${query}${index > 0 ? `&page=${index + 1}` : ''}`));
	});

	test('Include Company: the full customer record (Simplify off)', async () => {
		const result = await getMany({ limit: 1, simplify: false, filters: { includeCompany: true } });

		expect(calls(sim())).toEqual(['GET /api/v1/projects?include_company=true']);
		expect(result.items[0].json.customer).toEqual(mocoGet(sim(), `/companies/${SEED_IDS.companies.hafenlicht}`));
	});

	test('Include Archived off sends no filter at all', async () => {
		await getMany({ limit: 1, filters: { includeArchived: false, includeCompany: false } });

		expect(calls(sim())).toEqual(['GET /api/v1/projects']);
	});

	test.each([
		['Created From', { createdFrom: 'yesterday' }, 'Created From must be a date in the form YYYY-MM-DD, not "yesterday" (item 0)'],
		['IDs', { ids: '1, two' }, 'IDs must be positive whole numbers separated by commas; "two" is not one (item 0)'],
		['Leader', { leaderId: pick('email', 'zoe') }, 'Leader Email must be an email address like name@example.com, not "zoe" (item 0)'],
	])('a bad %s filter: refused, nothing sent', async (_label, filter, message) => {
		const result = await getMany({ returnAll: true, filters: filter });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toHaveLength(0);
	});
});
