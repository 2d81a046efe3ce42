import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { activityRun, calls, onlyRequest, pick, simplified } from './fixtures';

const sim = useSimulator();
const A = SEED_IDS.activities;
/** Renée's workshop on the fixed-price project, led by Zoë alone: the key's user (Jürgen) is no leader there. */
const NOT_LED = A.today + 3;

describe('Activity > Set Billable Time', () => {
	test('PATCH billable_seconds with {seconds} only; the worked time stays', async () => {
		const result = await activityRun('setBillableTime', { activityId: pick.id(A.today), billableTime: '0:15' });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim())).toMatchObject({ method: 'PATCH', url: `/api/v1/activities/${A.today}/billable_seconds`, json: { seconds: 900 } });
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), A.today)]);
		expect(mocoGet(sim(), `/activities/${A.today}`)).toMatchObject({ seconds: 900, hours: 0.25, worked_seconds: 1800 });
	});

	test.each([
		['2', 7200],
		['1,75', 6300],
		['0', 0],
	])('%j hours are %i seconds', async (billableTime, seconds) => {
		const result = await activityRun('setBillableTime', { activityId: pick.id(A.today), billableTime });

		expect(result.error).toBeUndefined();
		expect(onlyRequest(sim()).json).toEqual({ seconds });
	});

	test("not the project's leader: MOCO's 403 in its words", async () => {
		const result = await activityRun('setBillableTime', { activityId: pick.id(NOT_LED), billableTime: '1' });

		expect(result.error).toMatchObject({ message: 'MOCO refused access (403): Forbidden: only the project leader can change billable seconds', httpCode: '403' });
		expect(mocoGet(sim(), `/activities/${NOT_LED}`).seconds).not.toBe(3600);
	});

	test("a billed entry: MOCO's 422 in its words", async () => {
		const result = await activityRun('setBillableTime', { activityId: pick.id(A.billed), billableTime: '1' });

		expect(result.error?.message).toBe('MOCO could not save the data (422): The activity cannot be changed because it has already been billed.');
	});

	test.each([
		['in words', 'eine Stunde', 'Billable Time must be hours like 1.5 or 1:30, not "eine Stunde" (item 0)'],
		['empty from an expression', '={{ "" }}', 'Billable Time is required to run this operation (item 0)'],
	])('Billable Time %s: a clear error, nothing sent', async (_label, billableTime, message) => {
		const result = await activityRun('setBillableTime', { activityId: pick.id(A.today), billableTime });

		expect(result.error?.message).toBe(message);
		expect(calls(sim())).toEqual([]);
	});

	test('Continue On Fail: the refused entry reports, the other changes', async () => {
		const result = await activityRun(
			'setBillableTime',
			{ activityId: '={{ $json.id }}', billableTime: '0.75' },
			{ items: [{ id: NOT_LED }, { id: A.today }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.seconds)).toEqual([
			'MOCO refused access (403): Forbidden: only the project leader can change billable seconds',
			2700,
		]);
	});
});
