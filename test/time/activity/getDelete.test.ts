import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const A = SEED_IDS.activities;
const ENTRY = A.today + 1;

describe('Activity > Get', () => {
	test('one GET, simplified by default', async () => {
		const result = await activityRun('get', { activityId: pick.list(A.today) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'GET', url: `/api/v1/activities/${A.today}`, json: undefined });
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), A.today)]);
		expect(result.items[0].json).toEqual({
			id: A.today,
			date: '2026-01-05',
			hours: 0.5,
			seconds: 1800,
			description: 'Startseite: Varianten',
			billable: true,
			billed: false,
			timer_started_at: null,
			project_id: SEED_IDS.projects.relaunch,
			project_name: 'Website-Relaunch',
			task_id: SEED_IDS.tasks.relaunchDesign,
			task_name: 'Design',
			customer_name: 'Hafenlicht Reederei GmbH',
			user_id: SEED_IDS.users.zoe,
			user_name: 'Zoë Ångström',
		});
	});

	test("Simplify off: MOCO's whole record", async () => {
		const result = await activityRun('get', { activityId: pick.id(A.billed), simplify: false });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/activities/${A.billed}`)]);
		expect(result.items[0].json).toMatchObject({ billed: true, invoice_id: 5500001, worked_seconds: 7200 });
	});

	test("an unknown ID: MOCO's 404; Continue On Fail keeps the other items", async () => {
		const result = await activityRun('get', { activityId: '={{ $json.id }}' }, { items: [{ id: 1 }, { id: A.today }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error ?? item.json.id)).toEqual(['MOCO found no such record (404): Resource not found', A.today]);
	});

	test.each(['abc', '5/../x'])('a bad ID %j: nothing sent', async (bad) => {
		const result = await activityRun('get', { activityId: pick.id(`={{ ${JSON.stringify(bad)} }}`) });

		expect(result.error?.message).toBe(`Activity ID must be a positive whole number, not ${JSON.stringify(bad)} (item 0)`);
		expect(calls(sim())).toEqual([]);
	});
});

describe('Activity > Delete', () => {
	test('one DELETE, output {deleted: true}, the entry is gone', async () => {
		const result = await activityRun('delete', { activityId: pick.id(ENTRY) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'DELETE', url: `/api/v1/activities/${ENTRY}` });
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().records('activities').some((activity) => activity.id === ENTRY)).toBe(false);
	});

	test.each([
		['billed', A.billed, 'MOCO could not save the data (422): The activity cannot be deleted because it has already been billed.'],
		['locked', A.locked, 'MOCO could not save the data (422): The activity cannot be deleted because it is locked.'],
	])("a %s entry: MOCO's refusal in its words, the entry stays", async (_label, id, message) => {
		const result = await activityRun('delete', { activityId: pick.id(id) });

		expect(result.error).toMatchObject({ message, httpCode: '422' });
		expect(sim().records('activities').some((activity) => activity.id === id)).toBe(true);
	});

	test("a read-only key: MOCO's 403", async () => {
		const result = await activityRun('delete', { activityId: pick.id(ENTRY) }, { credentials: { subdomain: 'acme', apiKey: 'read-only-key' } });

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: this API key has read-only access', httpCode: '403' });
	});

	test('Continue On Fail: the locked entry reports, the others are deleted', async () => {
		const result = await activityRun(
			'delete',
			{ activityId: '={{ $json.id }}' },
			{ items: [{ id: ENTRY }, { id: A.locked }, { id: ENTRY + 1 }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json)).toEqual([
			{ deleted: true },
			{ error: 'MOCO could not save the data (422): The activity cannot be deleted because it is locked.' },
			{ deleted: true },
		]);
	});
});
