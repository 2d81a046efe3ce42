import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { mocoGet, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls, simplified } from './fixtures';

const sim = useSimulator();
const PASSWORD = 'Start!Passwort-7';
const required = { firstname: 'Mia', lastname: 'Schröder', email: 'mia.schroeder@acme.example', unitId: SEED_IDS.units.sales };

function create(parameters: INodeParameters, options: Omit<RunOptions, 'parameters'> = {}) {
	return runNode({ parameters: { resource: 'user', operation: 'create', ...required, ...parameters }, ...options });
}

function onlyPost(): unknown {
	expect(sim().requests).toHaveLength(1);
	const request = requestSummary(sim().requests[0]);
	expect(request).toMatchObject({
		method: 'POST',
		host: 'acme.mocoapp.com',
		url: '/api/v1/users',
		authorization: 'Token token=test-key',
		contentType: 'application/json',
	});
	return request.json;
}

const newest = () => sim().users[sim().users.length - 1];

describe('User > Create', () => {
	test('the four required fields only', async () => {
		const result = await create({});

		expect(result.error).toBeUndefined();
		expect(onlyPost()).toEqual({ firstname: 'Mia', lastname: 'Schröder', email: 'mia.schroeder@acme.example', unit_id: SEED_IDS.units.sales });
		expect(result.items.map((item) => item.json)).toEqual([simplified(sim(), newest().id)]);
		expect(newest()).toMatchObject({ firstname: 'Mia', unit: { id: SEED_IDS.units.sales, name: 'Sales' } });
	});

	test('every optional field, the same ones Update offers, plus password and welcome email', async () => {
		const result = await create({
			password: PASSWORD,
			additionalFields: {
				active: false,
				birthday: '1992-02-29T00:00:00',
				customProperties: { property: [{ name: 'Kostenstelle', value: '4711' }] },
				external: true,
				homeAddress: 'Domplatz 1, Köln',
				iban: 'DE02120300000000202051',
				info: 'Neu',
				language: 'en',
				mobilePhone: '+49 170 1',
				roleId: SEED_IDS.roles.projektleitung,
				tags: ['Remote', ' '],
				welcomeEmail: true,
				workPhone: '+49 221 2',
			},
		});

		expect(result.error).toBeUndefined();
		expect(onlyPost()).toEqual({
			firstname: 'Mia',
			lastname: 'Schröder',
			email: 'mia.schroeder@acme.example',
			unit_id: SEED_IDS.units.sales,
			password: PASSWORD,
			active: false,
			bday: '1992-02-29',
			custom_properties: { Kostenstelle: '4711' },
			external: true,
			home_address: 'Domplatz 1, Köln',
			iban: 'DE02120300000000202051',
			info: 'Neu',
			language: 'en',
			mobile_phone: '+49 170 1',
			role_id: SEED_IDS.roles.projektleitung,
			tags: ['Remote'],
			welcome_email: true,
			work_phone: '+49 221 2',
		});
		expect(JSON.stringify(result.items)).not.toContain(PASSWORD);
	});

	test('the password never appears in an error', async () => {
		sim().injectFault({ method: 'POST' }, { status: 422, body: JSON.stringify({ password: ['is too short'] }) });

		const result = await create({ password: PASSWORD });

		expect(result.error?.message).toBe('MOCO could not save the data (422): password is too short');
		expect(JSON.stringify(result.run?.data.resultData)).not.toContain(PASSWORD);
	});

	test('Simplify off returns MOCO\'s record', async () => {
		const result = await create({ simplify: false });

		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/users/${newest().id}`)]);
	});

	test.each([
		['First Name', { firstname: '={{ $json.none }}' }],
		['Last Name', { lastname: '={{ " " }}' }],
		['Email', { email: '={{ $json.none }}' }],
		['Team Name or ID', { unitId: '={{ $json.none }}' }],
	])('%s empty from an expression: refused, nothing sent', async (label, parameters) => {
		const result = await create(parameters);

		expect(result.error?.message).toBe(`${label} is required to create a user (item 0)`);
		expect(calls(sim())).toEqual([]);
	});

	test('a required field left empty in the editor: n8n itself refuses', async () => {
		const result = await create({ firstname: '' });

		expect(result.error?.message).toContain('Parameter "First Name" is required');
		expect(calls(sim())).toEqual([]);
	});

	test('a malformed email: refused, nothing sent', async () => {
		const result = await create({ email: 'mia at acme' });

		expect(result.error?.message).toBe('Email must be an email address like name@example.com, not "mia at acme" (item 0)');
		expect(calls(sim())).toEqual([]);
	});

	test("MOCO's 422 reaches the user; with Continue On Fail the other items are created", async () => {
		const result = await create(
			{ email: '={{ $json.email }}' },
			{ items: [{ email: 'juergen.mueller@acme.example' } as IDataObject, { email: 'neu@acme.example' }], continueOnFail: true },
		);

		expect(result.items.map((item) => item.json.error ?? item.json.email)).toEqual([
			'MOCO could not save the data (422): email has already been taken',
			'neu@acme.example',
		]);
		expect(calls(sim())).toEqual(['POST /api/v1/users', 'POST /api/v1/users']);
	});
});
