import { readFileSync } from 'fs';
import { join } from 'path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { teamBy } from '../staff/team/fixtures';
import { userBy } from '../staff/user/fixtures';

/**
 * The bad-input catalog (docs/bad-input.md lists the same rows). Each row puts one bad value on
 * item 1 of three, through an expression as a workflow would: the user gets a clear error naming
 * the field and the item, MOCO receives nothing for that item, and with Continue On Fail items 0
 * and 2 go through.
 */
const sim = useSimulator();
const { juergen: JUERGEN, zoe: ZOE, anais: ANAIS } = SEED_IDS.users;
const { sales: SALES, entwicklung: DEVELOPMENT } = SEED_IDS.units;

type Value = IDataObject[string];

export interface BadInput {
	/** The field as the user sees it, and as docs/bad-input.md names it. */
	field: string;
	/** The bad value, as the doc shows it. */
	shown: string;
	bad: Value;
	good: [Value, Value];
	parameters: INodeParameters;
	message: RegExp;
	/** Requests MOCO gets for items 0 and 2 (2 unless look-ups come first). */
	requests?: number;
}

const v = '={{ $json.v }}';
const updateUser = (parameters: INodeParameters): INodeParameters => ({ resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), ...parameters });
const createUser: INodeParameters = { resource: 'user', operation: 'create', firstname: 'Neu', lastname: 'Person', email: '={{ $json.v }}', unitId: SALES };
const byId = (bad: Value): Pick<BadInput, 'bad' | 'good' | 'parameters'> => ({
	bad,
	good: [JUERGEN, ANAIS],
	parameters: { resource: 'user', operation: 'update', userId: userBy.id(v), firstname: 'Jörg' },
});

export const BAD_INPUTS: BadInput[] = [
	{ field: 'User ID', shown: '(empty)', ...byId(''), message: /^User ID is required \(item 1\)$/ },
	{ field: 'User ID', shown: 'abc', ...byId('abc'), message: /^User ID must be a positive whole number, not "abc" \(item 1\)$/ },
	{ field: 'User ID', shown: '-5', ...byId(-5), message: /^User ID must be a positive whole number, not -5 \(item 1\)$/ },
	{ field: 'User ID', shown: '1.5', ...byId(1.5), message: /^User ID must be a positive whole number, not 1.5 \(item 1\)$/ },
	{
		field: 'User Email',
		shown: 'juergen@',
		bad: 'juergen@',
		good: ['juergen.mueller@acme.example', 'anais.dubois@acme.example'],
		parameters: { resource: 'user', operation: 'update', userId: userBy.email(v), firstname: 'Jörg' },
		message: /^User Email must be an email address like name@example.com, not "juergen@" \(item 1\)$/,
		requests: 4, // each good item: the email look-up, then the update
	},
	{ field: 'Email', shown: 'mia(at)acme.example', bad: 'mia(at)acme.example', good: ['mia@acme.example', 'ole@acme.example'], parameters: createUser, message: /^Email must be an email address like name@example.com, not "mia\(at\)acme.example" \(item 1\)$/ },
	{ field: 'Email', shown: '(empty, on Create)', bad: '', good: ['mia@acme.example', 'ole@acme.example'], parameters: createUser, message: /^Email is required to create a user \(item 1\)$/ },
	{ field: 'Birthday', shown: '2020-02-30', bad: '2020-02-30', good: ['1990-05-17', '1985-12-01'], parameters: updateUser({ updateFields: { birthday: v } }), message: /^Birthday must be a date in the form YYYY-MM-DD, not "2020-02-30" \(item 1\)$/ },
	{ field: 'Birthday', shown: 'next Tuesday', bad: 'next Tuesday', good: ['1990-05-17', '1985-12-01'], parameters: updateUser({ updateFields: { birthday: v } }), message: /^Birthday must be a date in the form YYYY-MM-DD, not "next Tuesday" \(item 1\)$/ },
	{ field: 'Language', shown: 'klingon', bad: 'klingon', good: ['en', 'de-CH'], parameters: updateUser({ updateFields: { language: v } }), message: /^Language must be one of de, de-AT, de-CH, en, it, fr, not "klingon" \(item 1\)$/ },
	{ field: 'Tags', shown: '[1, {"a": 1}]', bad: [1, { a: 1 }], good: [['Berlin'], ['Remote', 'Design']], parameters: updateUser({ updateFields: { tags: v } }), message: /^Tags must each be text: tag 2 is an object\. Give every tag as text, one per row \(item 1\)$/ },
	{ field: 'Custom Properties', shown: 'a name that is empty', bad: ' ', good: ['Shirt', 'Shoe'], parameters: updateUser({ updateFields: { customProperties: { property: [{ name: v, value: 'L' }] } } }), message: /^Custom Properties need a name for every value: property 1 has "L" but no name\. Fill in its name, or remove the row \(item 1\)$/ },
	{ field: 'Custom Properties', shown: 'a value that is an object', bad: { size: 'L' }, good: ['L', 'M'], parameters: updateUser({ updateFields: { customProperties: { property: [{ name: 'Shirt', value: v }] } } }), message: /^Custom Properties "Shirt" must have a plain value, not an object \(item 1\)$/ },
	{ field: 'Team Name or ID', shown: '-3', bad: -3, good: [SALES, DEVELOPMENT], parameters: updateUser({ unitId: v }), message: /^Team Name or ID must be an ID \(a positive whole number\), not -3 \(item 1\)$/ },
	{ field: 'Team Name or ID', shown: '2.5', bad: 2.5, good: [SALES, DEVELOPMENT], parameters: updateUser({ unitId: v }), message: /^Team Name or ID must be an ID \(a positive whole number\), not 2.5 \(item 1\)$/ },
	{ field: 'Role Name or ID', shown: '0', bad: 0, good: [SEED_IDS.roles.projektleitung, SEED_IDS.roles.projektleitung], parameters: updateUser({ updateFields: { roleId: v } }), message: /^Role Name or ID must be an ID \(a positive whole number\), not 0 \(item 1\)$/ },
	{ field: 'Active', shown: 'yes', bad: 'yes', good: [true, false], parameters: updateUser({ updateFields: { active: v } }), message: /^Active must be true or false, not "yes" \(item 1\)$/ },
	{ field: 'Update', shown: 'nothing to change', bad: '', good: ['Jörg', 'Anaïs'], parameters: updateUser({ firstname: v }), message: /^Update has nothing to change: fill in at least one field \(empty fields are left as they are\) \(item 1\)$/ },
	{ field: 'Team ID', shown: 'abc', bad: 'abc', good: [SALES, DEVELOPMENT], parameters: { resource: 'team', operation: 'get', teamId: teamBy.id(v) }, message: /^Team ID must be a positive whole number, not "abc" \(item 1\)$/ },
	{ field: 'Name', shown: '(empty, Team > Create)', bad: ' ', good: ['Marketing', 'Support'], parameters: { resource: 'team', operation: 'create', name: v }, message: /^Name is required to create a team \(item 1\)$/ },
	{ field: 'Limit', shown: '0', bad: 0, good: [5, 5], parameters: { resource: 'user', operation: 'getAll', limit: v }, message: /^Limit must be a positive whole number, not 0 \(item 1\)$/ },
];

