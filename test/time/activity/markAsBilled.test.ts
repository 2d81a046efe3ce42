import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator();
const A = SEED_IDS.activities;
const C = SEED_IDS.companies;
const P = SEED_IDS.projects;
/** Zoë's relaunch design work of Tue and Wed (Hafenlicht, Website-Relaunch). */
const ZOE_TUE = A.today + 1;
const ZOE_WED = A.today + 4;
/** Renée's workshop of Tue: Hafenlicht too, but the fixed-price project. */
const RENEE_TUE = A.today + 3;

function markAsBilled(parameters: INodeParameters, options: Parameters<typeof activityRun>[2] = {}) {
	return activityRun('disregard', { reason: 'Kulanz wie vereinbart', companyId: pick.id(C.hafenlicht), ...parameters }, options);
}

describe('Activity > Mark as Already Billed', () => {
	test('one POST with the IDs as a JSON array; one item per marked entry', async () => {
		const result = await markAsBilled({ activityIds: `${ZOE_TUE}, ${RENEE_TUE}` });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({
			method: 'POST',
			url: '/api/v1/activities/disregard',
			json: { activity_ids: [ZOE_TUE, RENEE_TUE], company_id: C.hafenlicht, reason: 'Kulanz wie vereinbart' },
		});
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), ZOE_TUE), simplified(sim(), RENEE_TUE)]);
		expect(result.items.every((item) => item.json.billed === true)).toBe(true);
	});

	test('company By Name and project By Identifier; IDs from an expression as a list', async () => {
		const result = await markAsBilled({
			companyId: pick.name('Hafenlicht Reederei GmbH'),
			projectId: pick.identifier('P-2024-001'),
			activityIds: '={{ $json.ids }}',
			simplify: false,
		}, { items: [{ ids: [ZOE_TUE, ZOE_WED] }] });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			'GET /api/v1/companies?term=Hafenlicht%20Reederei%20GmbH',
			'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
			'POST /api/v1/activities/disregard',
		]);
		expect(sim().requests[2].json).toEqual({
			activity_ids: [ZOE_TUE, ZOE_WED],
			company_id: C.hafenlicht,
			reason: 'Kulanz wie vereinbart',
			project_id: P.relaunch,
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/activities/${ZOE_TUE}`), mocoGet(sim(), `/activities/${ZOE_WED}`)]);
	});

	test("entries of another customer: MOCO's refusal in its words, nothing marked", async () => {
		const result = await markAsBilled({ activityIds: `${ZOE_TUE}, ${A.locked}` });

		expect(result.error).toMatchObject({
			message: `MOCO could not save the data (422): Activity ${A.locked} does not belong to the given customer or project.`,
			httpCode: '422',
		});
		expect(mocoGet(sim(), `/activities/${ZOE_TUE}`).billed).toBe(false);
	});

	test('should MOCO answer without a body: one item names the marked entries', async () => {
		sim().injectFault({ method: 'POST', path: '/activities/disregard' }, { status: 204 });

		const result = await markAsBilled({ activityIds: `${ZOE_TUE},${ZOE_WED}` });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([{ activity_ids: [ZOE_TUE, ZOE_WED], billed: true }]);
	});

	test.each<[string, IDataObject, string]>([
		['no IDs', { activityIds: '={{ "" }}' }, 'Activity IDs is required to run this operation (item 0)'],
		['an ID that is none', { activityIds: `${ZOE_TUE}, 5/../x` }, 'Activity IDs must be positive whole numbers separated by commas; "5/../x" is not one (item 0)'],
		['no reason', { activityIds: String(ZOE_TUE), reason: '={{ "" }}' }, 'Reason is required to run this operation (item 0)'],
		['a company ID that is none', { activityIds: String(ZOE_TUE), companyId: pick.id('={{ "abc" }}') }, 'Company ID must be a positive whole number, not "abc" (item 0)'],
	])('%s: a clear error, nothing sent', async (_label, parameters, message) => {
		const result = await markAsBilled(parameters as INodeParameters);

		expect(result.error?.message).toBe(message);
		expect(calls(sim())).toEqual([]);
	});

	test('Continue On Fail: the refused item reports, the next is marked', async () => {
		const result = await markAsBilled(
			{ activityIds: '={{ $json.ids }}' },
			{ items: [{ ids: String(A.locked) }, { ids: String(ZOE_TUE) }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.id)).toEqual([
			`MOCO could not save the data (422): Activity ${A.locked} does not belong to the given customer or project.`,
			ZOE_TUE,
		]);
	});
});
