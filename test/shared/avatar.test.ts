import type { IDataObject } from 'n8n-workflow';

import { useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { bodies, runOn } from '../customers/company/fixtures';

const sim = useSimulator();
const PICTURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const file = (data = PICTURE) => ({ files: [{ foto: { data, fileName: 'Mia Schröder.png', mimeType: 'image/png' } }] });
const CASES = [
	['user', { firstname: 'Mia', lastname: 'Schröder', email: 'mia.schroeder@acme.example', unitId: SEED_IDS.units.sales }],
	['contact', { lastname: 'Petersen', gender: 'F' }],
] as const;

describe.each(CASES)('%s > Create with an avatar from an input item’s file', (resource, required) => {
	const run = runOn(resource);

	test('sent as MOCO’s avatar {filename, base64}; MOCO’s record then has an avatar URL', async () => {
		const result = await run('create', { ...required, avatarBinaryField: 'foto' }, file());

		expect(result.error).toBeUndefined();
		const [body] = bodies(sim());
		expect(body.avatar).toEqual({ filename: 'Mia Schröder.png', base64: PICTURE.toString('base64') });
		const created = sim().records(resource === 'user' ? 'users' : 'contacts').at(-1) as IDataObject;
		expect(created.avatar_url).toBe('https://acme.mocoapp.com/uploads/avatars/mia-schroeder-png');
	});

	test('left empty: no avatar sent', async () => {
		await run('create', required, file());

		expect(bodies(sim())[0]).not.toHaveProperty('avatar');
	});

	test('a field the item does not have: named, nothing sent', async () => {
		const result = await run('create', { ...required, avatarBinaryField: 'bild' }, file());

		expect(result.error?.message).toBe('Avatar From Binary Field names "bild", but item 0 has no file there (it has "foto") (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

test('a contact’s picture of 1 MB or more: refused in plain words before sending, as MOCO takes less', async () => {
	const result = await runOn('contact')('create', { lastname: 'Petersen', gender: 'F', avatarBinaryField: 'foto' }, file(Buffer.alloc(1024 * 1024 + 1)));

	expect(result.error?.message).toBe('Avatar From Binary Field names a file of 1025 KB; MOCO takes at most 1024 KB (item 0)');
	expect(sim().requests.filter((request) => request.method === 'POST')).toEqual([]);
});