describe('bad input: a clear error naming the field and item 1, nothing sent for it, items 0 and 2 done', () => {
	test.each(BAD_INPUTS.map((row) => [`${row.field}: ${row.shown}`, row] as const))('%s', async (_name, row) => {
		const items = [
			{ id: JUERGEN, v: row.good[0] },
			{ id: ZOE, v: row.bad },
			{ id: ANAIS, v: row.good[1] },
		];

		const result = await runNode({ parameters: row.parameters, items, continueOnFail: true });

		expect(result.error).toBeUndefined();
		const failed = result.items.filter((item) => item.error);
		expect(failed).toHaveLength(1);
		expect(failed[0].json.error).toMatch(row.message);
		expect(failed[0].error!.context).toMatchObject({ itemIndex: 1 });
		expect(failed[0].error!.description).toBe('Item 1: nothing was sent to MOCO for this item.');
		// Items 0 and 2 each reached MOCO; nothing carried item 1's value.
		expect(result.items.filter((item) => !item.error).length).toBeGreaterThanOrEqual(2);
		expect(sim().requests.some((r) => r.path.endsWith(`/${ZOE}`))).toBe(false);
		expect(sim().requests.length).toBe(row.requests ?? 2);
		for (const request of sim().requests) expect(request.body).not.toContain(JSON.stringify(row.bad).slice(1, -1) || '\u0000');
	});

	test('without Continue On Fail the run stops at item 1 and MOCO gets nothing for it', async () => {
		const row = BAD_INPUTS[1];
		const result = await runNode({ parameters: row.parameters, items: [{ v: row.good[0] }, { v: row.bad }] });

		expect(result.error).toMatchObject({ message: 'User ID must be a positive whole number, not "abc" (item 1)', context: { itemIndex: 1 } });
		expect(sim().requests.map((r) => r.path)).not.toContain(`/api/v1/users/${ZOE}`);
	});
});

describe('a subdomain that is not one', () => {
	test.each(['acme.evil.com', 'https://acme.mocoapp.com.evil.com', 'acme/../x', ''])('%p: every item fails naming the subdomain, nothing is sent', async (subdomain) => {
		const result = await runNode({
			parameters: { resource: 'user', operation: 'update', userId: userBy.id('={{ $json.id }}'), firstname: 'Jörg' },
			items: [{ id: JUERGEN }, { id: ANAIS }],
			credentials: { subdomain, apiKey: 'test-key' },
			continueOnFail: true,
		});

		expect(sim().requests).toHaveLength(0);
		expect(result.items).toHaveLength(2);
		result.items.forEach((item, index) => {
			expect(item.json.error).toMatch(/^The MOCO subdomain .* is not valid\. Enter your MOCO account name/);
			expect(item.error!.context).toMatchObject({ itemIndex: index });
			expect(`${item.json.error} ${item.error!.description}`).toContain(`item ${index}`);
		});
	});
});

describe('docs/bad-input.md', () => {
	test('lists every row of the catalog', () => {
		const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'bad-input.md'), 'utf8');
		for (const row of BAD_INPUTS) expect(doc).toContain(`| ${row.field} | ${row.shown} |`);
	});
});
