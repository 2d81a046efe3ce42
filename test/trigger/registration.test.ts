import { TriggerHarness, TRIGGER_CREDENTIALS, useSimulator } from '../harness';
import { attachWebhooks, type MocoWebhooks, type SimRequest } from '../simulator';

const sim = useSimulator();
let webhooks: MocoWebhooks;
beforeEach(() => {
	webhooks = attachWebhooks(sim(), {
		send: async () => {
			throw new Error('registration tests send no deliveries');
		},
	});
});

const THREE = ['Activity.create', 'User.update', 'User::HolidayRequest.create'];
const OTHER_URL = 'https://hooks.example.com/moco';

/** What MOCO received, in order: method, path and JSON body. */
function received(requests: SimRequest[] = sim().requests) {
	return requests.map((r) => {
		expect(r.host).toBe('acme.mocoapp.com');
		expect(r.headers.authorization).toBe('Token token=test-key');
		return [r.method, r.path.replace('/api/v1', ''), ...(r.json === undefined ? [] : [r.json])];
	});
}

const hooksAt = (url: string) => webhooks.hooks.filter((h) => h.hook === url).map((h) => `${h.target}.${h.event}`).sort();

describe('activation (checkExists, then create)', () => {
	test('three events: one POST each, with target, event and the production URL', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		await trigger.activate();

		const hook = trigger.url;
		expect(hook).toBe('http://localhost:5678/webhook/5b1f2a6e-8d4c-4e1a-9f3b-7c2d1e0a9b8c/webhook');
		expect(received()).toEqual([
			['GET', '/account/web_hooks'],
			['GET', '/account/web_hooks'],
			['POST', '/account/web_hooks', { target: 'Activity', event: 'create', hook }],
			['POST', '/account/web_hooks', { target: 'User', event: 'update', hook }],
			['POST', '/account/web_hooks', { target: 'User::HolidayRequest', event: 'create', hook }],
		]);
		expect(hooksAt(hook)).toEqual([...THREE].sort());
		expect(trigger.staticData['node:MOCO Trigger']).toEqual({
			mocoWebHooks: webhooks.hooks.map(({ id, target, event }) => ({ id, target, event })),
		});
	});

	test('checkExists after an event was added registers only the new one', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		await trigger.activate();
		const before = webhooks.hooks.map((h) => h.id);
		sim().clearRequests();

		trigger.setParameters({ events: [...THREE, 'Deal.update'] });
		expect(await trigger.runMethod('checkExists')).toBe(false);
		await trigger.runMethod('create');

		expect(received().filter(([method]) => method !== 'GET')).toEqual([
			['POST', '/account/web_hooks', { target: 'Deal', event: 'update', hook: trigger.url }],
		]);
		expect(webhooks.hooks.map((h) => h.id).slice(0, 3)).toEqual(before);
		expect(hooksAt(trigger.url)).toEqual([...THREE, 'Deal.update'].sort());
		expect(await trigger.runMethod('checkExists')).toBe(true);
	});

	test('a hook with the same URL but another event is not taken for the selected one', async () => {
		const trigger = new TriggerHarness({ events: ['User.create'] });
		await trigger.activate();
		const old = webhooks.hooks[0].id;
		sim().clearRequests();

		trigger.setParameters({ events: ['User.update'] });
		await trigger.activate();

		expect(received().filter(([method]) => method !== 'GET')).toEqual([
			['DELETE', `/account/web_hooks/${old}`],
			['POST', '/account/web_hooks', { target: 'User', event: 'update', hook: trigger.url }],
		]);
		expect(hooksAt(trigger.url)).toEqual(['User.update']);
	});

	test('a hook MOCO disabled is re-enabled, not registered twice', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		await trigger.activate();
		const disabled = webhooks.hooks[1];
		Object.assign(disabled, { disabled: true, disabled_at: '2026-01-05T08:00:00Z' });
		sim().clearRequests();

		expect(await trigger.runMethod('checkExists')).toBe(true);

		expect(received()).toEqual([
			['GET', '/account/web_hooks'],
			['PUT', `/account/web_hooks/${disabled.id}/enable`],
		]);
		expect(disabled).toMatchObject({ disabled: false, disabled_at: null });
		expect(webhooks.hooks).toHaveLength(3);
	});

	test("a hook already pointing at this node's URL is reused and recorded", async () => {
		const trigger = new TriggerHarness({ events: ['User.update'] });
		const existing = webhooks.addHook({ target: 'User', event: 'update', hook: trigger.url });
		await trigger.activate();

		expect(received()).toEqual([['GET', '/account/web_hooks']]);
		expect(trigger.staticData['node:MOCO Trigger']).toEqual({ mocoWebHooks: [{ id: existing.id, target: 'User', event: 'update' }] });
	});

	test("MOCO's refusal reaches the user, without the API key", async () => {
		sim().injectFault({ method: 'POST', path: '/account/web_hooks' }, { status: 403, body: JSON.stringify({ message: 'Webhooks are only available to subscribed accounts' }) });
		const trigger = new TriggerHarness({ events: ['User.update'] });

		const error = await trigger.activate().then(
			() => undefined,
			(caught: unknown) => caught as { message: string; description?: string },
		);
		expect(error?.message).toBe('MOCO refused access (403): Webhooks are only available to subscribed accounts');
		expect(JSON.stringify(error)).not.toContain(TRIGGER_CREDENTIALS.apiKey);
		expect(JSON.stringify(error)).not.toContain(TRIGGER_CREDENTIALS.webhookSecret);
	});

	test('requests are paced and retried like the node\'s: a 503 on the list is tried again', async () => {
		sim().injectFault({ method: 'GET', path: '/account/web_hooks' }, { status: 503 });
		const trigger = new TriggerHarness({ events: ['User.update'] });
		await trigger.activate();
		expect(received()).toEqual([
			['GET', '/account/web_hooks'],
			['GET', '/account/web_hooks'],
			['GET', '/account/web_hooks'],
			['POST', '/account/web_hooks', { target: 'User', event: 'update', hook: trigger.url }],
		]);
	});
});

