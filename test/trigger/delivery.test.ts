import {
	SEED_IDS,
	attachWebhooks,
	signMocoBody,
	type DeliveryInput,
	type MocoWebhooks,
} from '../simulator';
import {
	TEST_WEBHOOK_SECRET,
	TRIGGER_CREDENTIALS,
	TriggerHarness,
	mocoGet,
	pick,
	runNode,
	useSimulator,
	virtualClock,
} from '../harness';

const sim = useSimulator();
let webhooks: MocoWebhooks;
let trigger: TriggerHarness;
beforeEach(() => {
	trigger = new TriggerHarness({ events: ['User.update', 'Activity.create'] });
	// What MOCO sends goes straight into the trigger's webhook function.
	webhooks = attachWebhooks(sim(), {
		secret: TEST_WEBHOOK_SECRET,
		now: () => virtualClock().now(),
		send: async (request) => {
			const answer = await trigger.deliver(request);
			return { status: answer.status, body: JSON.stringify(answer.body) };
		},
	});
});

const ZOE = SEED_IDS.users.zoe;
const ACTIVITY = { id: 988_776, date: '2026-01-05', hours: 1.5, description: 'Sprint-Review für Zoë', project: { id: 77, name: 'Relaunch' } };

function delivery(input: Partial<DeliveryInput> = {}) {
	return webhooks.buildDelivery(trigger.url, { target: 'Activity', event: 'create', record: ACTIVITY, userId: ZOE, ...input });
}

function refusedWithout(answer: { status: number; body: unknown; items?: unknown }) {
	expect(answer).toEqual({ status: 401, body: { message: 'Missing or invalid X-Moco-Signature' } });
	expect(JSON.stringify(answer)).not.toContain(TEST_WEBHOOK_SECRET);
}

describe('a signed delivery', () => {
	test("starts one item: MOCO's record as sent, and the delivery's meta under mocoDelivery", async () => {
		const answer = await trigger.deliver(delivery());
		expect(answer.status).toBe(200);
		expect(answer.items).toEqual([
			{
				json: {
					...ACTIVITY,
					mocoDelivery: {
						event: 'create',
						target: 'Activity',
						timestamp: '2026-01-05T09:00:00.000Z',
						userId: ZOE,
						accountUrl: 'https://acme.mocoapp.com',
						origin: null,
						payload: 'record',
					},
				},
			},
		]);
	});

	test('an uppercase hex signature is the same signature', async () => {
		const request = delivery();
		request.headers['x-moco-signature'] = request.headers['x-moco-signature'].toUpperCase();
		expect((await trigger.deliver(request)).items).toHaveLength(1);
	});

	test('User > Update through the MOCO node makes the simulator deliver "User updated" to the trigger', async () => {
		webhooks.addHook({ target: 'User', event: 'update', hook: trigger.url });
		webhooks.addHook({ target: 'User', event: 'create', hook: trigger.url });
		webhooks.addHook({ target: 'User', event: 'update', hook: 'https://elsewhere.example/hook', disabled: true });

		const run = await runNode({ parameters: { resource: 'user', operation: 'update', userId: { __rl: true, mode: 'id', value: String(ZOE) }, lastname: 'Ångström-Berg' } });
		expect(run.error).toBeUndefined();
		await webhooks.flush();

		expect(webhooks.deliveries.map((d) => [d.url, d.headers['x-moco-target'], d.headers['x-moco-event'], d.status])).toEqual([
			[trigger.url, 'User', 'update', 200],
		]);
		const [sent] = webhooks.deliveries;
		expect(JSON.parse(sent.body)).toEqual(mocoGet(sim(), `/users/${ZOE}`));
		expect(sent.headers['x-moco-signature']).toBe(signMocoBody(TEST_WEBHOOK_SECRET, sent.body));
		expect(JSON.parse(sent.response)).toEqual({ message: 'Workflow was started' });
		expect(sent.headers['x-moco-origin']).toBe('api');
		expect((await trigger.deliver(sent)).items?.[0].json.mocoDelivery).toMatchObject({ event: 'update', target: 'User', origin: 'api', payload: 'record' });
	});

	test("a delivery MOCO marks X-Moco-Origin: api carries origin 'api' on the item", async () => {
		const request = delivery();
		request.headers['x-moco-origin'] = 'api';
		const answer = await trigger.deliver(request);
		expect(answer.items?.[0].json.mocoDelivery).toMatchObject({ origin: 'api', event: 'create' });
	});
});

