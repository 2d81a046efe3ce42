import { DateTime, Settings } from 'luxon';

import * as account from '../../scripts/lib/account-examples.cjs';
import { mocoGet, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { callsOf, nodeNamed, runExample, setValues } from './exampleRun';

/** The sandbox's examples of account settings, tags and reports (docs/account.md, docs/customers.md), run as saved against the simulator. */
const sim = useSimulator();
const C = SEED_IDS.catalogServices;

test('"Keep a catalog service\'s prices in step with a price list": the service by its title, the row\'s new price on its item, nothing else sent', async () => {
	const workflow = account.catalogWorkflow();
	expect(setValues(workflow, 'Price list')).toEqual(account.PRICE_ROW);

	const { error, output } = await runExample(workflow, { 'Price list': { items: [account.PRICE_ROW] } });

	expect(error).toBeUndefined();
	expect(callsOf(sim())).toEqual(['GET /api/v1/account/catalog_services', `PUT /api/v1/account/catalog_services/${C.wartung}/items/${C.wartungUpdates}`]);
	expect(sim().requests[1].json).toEqual({ unit_price: 120 });
	const item = mocoGet(sim(), `/account/catalog_services/${C.wartung}/items/${C.wartungUpdates}`);
	expect(output('Update price').map((entry) => entry.json)).toEqual([item]);
	expect(item).toMatchObject({ title: 'Updates und Backups', quantity: 4, unit_price: 120, net_total: 480 });
});

test('"Tag a project from a ticket": the ticket\'s project by its number gets the tag, its other tags stay', async () => {
	const workflow = account.tagWorkflow();
	expect(setValues(workflow, 'Urgent ticket')).toEqual(account.URGENT_TICKET);

	const { error, output } = await runExample(workflow, { 'Urgent ticket': { items: [account.URGENT_TICKET] } });

	expect(error).toBeUndefined();
	expect(callsOf(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-001&include_archived=true', `PATCH /api/v1/taggings/Project/${SEED_IDS.projects.relaunch}`]);
	expect(sim().requests[1].json).toEqual({ tags: ['Dringend'] });
	expect(output('Tag project').map((entry) => entry.json)).toEqual([expect.objectContaining({ tags: ['Web', 'Relaunch', 'Dringend'] })]);
	expect(sim().find('projects', SEED_IDS.projects.relaunch)?.tags).toEqual(['Web', 'Relaunch', 'Dringend']);
});

describe('"Every Monday, last week\'s utilization to a spreadsheet"', () => {
	const workflow = account.utilizationWorkflow();

	test('a Schedule Trigger on Mondays at 7, and Convert to File making one CSV file of the report\'s rows', () => {
		expect(workflow.nodes[0]).toMatchObject({ type: 'n8n-nodes-base.scheduleTrigger', parameters: { rule: { interval: [{ field: 'weeks', triggerAtDay: [1], triggerAtHour: 7 }] } } });
		expect(nodeNamed(workflow, 'Spreadsheet')).toMatchObject({ type: 'n8n-nodes-base.convertToFile', parameters: { operation: 'csv', binaryPropertyName: 'data' } });
	});

	test('the MOCO node asks for last week, Monday to Sunday, and puts out a row per user and day', async () => {
		// n8n's $now is luxon's clock: a Wednesday, 00:30 in Berlin (still Tuesday in UTC).
		const realNow = Settings.now;
		Settings.now = () => Date.parse('2026-03-03T23:30:00Z');
		const [from, to] = ['2026-02-23', '2026-03-01'];

		const { error, output } = await runExample(workflow, undefined, { timezone: 'Europe/Berlin' }).finally(() => (Settings.now = realNow));

		expect(error).toBeUndefined();
		expect(callsOf(sim())).toEqual([`GET /api/v1/report/utilization?from=${from}&to=${to}`]);
		expect(DateTime.fromISO(from!).weekday).toBe(1);
		expect(output('Utilization').map((entry) => entry.json)).toEqual(mocoGet(sim(), `/report/utilization?from=${from}&to=${to}`));
		expect(output('Utilization')).toHaveLength(5 * sim().records('users').filter((user) => user.active).length);
	});
});
