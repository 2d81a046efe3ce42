import type { INodeParameters } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { VERSION } from '../../harness/description';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'read-key': 'read' } });
const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'webHook', operation, ...parameters }, typeVersion: VERSION, ...options });
// The simulator's account has two: Project update (enabled) and Activity create (disabled).
const [PROJECTS, ACTIVITIES] = [1, 2];
const URL = 'https://n8n.acme.example/webhook/moco-deals';

describe('Web Hook > Create', () => {
	test('POST /account/web_hooks with target, event and URL; the output is MOCO’s hook', async () => {
		const result = await run('create', { target: 'Purchase::Order', event: 'update', hook: URL });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([
			{
				method: 'POST',
				host: 'acme.mocoapp.com',
				url: '/api/v1/account/web_hooks',
				authorization: 'Token token=test-key',
				contentType: 'application/json',
				json: { target: 'Purchase::Order', event: 'update', hook: URL },
			},
		]);
		const made = sim().webhooks.hooks.at(-1)!;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/web_hooks/${made.id}`)]);
		expect(made).toMatchObject({ target: 'Purchase::Order', event: 'update', hook: URL, disabled: false });
	});

	test.each([
		[{ target: 'Invoice::BookkeepingExport', event: 'update' }, 'Event must be create or delete for Invoice::BookkeepingExport: MOCO sends no update for it (item 0)'],
		[{ hook: 'n8n.acme.example/webhook' }, 'URL must be a web address starting with https://, not "n8n.acme.example/webhook" (item 0)'],
		[{ hook: 'ftp://n8n.acme.example/x' }, 'URL must be a web address starting with https://, not "ftp://n8n.acme.example/x" (item 0)'],
		[{ target: 'Unit' }, /^Target must be one of Activity, Comment, .*not "Unit" \(item 0\)$/],
		[{ hook: '={{ " " }}' }, 'URL is required to create a web hook (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await run('create', { target: 'Deal', event: 'create', hook: URL, ...parameters });

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a read-only API key: MOCO’s 403 in its words', async () => {
		const result = await run('create', { target: 'Deal', event: 'create', hook: URL }, { credentials: { subdomain: 'acme', apiKey: 'read-key' } });

		expect(result.error).toMatchObject({ httpCode: '403' });
		expect(sim().webhooks.hooks).toHaveLength(2);
	});
});

describe('Web Hook > Get, Get Many', () => {
	test('Get: one GET, MOCO’s hook', async () => {
		const result = await run('get', { webHookId: pick.id(ACTIVITIES) });

		expect(calls(sim())).toEqual([`GET /api/v1/account/web_hooks/${ACTIVITIES}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/account/web_hooks/${ACTIVITIES}`)]);
		expect(result.items[0].json).toMatchObject({ target: 'Activity', event: 'create', disabled: true });
	});

	test('Get Many with Return All: every hook, the IDs filter sent as MOCO’s comma list', async () => {
		const all = await run('getAll', { returnAll: true });
		expect(all.items.map((item) => item.json.id)).toEqual([PROJECTS, ACTIVITIES]);

		sim().clearRequests();
		const some = await run('getAll', { returnAll: true, filters: { ids: `${ACTIVITIES}` } });
		expect(calls(sim())[0]).toBe(`GET /api/v1/account/web_hooks?ids=${ACTIVITIES}`);
		expect(some.items).toHaveLength(1);
	});

	test('the From list search names each hook by target, event and URL, sorted, a disabled one marked', async () => {
		const result = await listSearch('searchWebHooks', undefined, undefined, undefined, { resource: 'webHook', operation: 'get' });

		expect(result.results).toEqual([
			{ name: 'Activity create → https://hooks.acme.example/moco/activities, disabled', value: String(ACTIVITIES) },
			{ name: 'Project update → https://hooks.acme.example/moco/projects', value: String(PROJECTS) },
		]);
	});

	test("an unknown hook: MOCO's 404; a bad ID sends nothing", async () => {
		expect((await run('get', { webHookId: pick.id(99) })).error).toMatchObject({ httpCode: '404', message: 'MOCO found no such record (404): Resource not found' });
		sim().clearRequests();
		expect((await run('get', { webHookId: pick.id('={{ "1/../2" }}') })).error?.message).toBe('Web Hook ID must be a positive whole number, not "1/../2" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Web Hook > Update, Enable, Disable, Delete', () => {
	test('Update sends only the URL; target and event are not offered', async () => {
		const result = await run('update', { webHookId: pick.id(PROJECTS), updateFields: { hook: URL } });

		expect(calls(sim())).toEqual([`PUT /api/v1/account/web_hooks/${PROJECTS}`]);
		expect(bodies(sim())).toEqual([{ hook: URL }]);
		expect(result.items[0].json).toMatchObject({ id: PROJECTS, target: 'Project', event: 'update', hook: URL });
	});

	test('Enable repairs the hook MOCO disabled; Disable pauses one; each outputs the hook', async () => {
		const enabled = await run('enable', { webHookId: pick.list(ACTIVITIES) });
		const disabled = await run('disable', { webHookId: pick.id(PROJECTS) });

		expect(calls(sim())).toEqual([`PUT /api/v1/account/web_hooks/${ACTIVITIES}/enable`, `PUT /api/v1/account/web_hooks/${PROJECTS}/disable`]);
		expect(sim().requests.map((request) => request.json)).toEqual([undefined, undefined]);
		expect(enabled.items[0].json).toMatchObject({ id: ACTIVITIES, disabled: false, disabled_at: null });
		expect(disabled.items[0].json).toMatchObject({ id: PROJECTS, disabled: true, disabled_at: expect.any(String) });
	});

	test('Delete outputs {deleted: true}; the hook is gone', async () => {
		const result = await run('delete', { webHookId: pick.id(PROJECTS) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/account/web_hooks/${PROJECTS}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().webhooks.hooks.map((hook) => hook.id)).toEqual([ACTIVITIES]);
	});
});

describeRefusals(
	'webHook',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { target: 'Deal', event: 'create', hook: URL } },
		{ operation: 'update', method: 'PUT', parameters: { webHookId: pick.id(PROJECTS), updateFields: { hook: URL } } },
		{ operation: 'enable', method: 'PUT', parameters: { webHookId: pick.id(PROJECTS) } },
		{ operation: 'disable', method: 'PUT', parameters: { webHookId: pick.id(PROJECTS) } },
		{ operation: 'delete', method: 'DELETE', parameters: { webHookId: pick.id(PROJECTS) } },
	],
	{ typeVersion: VERSION },
);
