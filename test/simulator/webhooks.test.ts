import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';

import { MocoSimulator, SEED_IDS, attachWebhooks, isFaultSignal, signMocoBody, type MocoWebhooks } from './index';

const NOW = Date.UTC(2026, 0, 5, 9, 0, 0);

function call(sim: MocoSimulator, method: string, path: string, body?: unknown, key = 'test-key') {
	const result = sim.handle({
		method,
		url: `https://acme.mocoapp.com/api/v1${path}`,
		headers: { authorization: `Token token=${key}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (isFaultSignal(result)) throw new Error('unexpected fault');
	return { status: result.status, data: result.body.length > 0 ? JSON.parse(result.body.toString()) : undefined };
}

describe('/account/web_hooks', () => {
	let sim: MocoSimulator;
	let webhooks: MocoWebhooks;
	beforeEach(() => {
		sim = new MocoSimulator({ now: () => NOW, apiKeys: { 'test-key': 'full', 'read-key': 'read' } });
		webhooks = attachWebhooks(sim, { now: () => NOW, send: async () => ({ status: 200, body: '' }) });
	});

	test('POST creates a hook in MOCO\'s shape; GET lists and reads it', () => {
		const created = call(sim, 'POST', '/account/web_hooks', { target: 'User::HolidayRequest', event: 'update', hook: 'https://n8n.example/webhook/x' });
		const stamp = '2026-01-05T09:00:00.000Z';
		const hook = { id: 1, target: 'User::HolidayRequest', event: 'update', hook: 'https://n8n.example/webhook/x', disabled: false, disabled_at: null, created_at: stamp, updated_at: stamp };
		expect(created).toEqual({ status: 200, data: hook });
		expect(call(sim, 'GET', '/account/web_hooks')).toEqual({ status: 200, data: [hook] });
		expect(call(sim, 'GET', '/account/web_hooks/1')).toEqual({ status: 200, data: hook });
		expect(call(sim, 'GET', '/account/web_hooks/2').status).toBe(404);
	});

	test('an unknown target or event, or no hook URL, is refused with 422', () => {
		expect(call(sim, 'POST', '/account/web_hooks', { target: 'Unit', event: 'archive', hook: '' })).toEqual({
			status: 422,
			data: { target: ['is not included in the list'], event: ['is not included in the list'], hook: ["can't be blank"] },
		});
		expect(webhooks.hooks).toEqual([]);
	});

	test('a bookkeeping export has no update event: refused with 422, its create and delete accepted', () => {
		const hook = 'https://n8n.example/webhook/x';
		expect(call(sim, 'POST', '/account/web_hooks', { target: 'Purchase::BookkeepingExport', event: 'update', hook })).toEqual({ status: 422, data: { event: ['is not included in the list'] } });
		for (const event of ['create', 'delete']) expect(call(sim, 'POST', '/account/web_hooks', { target: 'Invoice::BookkeepingExport', event, hook }).status).toBe(200);
		expect(call(sim, 'POST', '/account/web_hooks', { target: 'User::WorkTimeAdjustment', event: 'update', hook }).status).toBe(200);
	});

	test('PUT changes only the URL; disable and enable; DELETE answers 204, then 404', () => {
		const { id } = webhooks.addHook({ target: 'Deal', event: 'create', hook: 'https://a.example/' });
		expect(call(sim, 'PUT', `/account/web_hooks/${id}`, { target: 'Project', event: 'delete', hook: 'https://b.example/' }).data).toMatchObject({
			target: 'Deal',
			event: 'create',
			hook: 'https://b.example/',
		});
		expect(call(sim, 'PUT', `/account/web_hooks/${id}/disable`).data).toMatchObject({ disabled: true, disabled_at: '2026-01-05T09:00:00.000Z' });
		expect(call(sim, 'PUT', `/account/web_hooks/${id}/enable`).data).toMatchObject({ disabled: false, disabled_at: null });
		expect(call(sim, 'DELETE', `/account/web_hooks/${id}`).status).toBe(204);
		expect(call(sim, 'DELETE', `/account/web_hooks/${id}`).status).toBe(404);
	});

	test('a read-only key may list but not register', () => {
		expect(call(sim, 'GET', '/account/web_hooks', undefined, 'read-key').status).toBe(200);
		expect(call(sim, 'POST', '/account/web_hooks', { target: 'User', event: 'create', hook: 'https://a.example/' }, 'read-key').status).toBe(403);
	});

	test("the account's secret is 32 hexadecimal characters", () => {
		expect(webhooks.secret).toMatch(/^[0-9a-f]{32}$/);
	});
});

describe('deliveries over real HTTP', () => {
	let server: Server;
	let url: string;
	const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
	beforeAll(async () => {
		server = createServer((req, res) => {
			let body = '';
			req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
			req.on('end', () => {
				received.push({ headers: req.headers, body });
				res.writeHead(req.headers['x-moco-signature'] ? 200 : 401).end('{}');
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/abc/webhook`;
	});
	afterAll(async () => await new Promise((resolve) => server.close(resolve)));
	beforeEach(() => (received.length = 0));

	test('a user updated over the API is POSTed, signed, to each enabled matching hook, and to nothing else', async () => {
		const sim = new MocoSimulator({ now: () => NOW });
		const webhooks = attachWebhooks(sim, { now: () => NOW });
		webhooks.addHook({ target: 'User', event: 'update', hook: url });
		webhooks.addHook({ target: 'User', event: 'update', hook: `${url}?disabled`, disabled: true });
		webhooks.addHook({ target: 'User', event: 'delete', hook: `${url}?delete` });
		webhooks.addHook({ target: 'Activity', event: 'update', hook: `${url}?activity` });

		const zoe = SEED_IDS.users.zoe;
		const put = call(sim, 'PUT', `/users/${zoe}`, { info: 'Wechselt ins Team Sales' });
		expect(put.status).toBe(200);
		await webhooks.flush();

		expect(received).toHaveLength(1);
		const [{ headers, body }] = received;
		expect(JSON.parse(body)).toEqual(put.data);
		expect(headers).toMatchObject({
			'content-type': 'application/json',
			'x-moco-target': 'User',
			'x-moco-event': 'update',
			'x-moco-timestamp': String(NOW),
			'x-moco-user-id': String(sim.sessionUserId()),
			'x-moco-account-url': 'https://acme.mocoapp.com',
			'x-moco-signature': signMocoBody(webhooks.secret, body),
		});
		expect(webhooks.deliveries.map((d) => [d.url, d.status])).toEqual([[url, 200]]);
	});

	test('a forged delivery goes out exactly as asked and records the answer', async () => {
		const sim = new MocoSimulator({ now: () => NOW });
		const webhooks = attachWebhooks(sim);
		const result = await webhooks.deliver(url, { target: 'Deal', event: 'create', body: '{"id":1}', signature: null });
		expect(result.status).toBe(401);
		expect(received[0].body).toBe('{"id":1}');
		expect(received[0].headers['x-moco-signature']).toBeUndefined();
	});

	test('a hook nobody answers is a failed delivery, not a crash', async () => {
		const sim = new MocoSimulator({ now: () => NOW });
		const webhooks = attachWebhooks(sim, { now: () => NOW });
		webhooks.addHook({ target: 'User', event: 'create', hook: 'http://127.0.0.1:1/nobody' });
		const created = call(sim, 'POST', '/users', { firstname: 'Ines', lastname: 'Neu', email: 'ines.neu@acme.example', unit_id: SEED_IDS.units.sales });
		expect(created.status).toBe(200);
		await webhooks.flush();
		expect(webhooks.deliveries.map((d) => [d.url, d.status])).toEqual([['http://127.0.0.1:1/nobody', 0]]);
	});
});
