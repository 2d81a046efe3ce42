import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, onlyRequest, pick, simplified } from './fixtures';

// MOCO's clock for this file: "today" is the seeded Monday 2026-01-05, 09:00 UTC.
let now = Date.UTC(2026, 0, 5, 9, 0, 0);
const sim = useSimulator({ now: () => now });
const A = SEED_IDS.activities;

beforeEach(() => {
	now = Date.UTC(2026, 0, 5, 9, 0, 0);
});

describe('Activity > Start Timer and Stop Timer', () => {
	test('start on an entry of today: one PATCH without a body, the timer runs', async () => {
		const result = await activityRun('startTimer', { activityId: pick.id(A.today) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'PATCH', url: `/api/v1/activities/${A.today}/start_timer`, json: undefined });
		expect(sim().requests[0].body).toBe('');
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), A.today)]);
		expect(result.items[0].json.timer_started_at).toBe('2026-01-05T09:00:00Z');
	});

	test('stop 45 minutes later: MOCO adds the time, the timer is off', async () => {
		await activityRun('startTimer', { activityId: pick.id(A.today) });
		now += 45 * 60_000;
		sim().clearRequests();

		const result = await activityRun('stopTimer', { activityId: pick.list(A.today) });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'PATCH', url: `/api/v1/activities/${A.today}/stop_timer`, json: undefined });
		expect(result.items[0].json).toMatchObject({ id: A.today, seconds: 1800 + 2700, hours: 1.25, timer_started_at: null });
		expect(mocoGet(sim(), `/activities/${A.today}`).timer_started_at).toBeNull();
	});

	test("start on an entry of another day: MOCO's 422 in its words", async () => {
		const result = await activityRun('startTimer', { activityId: pick.id(A.today + 1) });

		expect(result.error).toMatchObject({
			message: 'MOCO could not save the data (422): The timer can only be started on activities of the current day.',
			httpCode: '422',
		});
	});

	test("start on a billed entry: MOCO's 422 in its words", async () => {
		const result = await activityRun('startTimer', { activityId: pick.id(A.billed) });

		expect(result.error?.message).toBe('MOCO could not save the data (422): The activity cannot be changed because it has already been billed.');
	});

	test("stop where no timer runs: MOCO's 422 in its words", async () => {
		const result = await activityRun('stopTimer', { activityId: pick.id(A.today) });

		expect(result.error?.message).toBe('MOCO could not save the data (422): No timer is running on this activity.');
	});

	test('Continue On Fail: the entry of another day reports, today’s timer starts', async () => {
		const result = await activityRun(
			'startTimer',
			{ activityId: '={{ $json.id }}' },
			{ items: [{ id: A.today + 1 }, { id: A.today }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.timer_started_at)).toEqual([
			'MOCO could not save the data (422): The timer can only be started on activities of the current day.',
			'2026-01-05T09:00:00Z',
		]);
	});

	test.each(['startTimer', 'stopTimer'])('%s with a bad ID: nothing sent', async (operation) => {
		const result = await activityRun(operation, { activityId: pick.id('={{ "5/../x" }}') });

		expect(result.error?.message).toBe('Activity ID must be a positive whole number, not "5/../x" (item 0)');
		expect(calls(sim())).toEqual([]);
	});
});
