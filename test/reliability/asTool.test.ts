import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { fromAI, runAsTool, runNode, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { calls, simplified, userBy } from '../staff/user/fixtures';

// The MOCO node as a tool of n8n's AI Agent: the model reads only the tool result, so errors there
// must say what was wrong and what to do in the message itself, without "(item 0)".
const sim = useSimulator();
const { zoe: ZOE } = SEED_IDS.users;
const ZOE_EMAIL = 'zoe.angstrom@acme.example';
const PASSWORD = 'Model-Chosen-Secret-7';

/** User > Update with the arguments a builder hands to the model. */
const moveUser: INodeParameters = {
	resource: 'user',
	operation: 'update',
	userId: userBy.email(fromAI('User_Email', 'Email address of the MOCO user')),
	unitId: fromAI('Team_Name_or_ID', 'Name of the team to move the user to'),
};

/** The error text the model reads: n8n hands it the tool's output `[{"error": message}]`. */
function readError(observation: string): string {
	const [result, ...more] = JSON.parse(observation) as Array<{ error?: string }>;
	expect(more).toEqual([]);
	return result.error ?? `no error in ${observation}`;
}

describe('as an AI Agent tool', () => {
	test('moves a user to a team named by the model: one PUT, the user comes back to the model', async () => {
		const result = await runAsTool({ parameters: moveUser, args: { User_Email: ZOE_EMAIL, Team_Name_or_ID: 'Sales' } });

		expect(result.task?.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			`GET /api/v1/users?email=${encodeURIComponent(ZOE_EMAIL)}&include_archived=true`,
			'GET /api/v1/units',
			`PUT /api/v1/users/${ZOE}`,
		]);
		expect(sim().requests[2].json).toEqual({ unit_id: SEED_IDS.units.sales });
		expect(JSON.parse(result.observation)).toEqual([simplified(sim(), ZOE)]);
	});

	test('a misspelt team: the message alone says what is wrong and what to do, with no item number', async () => {
		const result = await runAsTool({ parameters: moveUser, args: { User_Email: ZOE_EMAIL, Team_Name_or_ID: 'Sals' } });

		expect(readError(result.observation)).toBe(
			'Team Name or ID: no team is named "Sals". Did you mean "Sales"? Nothing was changed in MOCO.',
		);
		expect(sim().requests.filter((r) => r.method === 'PUT')).toEqual([]);
	});

	test('the same misspelling in a normal run keeps the item number and the separate description', async () => {
		const result = await runNode({ parameters: { ...moveUser, userId: userBy.email(ZOE_EMAIL), unitId: '={{ "Sals" }}' } });

		expect(result.error?.message).toBe('Team Name or ID: no team is named "Sals". Did you mean "Sales"? (item 0)');
		expect(result.error?.description).toBe('Item 0: nothing was changed in MOCO for this item.');
	});

	test("MOCO's own error reaches the model with the advice", async () => {
		sim().injectFault({ path: `/users/${ZOE}` }, { status: 422, body: JSON.stringify({ unit: ['must exist'] }) });

		const result = await runAsTool({ parameters: moveUser, args: { User_Email: ZOE_EMAIL, Team_Name_or_ID: 'Sales' } });

		expect(readError(result.observation)).toBe(
			'MOCO could not save the data (422): unit must exist. Correct the values MOCO names and run again.',
		);
	});

	test('bad input names the field and says that nothing was sent', async () => {
		const result = await runAsTool({ parameters: moveUser, args: { User_Email: 'zoe at acme', Team_Name_or_ID: 'Sales' } });

		expect(readError(result.observation)).toBe(
			'User Email must be an email address like name@example.com, not "zoe at acme". Nothing was sent to MOCO.',
		);
		expect(sim().requests).toEqual([]);
	});

	test('arguments the model left out are named, instead of "nothing to change"', async () => {
		const parameters = { ...moveUser, firstname: fromAI('First_Name') };

		const result = await runAsTool({ parameters, args: { User_Email: ZOE_EMAIL } });

		expect(readError(result.observation)).toBe(
			'Update has nothing to change: no value was given for First_Name, Team_Name_or_ID. Give at least one of them (an empty one keeps the current value). Nothing was sent to MOCO.',
		);
		expect(sim().requests).toEqual([]);
	});

	test.each([
		[
			'no record has the key',
			() => ({ email: 'nobody@acme.example', team: 'Sales' }),
			'User Email: no MOCO user has the email "nobody@acme.example". Check the address. Nothing was changed in MOCO.',
		],
		[
			'two records share the key',
			() => ({ email: ZOE_EMAIL, team: 'Sales', twin: sim().addUser({ firstname: 'Zoë', lastname: 'Zwilling', email: ZOE_EMAIL }).id }),
			'User Email: 2 MOCO users have the email "zoe.angstrom@acme.example" (IDs {ids}). The tool cannot choose between them; ask the user which one is meant. Nothing was changed in MOCO.',
		],
		[
			'two records share the name',
			() => ({ email: ZOE_EMAIL, team: 'Sales', twin: sim().addUnit('Sales').id }),
			'Team Name or ID: 2 teams are named "Sales" (IDs {ids}). The tool cannot choose between them; ask the user which one is meant. Nothing was changed in MOCO.',
		],
	])('a picker the model cannot resolve (%s): advice a model can follow, never "By ID"', async (_case, given, expected) => {
		const { email, team, twin } = given() as { email: string; team: string; twin?: number };

		const result = await runAsTool({ parameters: moveUser, args: { User_Email: email, Team_Name_or_ID: team } });

		const ids = twin === undefined ? '' : `${expected.startsWith('User') ? ZOE : SEED_IDS.units.sales}, ${twin}`;
		expect(readError(result.observation)).toBe(expected.replace('{ids}', ids));
		expect(sim().requests.filter((r) => r.method !== 'GET')).toEqual([]);
	});

	test('the same project number missing, as a tool and in a normal run: only the tool drops "By ID"', async () => {
		const logTime: INodeParameters = {
			resource: 'activity',
			operation: 'create',
			date: '2026-01-06',
			projectId: { __rl: true, mode: 'identifier', value: fromAI('Project_Number') },
			taskId: { __rl: true, mode: 'name', value: 'Entwicklung' },
		};

		const tool = await runAsTool({ parameters: logTime, args: { Project_Number: 'P-1999-001' }, typeVersion: 1.1 });
		const run = await runNode({ parameters: logTime, items: [{ Project_Number: 'P-1999-001' }], typeVersion: 1.1 });

		expect(readError(tool.observation)).toBe('Project Number: no MOCO project has the number "P-1999-001". Check the number. Nothing was changed in MOCO.');
		expect(run.error?.message).toBe('Project Number: no MOCO project has the number "P-1999-001". Check the number, or choose the project By ID (item 0)');
		expect(sim().requests.filter((r) => r.method !== 'GET')).toEqual([]);
	});

	test('a Get Many as a tool hands the model every user it asked for in one request', async () => {
		const result = await runAsTool({
			parameters: { resource: 'user', operation: 'getAll', returnAll: false, limit: `={{ $fromAI('Limit', \`How many users\`, 'number') }}` },
			args: { Limit: 3 },
		});

		expect(calls(sim())).toEqual(['GET /api/v1/users']);
		const users = JSON.parse(result.observation) as IDataObject[];
		expect(users.map((user) => user.email)).toEqual(sim().users.slice(0, 3).map((user) => user.email));
	});
});

