import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, mocoSend, pick, requestLines, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-key': 'read' } });
const U = SEED_IDS.users;

const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'absence', operation, ...parameters }, ...options });

/** An absence MOCO already has, made for the test (not node traffic). */
const existing = (body: IDataObject = {}) => mocoSend(sim(), 'POST', '/schedules', { date: '2026-02-02', absence_code: 4, user_id: U.zoe, ...body });

describe('Absence > Create', () => {
	test('date from the picker as YYYY-MM-DD (peer lesson 10), type in words sent as MOCO’s code, booleans as JSON (peer lesson 5), user by email', async () => {
		const zoe = mocoGet(sim(), `/users/${U.zoe}`);
		const result = await run('create', {
			date: '2026-02-16T00:00:00',
			absenceCode: 3,
			additionalFields: { userId: pick.by('email', String(zoe.email)), am: true, pm: false, comment: 'Arzttermin', symbol: 12, overwrite: true },
		});

		expect(result.error).toBeUndefined();
		const post = sim().requests.find((request) => request.method === 'POST')!;
		expect(requestSummary(post)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/schedules',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { date: '2026-02-16', absence_code: 3, user_id: U.zoe, am: true, pm: false, comment: 'Arzttermin', symbol: 12, overwrite: true },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/schedules/${String(result.items[0].json.id)}`)]);
		expect(result.items[0].json).toMatchObject({ date: '2026-02-16', user: { id: U.zoe } });
	});

	test('only date and type: the key’s own user (no user_id sent)', async () => {
		const result = await run('create', { date: '2026-02-17', absenceCode: 4 });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => request.json)).toEqual([{ date: '2026-02-17', absence_code: 4 }]);
	});

	test.each([
		['a date that does not exist', { date: '2026-02-30' }, 'Date must be a date in the form YYYY-MM-DD, not "2026-02-30" (item 0)'],
		['an absence type MOCO has no code for', { date: '2026-02-17', absenceCode: 9 }, 'Absence Type must be one of 1, 2, 3, 4, 5, not 9 (item 0)'],
		['a user email that is no address', { date: '2026-02-17', additionalFields: { userId: pick.by('email', 'zoe') } }, 'User Email must be an email address like name@example.com, not "zoe" (item 0)'],
		['a symbol outside 1-12', { date: '2026-02-17', additionalFields: { symbol: 13 } }, 'Symbol must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, not 13 (item 0)'],
	])('%s: refused in words, nothing sent', async (_label, parameters, message) => {
		const result = await run('create', { absenceCode: 4, ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a second absence on a taken day without Overwrite: MOCO’s 422 (field by field) in MOCO’s words', async () => {
		existing({ date: '2026-02-20' });

		const result = await run('create', { date: '2026-02-20', absenceCode: 3, additionalFields: { userId: pick.id(U.zoe) } });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): date has already been taken' });
	});

	test('the same with Overwrite: MOCO replaces the day’s absence', async () => {
		const before = existing({ date: '2026-02-20' });

		const result = await run('create', { date: '2026-02-20', absenceCode: 3, additionalFields: { userId: pick.id(U.zoe), overwrite: true } });

		expect(sim().requests[0].json).toEqual({ date: '2026-02-20', absence_code: 3, user_id: U.zoe, overwrite: true });
		expect(result.items[0].json).toMatchObject({ date: '2026-02-20', assignment: { code: '3' } });
		expect(mocoGet(sim(), `/schedules/${String(before.id)}`)).not.toHaveProperty('date');
	});

	test('a read-only key: MOCO’s 403 reaches the user', async () => {
		const result = await run('create', { date: '2026-02-17', absenceCode: 4 }, { credentials: { subdomain: 'acme', apiKey: 'read-key' } });

		expect(result.error).toMatchObject({ httpCode: '403' });
		expect(result.error?.message).toMatch(/^MOCO refused access \(403\)/);
	});

	test('Continue On Fail: a bad item is reported, the others are created', async () => {
		const result = await run(
			'create',
			{ date: '={{ $json.day }}', absenceCode: 4 },
			{ items: [{ day: '2026-02-18' }, { day: 'morgen' }, { day: '2026-02-19' }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.date ?? item.json.error)).toEqual([
			'2026-02-18',
			'Date must be a date in the form YYYY-MM-DD, not "morgen" (item 1)',
			'2026-02-19',
		]);
		expect(requestLines(sim())).toEqual(['POST /api/v1/schedules', 'POST /api/v1/schedules']);
	});
});

describe('Absence > Get, Update, Delete', () => {
	test('Get: GET /schedules/{id}, MOCO’s record as it is', async () => {
		const absence = existing();

		const result = await run('get', { absenceId: pick.list(absence.id as number) });

		expect(requestLines(sim())).toEqual([`GET /api/v1/schedules/${String(absence.id)}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/schedules/${String(absence.id)}`)]);
	});

	test('Get an ID that does not exist: MOCO’s 404 in words', async () => {
		const result = await run('get', { absenceId: pick.id(999999999) });

		expect(result.error).toMatchObject({ httpCode: '404' });
		expect(result.error?.message).toMatch(/^MOCO found no such record \(404\)/);
	});

	test.each([
		['Date', { date: '2026-03-02T00:00:00' }, { date: '2026-03-02' }],
		['Absence Type', { absenceCode: 3 }, { absence_code: 3 }],
		['User', { userId: pick.id(U.juergen) }, { user_id: U.juergen }],
		['Morning off', { am: false }, { am: false }],
		['Afternoon off', { pm: true }, { pm: true }],
		['Comment', { comment: 'Brückentag' }, { comment: 'Brückentag' }],
		['Symbol', { symbol: 5 }, { symbol: 5 }],
	])('Update %s alone: PUT with exactly that field (peer lesson 4: partial updates)', async (_label, updateFields, body) => {
		const absence = existing();

		const result = await run('update', { absenceId: pick.id(absence.id as number), updateFields });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([['PUT', `/api/v1/schedules/${String(absence.id)}`, body]]);
		expect(result.items[0].json).toEqual(mocoGet(sim(), `/schedules/${String(absence.id)}`));
	});

	test('Update does not offer Overwrite (MOCO honours it on create only): a value a saved workflow holds is not sent', async () => {
		const absence = existing();

		const result = await run('update', { absenceId: pick.id(absence.id as number), updateFields: { comment: 'Brückentag', overwrite: true } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((request) => [request.method, request.url, request.json])).toEqual([['PUT', `/api/v1/schedules/${String(absence.id)}`, { comment: 'Brückentag' }]]);
	});

	test('Update with nothing set: refused, nothing sent', async () => {
		const result = await run('update', { absenceId: pick.id(existing().id as number), updateFields: {} });

		expect(result.error?.message).toBe('Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Delete: DELETE /schedules/{id}, then {deleted: true} (peer lesson 14)', async () => {
		const absence = existing();

		const result = await run('delete', { absenceId: pick.id(absence.id as number) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/schedules/${String(absence.id)}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(mocoGet(sim(), `/schedules/${String(absence.id)}`)).not.toHaveProperty('date');
	});

	test.each(['abc', '5/../x'])('a bad absence ID %j: refused, nothing sent', async (id) => {
		const result = await run('delete', { absenceId: pick.id(`={{ ${JSON.stringify(id)} }}`) });

		expect(result.error?.message).toBe(`Absence ID must be a positive whole number, not ${JSON.stringify(id)} (item 0)`);
		expect(sim().requests).toEqual([]);
	});
});

describe('Absence > Get Many ("copy approved absences to a calendar")', () => {
	test('every filter is sent as MOCO names it, and again on every page (peer lesson 3: filters kept with Return All)', async () => {
		for (let day = 0; day < 250; day++) {
			existing({ date: new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10), user_id: U.zoe, absence_code: 4 + (day % 2), overwrite: true });
		}
		const result = await run('getAll', {
			returnAll: true,
			filters: { from: '2026-01-01', to: '2026-12-31T00:00:00', userId: pick.by('email', String(mocoGet(sim(), `/users/${U.zoe}`).email)), absenceCodes: [4, 5] },
		});

		expect(result.error).toBeUndefined();
		const pages = sim().requests.filter((request) => request.url.startsWith('/api/v1/schedules'));
		const query = `from=2026-01-01&to=2026-12-31&absence_code=4%2C5&user_id=${U.zoe}`;
		expect(pages.map((page) => page.url)).toEqual([`/api/v1/schedules?${query}`, `/api/v1/schedules?${query}&page=2`, `/api/v1/schedules?${query}&page=3`]);
		expect(result.items).toHaveLength(250);
	});

	test('Absence Request ID is sent as absence_request_id', async () => {
		const result = await run('getAll', { filters: { absenceRequestId: 77 } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/schedules?absence_request_id=77']);
	});

	test('types in words, one request with the default limit; the output is MOCO’s records', async () => {
		existing({ date: '2026-02-03', absence_code: 3 });
		existing({ date: '2026-02-04', absence_code: 4 });

		const result = await run('getAll', { filters: { from: '2026-02-03', to: '2026-02-04', absenceCodes: [3] } });

		expect(requestLines(sim())).toEqual(['GET /api/v1/schedules?from=2026-02-03&to=2026-02-04&absence_code=3']);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/schedules/${String(result.items[0].json.id)}`)]);
		expect(result.items[0].json).toMatchObject({ date: '2026-02-03', assignment: { code: '3' } });
	});
});

test('README example "copy approved absences to a calendar": Zoë’s three days of holiday in the seeded week', async () => {
	const result = await run('getAll', { returnAll: true, filters: { from: '2026-01-05', to: '2026-01-11', absenceCodes: [4] } });

	expect(requestLines(sim())).toEqual(['GET /api/v1/schedules?from=2026-01-05&to=2026-01-11&absence_code=4']);
	expect(result.items.map((item) => [item.json.id, item.json.date, item.json.comment, (item.json.user as IDataObject).id])).toEqual([
		[13300001, '2026-01-07', 'Skiurlaub', U.zoe],
		[13300002, '2026-01-08', 'Skiurlaub', U.zoe],
		[13300003, '2026-01-09', 'Skiurlaub', U.zoe],
	]);
	expect(result.items[0].json.assignment).toMatchObject({ id: 704, name: 'Urlaub', code: '4' });
});
