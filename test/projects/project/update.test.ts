import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, requestSummary, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { PROJECT_GROUP_IDS } from '../../simulator/resources/projects';
import { projectDescription } from '../../../nodes/Moco/resources/projects/project';
import { calls } from '../../staff/user/fixtures';
import { pick, projectBy, runProject, simplified } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;
const U = SEED_IDS.users;

function update(parameters: INodeParameters, options: Omit<RunOptions, 'parameters'> = {}, id: number = P.festpreis) {
	return runProject('update', { projectId: projectBy.id(id), ...parameters }, options);
}

/** The one PUT sent (after any look-ups by email, name or identifier). */
function onlyPut(id: number = P.festpreis): IDataObject {
	const puts = sim().requests.filter((request) => request.method !== 'GET');
	expect(puts).toHaveLength(1);
	const request = requestSummary(puts[0]);
	expect(request).toMatchObject({ method: 'PUT', url: `/api/v1/projects/${id}`, authorization: 'Token token=test-key', contentType: 'application/json' });
	return request.json as IDataObject;
}

describe('Project > Update sends exactly the fields that were set', () => {
	const single: Array<[string, INodeParameters, IDataObject]> = [
		['Name', { name: 'App-Konzept II' }, { name: 'App-Konzept II' }],
		['Start Date', { startDate: '2025-11-10T00:00:00' }, { start_date: '2025-11-10' }],
		['Finish Date', { finishDate: '2026-03-31' }, { finish_date: '2026-03-31' }],
		['Fixed Price off', { fixedPrice: false }, { fixed_price: false }],
		['Retainer off', { retainer: false }, { retainer: false }],
		['Leader by email', { leaderId: pick('email', 'juergen.mueller@acme.example') }, { leader_id: U.juergen }],
		['Customer', { customerId: pick('id', SEED_IDS.companies.nordwind) }, { customer_id: SEED_IDS.companies.nordwind }],
		['Co-Leader', { coLeaderId: pick('list', U.lukasz) }, { co_leader_id: U.lukasz }],
		['Budget', { budget: 20000 }, { budget: 20000 }],
		['Monthly Budget', { budgetMonthly: 1500 }, { budget_monthly: 1500 }],
		['Hourly Rate', { hourlyRate: 0 }, { hourly_rate: 0 }],
		['Billing Variant', { billingVariant: 'user' }, { billing_variant: 'user' }],
		['Include Time Report off', { includeTimeReport: false }, { setting_include_time_report: false }],
		['Project Group by name', { projectGroupId: pick('name', 'apps') }, { project_group_id: PROJECT_GROUP_IDS.apps }],
		['Deal', { dealId: pick('id', SEED_IDS.deals.app) }, { deal_id: SEED_IDS.deals.app }],
		['Tags', { tags: ['App', 'Konzept'] }, { tags: ['App', 'Konzept'] }],
		['Custom Properties', { customProperties: { property: [{ name: 'PO-Nummer', value: '4711' }] } }, { custom_properties: { 'PO-Nummer': '4711' } }],
		['Info', { info: 'Neu verhandelt' }, { info: 'Neu verhandelt' }],
		['Identifier', { identifier: 'P-2024-003b' }, { identifier: 'P-2024-003b' }],
	];

	test.each(single)('%s alone', async (_label, updateFields, body) => {
		const result = await update({ updateFields });

		expect(result.error).toBeUndefined();
		expect(onlyPut()).toEqual(body);
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), P.festpreis)]);
	});

	test("Retainer on alone is sent alone; MOCO's 422 names what the project lacks for it", async () => {
		const result = await update({ updateFields: { retainer: true } });

		expect(onlyPut()).toEqual({ retainer: true });
		expect(result.error?.message).toBe(
			"MOCO could not save the data (422): start_date must be the first day of a month; finish_date must be the last day of a month; budget_monthly can't be blank",
		);
	});

	test('PEER-LESSONS 4: changing the budget of a fixed-price project never sends fixed_price, retainer or currency, and it stays fixed-price', async () => {
		const result = await update({ updateFields: { budget: 21000 } });

		expect(result.error).toBeUndefined();
		expect(onlyPut()).toEqual({ budget: 21000 });
		expect(mocoGet(sim(), `/projects/${P.festpreis}`)).toMatchObject({ fixed_price: true, retainer: false, currency: 'EUR', budget: 21000 });
	});

	test('PEER-LESSONS 4: changing the name of a retainer project keeps it a retainer in CHF', async () => {
		const result = await update({ updateFields: { name: 'SEO-Betreuung 2026' } }, {}, P.retainer);

		expect(onlyPut(P.retainer)).toEqual({ name: 'SEO-Betreuung 2026' });
		expect(result.items[0].json).toMatchObject({ retainer: true, currency: 'CHF', name: 'SEO-Betreuung 2026' });
	});

	test('PEER-LESSONS 2: Update offers no Currency (MOCO cannot change it), so it can neither crash nor be sent', async () => {
		const updateFields = projectDescription.find((property) => property.name === 'updateFields');
		const names = (updateFields?.options ?? []).map((option) => option.name);
		expect(names).not.toContain('currency');
		expect(names).toEqual(expect.arrayContaining(['fixedPrice', 'retainer', 'name', 'budget']));
		expect(projectDescription.some((property) => property.name === 'currency' && property.displayOptions?.show?.operation?.includes('update'))).toBe(false);

		const result = await update({ updateFields: { info: 'x' } });
		expect(result.error).toBeUndefined();
		expect(onlyPut()).not.toHaveProperty('currency');
	});

	test('an empty update is an error, not a request', async () => {
		const result = await update({ updateFields: { name: '', tags: [] } });

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(sim().requests).toHaveLength(0);
	});

	test('the project by identifier: one look-up, then the PUT', async () => {
		const result = await update({ projectId: projectBy.identifier('P-2024-003'), updateFields: { budget: 19000 } });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `PUT /api/v1/projects/${P.festpreis}`]);
	});

	test('turning a project into a retainer in the middle of a month: a plain message, nothing sent', async () => {
		const result = await update({ updateFields: { retainer: true, startDate: '2026-02-15' } });

		expect(result.error?.message).toBe('Start Date must be the 1st of a month for a retainer project (MOCO bills retainers by whole months), not 2026-02-15 (item 0)');
		expect(sim().requests).toHaveLength(0);
	});

	test("a retainer's dates MOCO refuses reach the user in MOCO's words", async () => {
		const result = await update({ updateFields: { finishDate: '2026-12-15' } }, {}, P.retainer);

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): finish_date must be the last day of a month', httpCode: '422' });
	});

	test.each([
		['abc', 'Project ID must be a positive whole number, not "abc" (item 0)'],
		['5/../x', 'Project ID must be a positive whole number, not "5/../x" (item 0)'],
	])('a bad project ID %s from an expression sends nothing', async (bad, message) => {
		const result = await update({ projectId: projectBy.id(`={{ ${JSON.stringify(bad)} }}`), updateFields: { name: 'x' } });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toHaveLength(0);
	});

	test("a project that does not exist: MOCO's 404", async () => {
		const result = await update({ updateFields: { name: 'x' } }, {}, 944599999);

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});

	test('Continue On Fail: each item updates its own project', async () => {
		const result = await update(
			{ projectId: projectBy.id('={{ $json.id }}'), updateFields: { info: '={{ $json.info }}' } },
			{ items: [{ id: P.relaunch, info: 'eins' }, { id: 'nope', info: 'zwei' }, { id: P.festpreis, info: 'drei' }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.id ?? item.json.error)).toEqual([P.relaunch, 'Project ID must be a positive whole number, not "nope" (item 1)', P.festpreis]);
		expect(calls(sim())).toEqual([`PUT /api/v1/projects/${P.relaunch}`, `PUT /api/v1/projects/${P.festpreis}`]);
	});
});