describe('a delete delivery', () => {
	test('Activity > Delete through the MOCO node: MOCO sends only the ID, and the item says so', async () => {
		trigger.setParameters({ events: ['Activity.delete'] });
		webhooks.addHook({ target: 'Activity', event: 'delete', hook: trigger.url });
		const entry = SEED_IDS.activities.today + 1;

		const run = await runNode({ parameters: { resource: 'activity', operation: 'delete', activityId: pick.id(entry) } });
		expect(run.error).toBeUndefined();
		await webhooks.flush();

		const [sent] = webhooks.deliveries;
		expect(JSON.parse(sent.body)).toEqual({ id: entry });
		expect((await trigger.deliver(sent)).items?.map((item) => item.json)).toEqual([
			{
				id: entry,
				mocoDelivery: {
					event: 'delete',
					target: 'Activity',
					timestamp: '2026-01-05T09:00:00.000Z',
					userId: sim().sessionUserId(),
					accountUrl: 'https://acme.mocoapp.com',
					origin: 'api',
					payload: 'idOnly',
					note: "MOCO deleted this record: a delete delivery carries only the record's ID (and its custom properties where MOCO has them), nothing else of it",
				},
			},
		]);
	});
});

describe('Ignore Changes Made Through the API', () => {
	beforeEach(() => trigger.setParameters({ events: ['User.update', 'Activity.create'], options: { ignoreApiChanges: true } }));

	test('a workflow updating a user on "User updated" does not start itself: answered 200, nothing started', async () => {
		webhooks.addHook({ target: 'User', event: 'update', hook: trigger.url });

		const run = await runNode({ parameters: { resource: 'user', operation: 'update', userId: pick.id(ZOE), lastname: 'Ångström-Berg' } });
		expect(run.error).toBeUndefined();
		await webhooks.flush();

		expect(webhooks.deliveries.map((d) => [d.headers['x-moco-origin'], d.status, JSON.parse(d.response)])).toEqual([
			['api', 200, { message: "Change made through MOCO's API: nothing started" }],
		]);
		expect(await trigger.deliver(webhooks.deliveries[0])).toEqual({ status: 200, body: { message: "Change made through MOCO's API: nothing started" } });
	});

	test("a person's change (X-Moco-Origin empty) still starts the workflow", async () => {
		const answer = await trigger.deliver(delivery());
		expect(answer.items?.map((item) => item.json.mocoDelivery)).toEqual([expect.objectContaining({ origin: null })]);
	});
});

describe('refused with 401, nothing started', () => {
	test('a wrong signature', async () => {
		refusedWithout(await trigger.deliver(delivery({ signature: signMocoBody('ffffffffffffffffffffffffffffffff', JSON.stringify(ACTIVITY)) })));
	});

	test('a signature made with another secret of the right length', async () => {
		refusedWithout(await trigger.deliver(delivery({ secret: TEST_WEBHOOK_SECRET.replace('0', '1') })));
	});

	test('no signature', async () => {
		refusedWithout(await trigger.deliver(delivery({ signature: null })));
	});

	test('a garbage signature of another length', async () => {
		refusedWithout(await trigger.deliver(delivery({ signature: 'abc' })));
	});

	test('the body altered by one byte after signing', async () => {
		const request = delivery();
		const altered = request.body.replace('"hours":1.5', '"hours":7.5');
		expect(altered).not.toBe(request.body);
		expect(altered).toHaveLength(request.body.length);
		refusedWithout(await trigger.deliver({ ...request, body: altered }));
	});

	test('no Webhook Secret in the credential, even for a delivery "signed" with an empty key', async () => {
		trigger.setCredentials({ ...TRIGGER_CREDENTIALS, webhookSecret: '' });
		refusedWithout(await trigger.deliver(delivery({ secret: '' })));
		trigger.setCredentials({ subdomain: 'acme', apiKey: 'test-key' });
		refusedWithout(await trigger.deliver(delivery()));
	});
});

describe('answered 200, nothing started', () => {
	test('an event the node did not select', async () => {
		const answer = await trigger.deliver(delivery({ target: 'Activity', event: 'delete' }));
		expect(answer).toEqual({ status: 200, body: { message: 'Not a selected event (Activity delete): nothing started' } });
	});

	test('a delivery older than the chosen age, when that option is set', async () => {
		trigger.setParameters({ events: ['Activity.create'], options: { maxAgeMinutes: 10 } });
		const now = virtualClock().now();
		const old = await trigger.deliver(delivery({ timestamp: now - 10 * 60_000 - 1 }));
		expect(old).toEqual({ status: 200, body: { message: 'Delivery older than 10 minutes: nothing started' } });

		expect((await trigger.deliver(delivery({ timestamp: now - 10 * 60_000 }))).items).toHaveLength(1);
	});

	test('without the option, an hour-old delivery (a MOCO retry) still starts the workflow', async () => {
		const answer = await trigger.deliver(delivery({ timestamp: virtualClock().now() - 60 * 60_000 }));
		expect(answer.items).toHaveLength(1);
		expect(answer.items?.[0].json.mocoDelivery).toMatchObject({ timestamp: '2026-01-05T08:00:00.000Z' });
	});
});
