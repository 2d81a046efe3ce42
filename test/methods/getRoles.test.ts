import { loadOptions, useSimulator } from '../harness';

const sim = useSimulator();

test('Role Name or ID lists MOCO\'s permission roles, sorted, the ID as value', async () => {
	const expected = sim()
		.roles.map((role) => ({ name: role.name, value: role.id }))
		.sort((a, b) => a.name.localeCompare(b.name));

	expect(await loadOptions('getRoles')).toEqual(expected);
	expect(expected.length).toBeGreaterThanOrEqual(3);
	expect(sim().requests.map((r) => [r.method, r.url])).toEqual([['GET', '/api/v1/users/roles']]);
});
