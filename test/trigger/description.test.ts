import { readFileSync } from 'fs';
import { join } from 'path';

import { MocoApi } from '../../credentials/MocoApi.credentials';
import { EVENT_OPTIONS } from '../../nodes/MocoTrigger/events';
import { Moco } from '../../nodes/Moco/Moco.node';
import { MocoTrigger } from '../../nodes/MocoTrigger/MocoTrigger.node';
import { TriggerHarness, useSimulator } from '../harness';
import { MOCO_WEBHOOK_TARGETS, attachWebhooks, webhookEventsOf } from '../simulator';

const trigger = new MocoTrigger();
const sim = useSimulator();

describe('the Events list', () => {
	test("offers every one of MOCO's 33 targets with its events, once: 97 pairs (bookkeeping exports have no update)", () => {
		const values = EVENT_OPTIONS.map((o) => o.value);
		expect(MOCO_WEBHOOK_TARGETS).toHaveLength(33);
		expect(values).toHaveLength(97);
		expect(new Set(values).size).toBe(97);
		expect([...values].sort()).toEqual(MOCO_WEBHOOK_TARGETS.flatMap((t) => webhookEventsOf(t).map((e) => `${t}.${e}`)).sort());
		for (const added of ['Invoice::BookkeepingExport', 'ProjectGroup', 'Purchase::BookkeepingExport', 'Purchase::Order', 'User::WorkTimeAdjustment']) {
			expect(values).toContain(`${added}.create`);
			expect(values).toContain(`${added}.delete`);
		}
		expect(values).not.toContain('Invoice::BookkeepingExport.update');
		expect(values).not.toContain('Purchase::BookkeepingExport.update');
	});

	test('every delete event says MOCO sends only the ID; no other event does', () => {
		for (const option of EVENT_OPTIONS) {
			expect(option.description?.endsWith(": MOCO sends only the record's ID")).toBe(String(option.value).endsWith('.delete'));
		}
	});

	test('reads as words, sorted, each saying which MOCO target it is', () => {
		const names = EVENT_OPTIONS.map((o) => o.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		expect(EVENT_OPTIONS).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ name: 'Activity created', value: 'Activity.create', description: 'When a time entry is created (MOCO target Activity)' }),
				expect.objectContaining({ name: 'Holiday request updated', value: 'User::HolidayRequest.update' }),
				expect.objectContaining({ name: 'Project payment schedule deleted', value: 'Project::PaymentSchedule.delete' }),
				expect.objectContaining({ name: 'Work time adjustment updated', value: 'User::WorkTimeAdjustment.update' }),
				expect.objectContaining({ name: 'Purchase bookkeeping export created', value: 'Purchase::BookkeepingExport.create', description: 'When an export of purchases to bookkeeping is created (MOCO target Purchase::BookkeepingExport)' }),
			]),
		);
		for (const name of names) expect(name).not.toMatch(/::|[a-z][A-Z]/);
	});

	test('MOCO accepts a hook for every one of them: activating all 97 sends 97 POSTs, none refused', async () => {
		const webhooks = attachWebhooks(sim());
		const harness = new TriggerHarness({ events: EVENT_OPTIONS.map((o) => o.value) });
		await harness.activate();
		const posts = sim().requests.filter((r) => r.method === 'POST');
		expect(posts).toHaveLength(97);
		expect(webhooks.hooks).toHaveLength(97);
	});
});

describe('the options', () => {
	test("Ignore Changes Made Through the API: off by default, and says it also ignores other API clients' changes", () => {
		const options = trigger.description.properties.find((p) => p.name === 'options')?.options ?? [];
		const ignore = options.find((o) => o.name === 'ignoreApiChanges');
		expect(ignore).toMatchObject({ displayName: 'Ignore Changes Made Through the API', type: 'boolean', default: false });
		const description = (ignore as { description: string }).description;
		expect(description).toContain('X-Moco-Origin: api');
		expect(description).toContain('does not trigger itself');
		expect(description).toMatch(/also ignores every change made by other API clients/);
	});
});

describe('the node and its credential', () => {
	test('a webhook trigger answering at once, not offered to AI agents as a tool', () => {
		const { description } = trigger;
		expect(description).toMatchObject({ name: 'mocoTrigger', displayName: 'MOCO Trigger', group: ['trigger'], inputs: [] });
		expect(description.webhooks).toEqual([{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }]);
		expect(description.usableAsTool).toBeUndefined();
		expect(description.credentials).toEqual([{ name: 'mocoApi', required: true }]);
	});

	test('the credential has an optional Webhook Secret, a password field that says where MOCO shows it', () => {
		const secret = new MocoApi().properties.find((p) => p.name === 'webhookSecret');
		expect(secret).toMatchObject({ displayName: 'Webhook Secret', type: 'string', typeOptions: { password: true }, default: '' });
		expect(secret?.required).toBeUndefined();
		expect(secret?.description).toContain('webhook overview');
	});

	test("its own entry in n8n's nodes panel, saying what it does", () => {
		// n8n's panel merges `<package>.mocoTrigger` into a visible `<package>.moco`; that node is
		// hidden since the nodes of MOCO's areas took its place, so the trigger stands as itself.
		const moco = new Moco();
		expect(trigger.description.name.replace('Trigger', '')).toBe(moco.description.name);
		expect(moco.description.hidden).toBe(true);
		expect(trigger.description.description).toBe('Starts the workflow when records are created, updated or deleted in MOCO');
		expect([trigger.description.displayName, trigger.description.defaults.name]).toEqual(['MOCO Trigger', 'MOCO Trigger']);
	});

	test('is registered in package.json and has a codex naming it', () => {
		const root = join(__dirname, '..', '..');
		const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
		expect(pkg.n8n.nodes).toContain('dist/nodes/MocoTrigger/MocoTrigger.node.js');
		const codex = JSON.parse(readFileSync(join(root, 'nodes/MocoTrigger/MocoTrigger.node.json'), 'utf8'));
		expect(codex.node).toBe(`${pkg.name}.mocoTrigger`);
	});
});