describe('deactivation (delete)', () => {
	test('deletes exactly the hooks it registered and nothing else', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		const foreign = webhooks.addHook({ target: 'User', event: 'update', hook: OTHER_URL });
		const otherWorkflow = webhooks.addHook({ target: 'Activity', event: 'create', hook: 'http://localhost:5678/webhook/other/webhook' });
		await trigger.activate();
		const mine = webhooks.hooks.filter((h) => h.hook === trigger.url).map((h) => h.id);
		sim().clearRequests();

		expect(await trigger.deactivate()).toBe(true);

		expect(received()).toEqual(mine.map((id) => ['DELETE', `/account/web_hooks/${id}`]));
		expect(webhooks.hooks).toEqual([foreign, otherWorkflow]);
		expect(trigger.staticData['node:MOCO Trigger']).toEqual({});
	});

	test('an event dropped from the selection loses its hook at the next activation', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		await trigger.activate();
		const holiday = webhooks.hooks.find((h) => h.target === 'User::HolidayRequest')!;
		sim().clearRequests();

		trigger.setParameters({ events: THREE.slice(0, 2) });
		expect(await trigger.runMethod('checkExists')).toBe(true);

		expect(received()).toEqual([
			['GET', '/account/web_hooks'],
			['DELETE', `/account/web_hooks/${holiday.id}`],
		]);
		expect(hooksAt(trigger.url)).toEqual(THREE.slice(0, 2).sort());
	});

	test('a hook someone already deleted in MOCO counts as gone; one MOCO refuses to delete is kept for next time', async () => {
		const trigger = new TriggerHarness({ events: THREE });
		await trigger.activate();
		const [first, second, third] = webhooks.hooks;
		webhooks.hooks = webhooks.hooks.filter((h) => h !== first);
		sim().injectFault({ method: 'DELETE', path: `/account/web_hooks/${second.id}` }, { status: 403, body: '{"message":"Forbidden"}' });

		expect(await trigger.deactivate()).toBe(false);

		expect(webhooks.hooks).toEqual([second]);
		expect(third).toBeDefined();
		expect(trigger.staticData['node:MOCO Trigger']).toEqual({ mocoWebHooks: [{ id: second.id, target: second.target, event: second.event }] });
		expect(await trigger.deactivate()).toBe(true);
		expect(webhooks.hooks).toEqual([]);
	});
});
