import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { loadOptions, mocoGet, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { simplified as simplifiedFrom, userBy } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const JUERGEN = SEED_IDS.users.juergen;
const ZOE = SEED_IDS.users.zoe;
const PASSWORD = 'Geheim!Passwort-42';

function update(parameters: INodeParameters, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({
		parameters: { resource: 'user', operation: 'update', userId: userBy.id(JUERGEN), ...parameters },
		...options,
	});
}

const simplified = (id: number) => simplifiedFrom(sim(), id);

function onlyPut(id = JUERGEN) {
	expect(sim().requests).toHaveLength(1);
	const request = requestSummary(sim().requests[0]);
	expect(request).toMatchObject({
		method: 'PUT',
		host: 'acme.mocoapp.com',
		url: `/api/v1/users/${id}`,
		authorization: 'Token token=test-key',
		contentType: 'application/json',
	});
	return request.json;
}

describe('User > Update sends exactly the fields that were set', () => {
	const single: Array<[string, INodeParameters, IDataObject]> = [
		['First Name', { firstname: 'Jörg' }, { firstname: 'Jörg' }],
		['Last Name', { lastname: 'Müller-Lüdenscheidt' }, { lastname: 'Müller-Lüdenscheidt' }],
		['Email', { email: 'j.mueller@acme.example' }, { email: 'j.mueller@acme.example' }],
		['Password', { password: PASSWORD }, { password: PASSWORD }],
		['Team', { unitId: SEED_IDS.units.sales }, { unit_id: SEED_IDS.units.sales }],
		['Team ID given as text (expression)', { unitId: String(SEED_IDS.units.sales) }, { unit_id: SEED_IDS.units.sales }],
		['Active false', { updateFields: { active: false } }, { active: false }],
		['Active true', { updateFields: { active: true } }, { active: true }],
		['External true', { updateFields: { external: true } }, { external: true }],
		['External false', { updateFields: { external: false } }, { external: false }],
		['Role', { updateFields: { roleId: SEED_IDS.roles.projektleitung } }, { role_id: SEED_IDS.roles.projektleitung }],
		['Language', { updateFields: { language: 'de-CH' } }, { language: 'de-CH' }],
		['Mobile Phone', { updateFields: { mobilePhone: '+49 170 1234567' } }, { mobile_phone: '+49 170 1234567' }],
		['Work Phone', { updateFields: { workPhone: '+49 30 123456-0' } }, { work_phone: '+49 30 123456-0' }],
		['Home Address', { updateFields: { homeAddress: 'Hauptstraße 1\n10115 Berlin' } }, { home_address: 'Hauptstraße 1\n10115 Berlin' }],
		['Birthday from the date picker', { updateFields: { birthday: '1985-04-23T00:00:00' } }, { bday: '1985-04-23' }],
		['Birthday as a date', { updateFields: { birthday: '1985-04-23' } }, { bday: '1985-04-23' }],
		['IBAN', { updateFields: { iban: 'DE89 3704 0044 0532 0130 00' } }, { iban: 'DE89 3704 0044 0532 0130 00' }],
		['Tags', { updateFields: { tags: ['Frontend', 'Remote'] } }, { tags: ['Frontend', 'Remote'] }],
		[
			'Custom Properties',
			{ updateFields: { customProperties: { property: [{ name: 'T-Shirt-Größe', value: 'L' }, { name: 'Standort', value: 'Köln' }] } } },
			{ custom_properties: { 'T-Shirt-Größe': 'L', Standort: 'Köln' } },
		],
		['Info', { updateFields: { info: 'Ansprechpartner für Kunden' } }, { info: 'Ansprechpartner für Kunden' }],
	];

	test.each(single)('%s alone', async (_label, parameters, body) => {
		const result = await update(parameters);

		expect(result.error).toBeUndefined();
		expect(onlyPut()).toEqual(body);
		expect(result.items.map((item) => item.json)).toEqual([simplified(JUERGEN)]);
	});

	test('every field together', async () => {
		const result = await update({
			firstname: 'Jörg',
			lastname: 'Meier',
			email: 'joerg.meier@acme.example',
			password: PASSWORD,
			unitId: SEED_IDS.units.design,
			updateFields: {
				active: false,
				external: true,
				roleId: SEED_IDS.roles.admin,
				language: 'en',
				mobilePhone: '+49 170 7654321',
				workPhone: '+49 221 999',
				homeAddress: 'Domplatz 1, Köln',
				birthday: '1990-12-31T00:00:00',
				iban: 'DE02120300000000202051',
				tags: ['Intern'],
				customProperties: { property: [{ name: 'Kostenstelle', value: '4711' }] },
				info: 'Neu im Team',
			},
		});

		expect(result.error).toBeUndefined();
		expect(onlyPut()).toEqual({
			firstname: 'Jörg',
			lastname: 'Meier',
			email: 'joerg.meier@acme.example',
			password: PASSWORD,
			unit_id: SEED_IDS.units.design,
			active: false,
			external: true,
			role_id: SEED_IDS.roles.admin,
			language: 'en',
			mobile_phone: '+49 170 7654321',
			work_phone: '+49 221 999',
			home_address: 'Domplatz 1, Köln',
			bday: '1990-12-31',
			iban: 'DE02120300000000202051',
			tags: ['Intern'],
			custom_properties: { Kostenstelle: '4711' },
			info: 'Neu im Team',
		});
		expect(result.items.map((item) => item.json)).toEqual([
			{
				id: JUERGEN,
				firstname: 'Jörg',
				lastname: 'Meier',
				email: 'joerg.meier@acme.example',
				unit_id: SEED_IDS.units.design,
				unit_name: 'Design & UX',
				active: false,
				external: true,
			},
		]);
	});

	test('empty fields are left alone, never sent as ""', async () => {
		const before = mocoGet(sim(), `/users/${JUERGEN}`);
		const result = await update({
			firstname: '',
			lastname: 'Meier',
			email: '',
			password: '',
			unitId: '',
			updateFields: { mobilePhone: '', workPhone: '   ', tags: [], info: '' },
		});

		expect(result.error).toBeUndefined();
		expect(onlyPut()).toEqual({ lastname: 'Meier' });
		const after = mocoGet(sim(), `/users/${JUERGEN}`);
		expect(after).toEqual({ ...before, lastname: 'Meier', updated_at: after.updated_at });
	});

	test('a team picked from the Team Name or ID list is sent as its number', async () => {
		const teams = await loadOptions('getTeams');
		const sales = teams.find((team) => team.name === 'Sales');
		expect(sales?.value).toBe(SEED_IDS.units.sales);
		sim().clearRequests();

		await update({ unitId: sales!.value });

		expect(onlyPut()).toEqual({ unit_id: SEED_IDS.units.sales });
		expect(mocoGet(sim(), `/users/${JUERGEN}`).unit).toEqual({ id: SEED_IDS.units.sales, name: 'Sales' });
	});

	test('values from the incoming items, one request per item', async () => {
		const result = await update(
			{ userId: userBy.id('={{ $json.id }}'), firstname: '={{ $json.first }}' },
			{ items: [{ id: JUERGEN, first: 'Jörg' }, { id: ZOE, first: 'Zoé' }] },
		);

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary).map(({ method, url, json }) => ({ method, url, json }))).toEqual([
			{ method: 'PUT', url: `/api/v1/users/${JUERGEN}`, json: { firstname: 'Jörg' } },
			{ method: 'PUT', url: `/api/v1/users/${ZOE}`, json: { firstname: 'Zoé' } },
		]);
		expect(result.items.map((item) => item.json)).toEqual([simplified(JUERGEN), simplified(ZOE)]);
	});
});

