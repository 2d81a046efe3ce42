import { MocoApi } from '../credentials/MocoApi.credentials';
import { parseSubdomain } from '../nodes/Moco/shared/subdomain';
import { runNode, testCredential, useSimulator } from './harness';
import { SEED_IDS } from './simulator';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-only-key': 'read' } });

const ACCEPTED = [
	'acme',
	'ACME',
	'  acme  ',
	'acme.mocoapp.com',
	'acme.mocoapp.com/',
	'https://acme.mocoapp.com',
	'https://acme.mocoapp.com/',
	'https://acme.mocoapp.com/api/v1',
	'https://acme.mocoapp.com/settings/extensions?tab=api',
	'http://acme.mocoapp.com',
];

const REFUSED = [
	'',
	'   ',
	'evil.com#',
	'evil.com',
	'a/b',
	'x.evil.com',
	'acme mocoapp',
	'ac me',
	'acme.mocoapp.com.evil.com',
	'evil.com/acme.mocoapp.com',
	'evil.com?.mocoapp.com',
	'evil.com#.mocoapp.com',
	'https://evil.com/acme.mocoapp.com',
	'https://acme.mocoapp.com@evil.com',
	'https://user:pass@acme.mocoapp.com',
	'https://acme.mocoapp.com:8443',
	'https://a.b.mocoapp.com',
	'ftp://acme.mocoapp.com',
	'//evil.com',
	'-acme',
	'acme_corp',
	'../admin',
];

describe('credential test (GET /session)', () => {
	test('a valid key: success, and the request went to the account with the token header', async () => {
		expect(await testCredential({ subdomain: 'acme', apiKey: 'test-key' })).toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(sim().requests.map((r) => [r.method, r.host, r.url, r.headers.authorization])).toEqual([
			['GET', 'acme.mocoapp.com', '/api/v1/session', 'Token token=test-key'],
		]);
	});

	test('a wrong key: the user is told the key is wrong', async () => {
		expect(await testCredential({ subdomain: 'acme', apiKey: 'not-the-key' })).toEqual({
			status: 'Error',
			message: 'MOCO rejected the API key (401). Check that the key is complete and belongs to this MOCO account.',
		});
	});

	test('surrounding spaces of a pasted key are dropped', async () => {
		expect((await testCredential({ subdomain: 'acme', apiKey: '  test-key\n' })).status).toBe('OK');
		expect(sim().requests[0].headers.authorization).toBe('Token token=test-key');
	});

	test.each(ACCEPTED)('subdomain %j talks to https://acme.mocoapp.com/api/v1', async (subdomain) => {
		expect(parseSubdomain(subdomain)).toBe('acme');
		expect((await testCredential({ subdomain, apiKey: 'test-key' })).status).toBe('OK');
		expect(sim().requests.map((r) => `${r.host}${r.path}`)).toEqual(['acme.mocoapp.com/api/v1/session']);
	});

	test.each(REFUSED)('subdomain %j sends nothing and says what a subdomain looks like', async (subdomain) => {
		const result = await testCredential({ subdomain, apiKey: 'test-key' });

		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/^The MOCO subdomain .* is not valid\. Enter your MOCO account name, e\.g\. "acme"/);
		// Net connect is disabled: a request to any other host would have failed differently.
		expect(sim().requests).toHaveLength(0);
	});
});

describe('the node with a bad subdomain', () => {
	test.each(['evil.com#', 'x.evil.com', ''])('%j: a clear error, no request', async (subdomain) => {
		const result = await runNode({
			parameters: { resource: 'user', operation: 'update', userId: String(SEED_IDS.users.zoe), firstname: 'Zoë' },
			credentials: { subdomain, apiKey: 'test-key' },
		});

		expect(result.error?.message).toContain('is not valid. Enter your MOCO account name');
		expect(sim().requests).toHaveLength(0);
	});
});

describe('authenticate pins every request to the account host', () => {
	const credential = new MocoApi();
	const credentials = { subdomain: 'acme', apiKey: 'k' };

	test('relative URLs get the account base URL and the token', async () => {
		await expect(credential.authenticate(credentials, { url: '/units' })).resolves.toEqual({
			url: '/units',
			baseURL: 'https://acme.mocoapp.com/api/v1',
			headers: { Authorization: 'Token token=k' },
		});
	});

	test('an absolute URL on the account (a pagination link) is allowed', async () => {
		const url = 'https://acme.mocoapp.com/api/v1/units?page=2';
		await expect(credential.authenticate(credentials, { url })).resolves.toMatchObject({ url });
	});

	test.each(['https://evil.com/api/v1/units?page=2', '//evil.com/units', 'https://other.mocoapp.com/api/v1/units', 'http://acme.mocoapp.com/api/v1/units'])(
		'%s is refused',
		async (url) => {
			await expect(credential.authenticate(credentials, { url })).rejects.toThrow(/Refusing to send the MOCO API key/);
		},
	);
});
