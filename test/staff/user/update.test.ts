import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { loadOptions, mocoGet, requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { simplified as simplifiedFrom, updateUser as update, userBy } from './fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });
const JUERGEN = SEED_IDS.users.juergen;
const ZOE = SEED_IDS.users.zoe;
const PASSWORD = 'Geheim!Passwort-42';

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