describe('User > Update output', () => {
	test('Simplify off returns MOCO\'s response unchanged', async () => {
		const result = await update({ firstname: 'Jörg', simplify: false });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/${JUERGEN}`)]);
		expect(result.items[0].json).toHaveProperty('custom_properties');
		expect(result.items[0].json).toHaveProperty('unit', { id: SEED_IDS.units.geschaeftsfuehrung, name: 'Geschäftsführung' });
	});

	test.each([true, false])('the password never appears in the output (Simplify %s)', async (simplify) => {
		const result = await update({ password: PASSWORD, simplify });

		expect(onlyPut()).toEqual({ password: PASSWORD });
		expect(JSON.stringify(result.items)).not.toContain(PASSWORD);
	});

	test('the password never appears in an error either', async () => {
		sim().injectFault({ method: 'PUT' }, { status: 422, body: JSON.stringify({ password: ['is too short'] }) });

		const result = await update({ password: PASSWORD });

		expect(result.error?.message).toBe('MOCO could not save the data (422): password is too short');
		// The workflow itself holds the password; nothing the run produced may.
		expect(JSON.stringify(result.run?.data.resultData)).not.toContain(PASSWORD);
		expect(JSON.stringify(result.run?.data.resultData)).toContain('[hidden]');
	});
});

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
