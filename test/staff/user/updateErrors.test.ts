import { useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { simplified as simplifiedFrom, updateUser as update, userBy } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const JUERGEN = SEED_IDS.users.juergen;
const ZOE = SEED_IDS.users.zoe;

const simplified = (id: number) => simplifiedFrom(sim(), id);

describe('User > Update refuses bad input before sending anything', () => {
	test('User ID left empty: n8n itself refuses to run', async () => {
		const result = await update({ userId: userBy.id(''), firstname: 'Jörg' });

		expect(result.error?.message).toContain('Parameter "User" is required');
		expect(sim().requests).toHaveLength(0);
	});

	test.each(['abc', '-4', '1.5', '0', '12/../../units'])('a typed User ID %j: n8n itself refuses to run', async (userId) => {
		const result = await update({ userId: userBy.id(userId), firstname: 'Jörg' });

		expect(result.error?.message).toContain('User ID must be a positive whole number, like 933590158');
		expect(sim().requests).toHaveLength(0);
	});

	test.each([
		[{}, 'User ID is required (item 0)'],
		[{ id: 'abc' }, 'User ID must be a positive whole number, not "abc" (item 0)'],
		[{ id: -4 }, 'User ID must be a positive whole number, not -4 (item 0)'],
		[{ id: '1.5' }, 'User ID must be a positive whole number, not "1.5" (item 0)'],
		[{ id: 0 }, 'User ID must be a positive whole number, not 0 (item 0)'],
		[{ id: '12/../../units' }, 'User ID must be a positive whole number, not "12/../../units" (item 0)'],
	])('a User ID from the item %j', async (item, message) => {
		const result = await update({ userId: userBy.id('={{ $json.id }}'), firstname: 'Jörg' }, { items: [item] });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toHaveLength(0);
	});

	test('an update with nothing to change', async () => {
		const result = await update({});

		expect(result.error?.message).toBe(
			'Update has nothing to change: fill in at least one field (empty fields are left as they are) (item 0)',
		);
		expect(sim().requests).toHaveLength(0);
	});

	test('a malformed email names the field and the item', async () => {
		const result = await update({ email: 'jürgen at acme' });

		expect(result.error?.message).toBe('Email must be an email address like name@example.com, not "jürgen at acme" (item 0)');
		expect(sim().requests).toHaveLength(0);
	});
});

describe('User > Update passes MOCO\'s own words on', () => {
	const items = [{ id: JUERGEN }, { id: 999999 }, { id: ZOE }];
	const byItem = { userId: userBy.id('={{ $json.id }}'), firstname: 'Jörg' };

	test('401: a wrong key', async () => {
		const result = await update({ firstname: 'Jörg' }, { credentials: { subdomain: 'acme', apiKey: 'wrong-key' } });

		expect(result.error).toMatchObject({
			message: 'MOCO rejected the API key (401): Unauthorized: invalid API key',
			httpCode: '401',
		});
		expect(result.error?.description).toContain('Check the API key');
		expect(sim().requests.map((r) => r.headers.authorization)).toEqual(['Token token=wrong-key']);
	});

	test('403: a read-only key', async () => {
		const result = await update({ firstname: 'Jörg' }, { credentials: { subdomain: 'acme', apiKey: 'read-only-key' } });

		expect(result.error).toMatchObject({
			message: 'MOCO refused access (403): Forbidden: this API key has read-only access',
			httpCode: '403',
		});
	});

	test.each([
		['wrong-key', 'MOCO rejected the API key (401): Unauthorized: invalid API key'],
		['read-only-key', 'MOCO refused access (403): Forbidden: this API key has read-only access'],
	])('key %s with Continue On Fail: every item reports MOCO\'s reason', async (apiKey, message) => {
		const result = await update(byItem, { items, continueOnFail: true, credentials: { subdomain: 'acme', apiKey } });

		expect(sim().requests).toHaveLength(3);
		expect(result.items.map((item) => item.json)).toEqual([{ error: message }, { error: message }, { error: message }]);
	});

	test('404 on the second of three items stops the run, naming item 1', async () => {
		const result = await update(byItem, { items });

		expect(result.error).toMatchObject({
			message: 'MOCO found no such record (404): Resource not found',
			httpCode: '404',
			context: { itemIndex: 1 },
		});
		expect(result.error?.description).toContain('Item 1.');
	});

	test('404 with Continue On Fail: the other items still go through', async () => {
		const result = await update(byItem, { items, continueOnFail: true });

		expect(sim().requests.map((r) => `${r.method} ${r.path}`)).toEqual([
			`PUT /api/v1/users/${JUERGEN}`,
			'PUT /api/v1/users/999999',
			`PUT /api/v1/users/${ZOE}`,
		]);
		expect(result.items.map((item) => item.json)).toEqual([
			simplified(JUERGEN),
			{ error: 'MOCO found no such record (404): Resource not found' },
			simplified(ZOE),
		]);
	});

	const unprocessable: Array<[string, string, string]> = [
		['{"message": ...}', JSON.stringify({ message: 'E-Mail ist bereits vergeben' }), 'E-Mail ist bereits vergeben'],
		[
			'a field map',
			JSON.stringify({ email: ['is invalid', 'has already been taken'], firstname: ["can't be blank"] }),
			"email is invalid, has already been taken; firstname can't be blank",
		],
	];

	test.each(unprocessable)('422 with %s', async (_shape, body, reason) => {
		sim().injectFault({ method: 'PUT' }, { status: 422, body, headers: { 'content-type': 'application/json' } });

		const result = await update({ email: 'taken@acme.example' });

		expect(result.error).toMatchObject({ message: `MOCO could not save the data (422): ${reason}`, httpCode: '422' });
	});

	test.each(unprocessable)('422 with %s and Continue On Fail across items', async (_shape, body, reason) => {
		sim().injectFault({ method: 'PUT', path: `/users/${ZOE}` }, { status: 422, body });

		const result = await update(byItem, { items: [{ id: JUERGEN }, { id: ZOE }, { id: SEED_IDS.users.anais }], continueOnFail: true });

		expect(sim().requests).toHaveLength(3);
		expect(result.items.map((item) => item.json)).toEqual([
			simplified(JUERGEN),
			{ error: `MOCO could not save the data (422): ${reason}` },
			simplified(SEED_IDS.users.anais),
		]);
	});

	test('bad input with Continue On Fail fails only its own item', async () => {
		const result = await update(byItem, { items: [{ id: 'abc' }, { id: ZOE }], continueOnFail: true });

		expect(sim().requests.map((r) => r.path)).toEqual([`/api/v1/users/${ZOE}`]);
		expect(result.items.map((item) => item.json)).toEqual([
			{ error: 'User ID must be a positive whole number, not "abc" (item 0)' },
			simplified(ZOE),
		]);
	});
});
