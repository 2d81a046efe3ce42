import { NodeApiError, NodeOperationError, type INodeParameters } from 'n8n-workflow';

import { runNode, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { teamBy } from '../staff/team/fixtures';
import { userBy } from '../staff/user/fixtures';

/**
 * Which class each error has, as n8n receives it. The node's own errors (bad input, nothing found,
 * team not empty) are NodeOperationErrors wherever n8n passes a hook's error on unchanged (Continue
 * On Fail); when the run stops, n8n-core's RoutingNode lets only a NodeApiError through, so they
 * stay NodeApiErrors there but carry no HTTP code (the editor's "From MOCO" block keys on it).
 * MOCO's answers are NodeApiErrors with MOCO's status either way. Both name the item.
 */
const sim = useSimulator();
const { juergen: JUERGEN } = SEED_IDS.users;

interface Case {
	name: string;
	parameters: INodeParameters;
	/** The bad value on item 1; items 0 and 2 get `good`. */
	bad: string | number;
	good: string | number;
	/** Item 2's value when it cannot repeat item 0's (a deleted team is gone). */
	last?: () => number;
	message: string;
	httpCode: string | null;
}

const userUpdate = (parameters: INodeParameters): INodeParameters => ({ resource: 'user', operation: 'update', ...parameters });
const CASES: Case[] = [
	{
		name: 'bad input',
		parameters: userUpdate({ userId: userBy.id('={{ $json.v }}'), firstname: 'Jörg' }),
		bad: 'abc',
		good: JUERGEN,
		message: 'User ID must be a positive whole number, not "abc" (item 1)',
		httpCode: null,
	},
	{
		name: 'unknown team name',
		parameters: userUpdate({ userId: userBy.id(JUERGEN), unitId: '={{ $json.v }}' }),
		bad: 'Vertrieb',
		good: 'Sales',
		message: 'Team Name or ID: no team is named "Vertrieb". MOCO has 5 teams, none with a similar name. (item 1)',
		httpCode: null,
	},
	{
		name: 'no user with that email',
		parameters: userUpdate({ userId: userBy.email('={{ $json.v }}'), firstname: 'Jörg' }),
		bad: 'nobody@acme.example',
		good: 'juergen.mueller@acme.example',
		message: 'User Email: no MOCO user has the email "nobody@acme.example". Check the address, or choose the user By ID (item 1)',
		httpCode: null,
	},
	{
		name: 'team not empty',
		parameters: { resource: 'team', operation: 'delete', teamId: teamBy.id('={{ $json.v }}') },
		bad: SEED_IDS.units.sales,
		good: SEED_IDS.units.marketing,
		last: () => sim().addUnit('Leer').id,
		message: 'Team: MOCO cannot delete team "Sales" (ID 909147864) while users belong to it.',
		httpCode: null,
	},
	{
		name: "MOCO's 404",
		parameters: userUpdate({ userId: userBy.id('={{ $json.v }}'), firstname: 'Jörg' }),
		bad: 999,
		good: JUERGEN,
		message: 'MOCO found no such record (404)',
		httpCode: '404',
	},
];

describe.each(CASES)('$name', ({ parameters, bad, good, last, message, httpCode }) => {
	const own = httpCode === null;
	const items = () => [{ v: good }, { v: bad }, { v: last ? last() : good }];

	test(`the run stops with a ${own ? 'NodeApiError without HTTP code' : 'NodeApiError with MOCO\'s status'} naming item 1`, async () => {
		const result = await runNode({ parameters, items: items() });
		expect(result.error?.message).toContain(message);
		expect(result.error?.name).toBe('NodeApiError');
		expect(result.error?.httpCode ?? null).toBe(httpCode);
		expect(result.error?.context?.itemIndex).toBe(1);
		if (own) {
			// Nothing the editor would show under "From MOCO": no code, no raw message beside the message.
			const messages = (result.error as { messages?: string[] }).messages ?? [];
			expect(messages.filter((m) => m !== result.error?.message)).toEqual([]);
		}
	});

	test(`with Continue On Fail item 1 carries a ${own ? 'NodeOperationError' : 'NodeApiError'} and items 0 and 2 go through`, async () => {
		const result = await runNode({ parameters, items: items(), continueOnFail: true });
		expect(result.items.map((item) => Boolean(item.error))).toEqual([false, true, false]);
		const error = result.items[1].error!;
		expect(error.message).toContain(message);
		expect(error).toBeInstanceOf(own ? NodeOperationError : NodeApiError);
		expect(error.name).toBe(own ? 'NodeOperationError' : 'NodeApiError');
		expect(error.context.itemIndex).toBe(1);
		if (!own) expect((error as NodeApiError).httpCode).toBe(httpCode);
		expect(error.node.parameters.resource).toBe(parameters.resource);
	});
});

test('a look-up shared by several items keeps the class of the error it retells', async () => {
	// Both items wait on the one team list; the name is wrong for both.
	const result = await runNode({
		parameters: userUpdate({ userId: userBy.id(JUERGEN), unitId: '={{ $json.v }}' }),
		items: [{ v: 'Vertrieb' }, { v: 'Vertrieb' }],
		continueOnFail: true,
	});
	expect(result.items.map((item) => item.error?.name)).toEqual(['NodeOperationError', 'NodeOperationError']);
	expect(result.items.map((item) => item.error?.context.itemIndex)).toEqual([0, 1]);
	expect(sim().requests.filter((r) => r.method === 'PUT')).toHaveLength(0);
});