describe('a password is never taken from the model', () => {
	const withPassword = { ...moveUser, password: fromAI('Password', 'New password') };

	test('as a tool: refused in plain words, nothing sent, the value not repeated', async () => {
		const result = await runAsTool({
			parameters: withPassword,
			args: { User_Email: ZOE_EMAIL, Team_Name_or_ID: 'Sales', Password: PASSWORD },
		});

		const error = readError(result.observation);
		expect(error).toMatch(/^Password cannot be filled in by an AI model: a password must not pass through a chat model\. Remove \$fromAI\(\) from Password/);
		expect(error).toContain('Nothing was sent to MOCO.');
		expect(sim().requests).toEqual([]);
		// n8n itself logs the model's arguments as the tool's input; the node's error never repeats them.
		expect(JSON.stringify([result.observation, result.task?.error, result.task?.data])).not.toContain(PASSWORD);
	});

	test('also on Create, and also when the model sent no password', async () => {
		const result = await runAsTool({
			parameters: {
				resource: 'user',
				operation: 'create',
				firstname: 'Mia',
				lastname: 'Schröder',
				email: 'mia@acme.example',
				unitId: String(SEED_IDS.units.sales),
				password: fromAI('Password'),
			},
			args: {},
		});

		expect(readError(result.observation)).toMatch(/^Password cannot be filled in by an AI model/);
		expect(sim().requests).toEqual([]);
	});

	test('in a normal run too ($fromAI then reads the input item)', async () => {
		const result = await runNode({ parameters: { ...withPassword, userId: userBy.id(String(ZOE)) }, items: [{ Password: PASSWORD }] });

		expect(result.error?.message).toMatch(/^Password cannot be filled in by an AI model.*\(item 0\)$/);
		expect(sim().requests).toEqual([]);
	});

	test('a typed password still works as before', async () => {
		const result = await runNode({ parameters: { ...moveUser, userId: userBy.id(String(ZOE)), unitId: '', password: PASSWORD } });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map((r) => r.json)).toEqual([{ password: PASSWORD }]);
	});
});
