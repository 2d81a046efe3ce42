import type { INodeParameters } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { calls } from '../user/fixtures';

const sim = useSimulator();
const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'absenceRequest', operation, ...parameters }, typeVersion: VERSION, ...options });
const R = SEED_IDS.absenceRequests;
const U = SEED_IDS.users;
// Thursday 2026-02-05 to Tuesday 2026-02-10.
const WEEK = { type: 'vacation', approverUserId: pick.id(U.juergen), from: '2026-02-05', to: '2026-02-10' };
const day = (date: string, am = true, pm = true) => ({ date, am, pm });

describe('Absence Request > Create', () => {
	test('a range of days becomes MOCO’s entries, weekdays only; the approver’s ID sent as text; MOCO’s request out', async () => {
		const result = await run('create', { ...WEEK, additionalFields: { comment: 'Skiurlaub' } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/users/absence_requests',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: {
					type: 'vacation',
					approver_user_id: String(U.juergen),
					comment: 'Skiurlaub',
					entries: [day('2026-02-05'), day('2026-02-06'), day('2026-02-09'), day('2026-02-10')],
				},
			},
		]);
		const made = sim().records('absenceRequests').at(-1)!;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/absence_requests/${String(made.id)}`)]);
		expect(result.items[0].json).toMatchObject({ status: 'pending', total_days: 4, selected_approver: { id: U.juergen } });
	});

	test('afternoons only, weekends included, the approver by email', async () => {
		const result = await run('create', {
			...WEEK,
			type: 'other',
			approverUserId: pick.by('email', 'zoe.angstrom@acme.example'),
			from: '2026-02-06',
			to: '2026-02-08',
			additionalFields: { partOfDay: 'pm', includeWeekends: true },
		});

		expect(result.error).toBeUndefined();
		expect(bodies(sim())).toEqual([{ type: 'other', approver_user_id: String(U.zoe), entries: [day('2026-02-06', false), day('2026-02-07', false), day('2026-02-08', false)] }]);
		expect(result.items[0].json.total_days).toBe(1.5);
	});

	test.each([
		[{ to: '2026-02-04' }, 'To (2026-02-04) must not be before From (2026-02-05) (item 0)'],
		[{ from: '2026-02-07', to: '2026-02-08' }, 'To leaves only weekend days: turn on Include Weekends, or choose working days (item 0)'],
		[{ to: '2027-02-10' }, 'To is 371 days after From: one request covers at most 366 days (item 0)'],
		[{ from: '5.2.2026' }, 'From must be a date in the form YYYY-MM-DD, not "5.2.2026" (item 0)'],
		[{ type: 'holiday' }, 'Type must be one of vacation, sickness, other, not "holiday" (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await run('create', { ...WEEK, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test("an approver MOCO does not have: MOCO's refusal in its words", async () => {
		const result = await run('create', { ...WEEK, approverUserId: pick.id(42) });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): approver_user must exist' });
	});
});

describe('Absence Request > Get, Get Many', () => {
	test('Get: one GET, MOCO’s request with its days', async () => {
		const result = await run('get', { absenceRequestId: pick.list(R.renee) });

		expect(calls(sim())).toEqual([`GET /api/v1/users/absence_requests/${R.renee}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/absence_requests/${R.renee}`)]);
	});

	test('Get Many with Return All and every filter, sent as MOCO names them', async () => {
		const result = await run('getAll', { returnAll: true, filters: { userId: pick.id(U.renee), selectedApproverId: pick.id(U.juergen), type: 'vacation', status: 'pending' } });

		expect(calls(sim())).toEqual([`GET /api/v1/users/absence_requests?user_id=${U.renee}&selected_approver_id=${U.juergen}&type=vacation&status=pending`]);
		expect(result.items.map((item) => item.json.id)).toEqual([R.renee]);
	});

	test('the From list search names type, days, user and state', async () => {
		const result = await listSearch('searchAbsenceRequests', undefined, undefined, undefined, { resource: 'absenceRequest', operation: 'get' });

		expect(result.results).toContainEqual({ name: "vacation 2026-02-12 to 2026-02-13, Renée O'Brien-Šimić (pending)", value: String(R.renee) });
		expect(result.results).toContainEqual({ name: 'other 2026-01-07, Łukasz Nowak (approved)', value: String(R.lukasz) });
	});
});

describe('Absence Request > Delete', () => {
	test('DELETE with MOCO’s required comment in the query; {deleted: true}; the request is gone', async () => {
		const result = await run('delete', { absenceRequestId: pick.id(R.renee), withdrawComment: 'Pläne geändert' });

		expect(sim().requests.map(requestSummary)).toEqual([
			expect.objectContaining({ method: 'DELETE', url: `/api/v1/users/absence_requests/${R.renee}?comment=Pl%C3%A4ne%20ge%C3%A4ndert`, json: undefined }),
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('absenceRequests', R.renee)).toBeUndefined();
	});

	test('without a comment, or with a bad ID: named, nothing sent', async () => {
		const noComment = await run('delete', { absenceRequestId: pick.id(R.renee), withdrawComment: '={{ " " }}' });
		const badId = await run('delete', { absenceRequestId: pick.id('={{ "abc" }}'), withdrawComment: 'x' });

		expect(noComment.error?.message).toBe('Comment is required to run this operation (item 0)');
		expect(badId.error?.message).toBe('Absence Request ID must be a positive whole number, not "abc" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'absenceRequest',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: WEEK },
		{ operation: 'delete', method: 'DELETE', parameters: { absenceRequestId: pick.id(R.lukasz), withdrawComment: 'x' } },
	],
	{ typeVersion: VERSION },
);

test('Delete without a comment typed sends the plain one filled in, as MOCO requires one', async () => {
	await run('delete', { absenceRequestId: pick.id(R.lukasz) });

	expect(calls(sim())).toEqual([`DELETE /api/v1/users/absence_requests/${R.lukasz}?comment=Withdrawn%20through%20n8n`]);
});
