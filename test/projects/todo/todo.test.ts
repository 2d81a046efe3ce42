import type { INodeParameters } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ pageSize: 2 });
const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'todo', operation, ...parameters }, typeVersion: VERSION, ...options });
const T = SEED_IDS.todos;
const U = SEED_IDS.users;

describe('To-do > Get', () => {
	test('one GET, MOCO’s to-do as it is', async () => {
		const result = await run('get', { todoId: pick.list(T.rechnung) });

		expect(result.error).toBeUndefined();
		expect(sim().requests.map(requestSummary)).toEqual([expect.objectContaining({ method: 'GET', url: `/api/v1/todos/${T.rechnung}`, authorization: 'Token token=test-key' })]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/todos/${T.rechnung}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Rechnung prüfen', todoable_type: 'Invoice', assigned_to: { id: U.juergen } });
	});

	test("an unknown to-do: MOCO's 404; a bad ID sends nothing", async () => {
		expect((await run('get', { todoId: pick.id(1) })).error).toMatchObject({ httpCode: '404', message: 'MOCO found no such record (404): Resource not found' });
		sim().clearRequests();
		expect((await run('get', { todoId: pick.id('={{ "x" }}') })).error?.message).toBe('To-do ID must be a positive whole number, not "x" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('To-do > Get Many', () => {
	test('Return All reads every page (two per page here)', async () => {
		const result = await run('getAll', { returnAll: true });

		expect(calls(sim())).toEqual(['GET /api/v1/todos', 'GET /api/v1/todos?page=2']);
		expect(result.items.map((item) => item.json.id)).toEqual([T.angebot, T.rechnung, T.erledigt]);
	});

	test('every filter sent as MOCO names it, with Return All on every page', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { assignedToUserId: pick.id(U.zoe), createdByUserId: pick.id(U.juergen), responsibleUserId: pick.id(U.zoe), completed: false, term: 'nachfassen' },
		});

		expect(calls(sim())).toEqual([`GET /api/v1/todos?assigned_to_user_id=${U.zoe}&created_by_user_id=${U.juergen}&responsible_user_id=${U.zoe}&completed=false&term=nachfassen`]);
		expect(result.items.map((item) => item.json.id)).toEqual([T.angebot]);
	});

	test('a user given by email is looked up once, then the list filtered', async () => {
		const result = await run('getAll', { returnAll: true, filters: { assignedToUserId: pick.by('email', 'zoe.angstrom@acme.example'), completed: true } });

		expect(calls(sim()).at(-1)).toBe(`GET /api/v1/todos?completed=true&assigned_to_user_id=${U.zoe}`);
		expect(result.items.map((item) => item.json.id)).toEqual([T.erledigt]);
	});

	test('Limit 1: one page, one item', async () => {
		const result = await run('getAll', { returnAll: false, limit: 1 });

		expect(result.items).toHaveLength(1);
	});

	test('the From list search names the to-do and its record; a completed one is marked', async () => {
		const result = await listSearch('searchTodos', undefined, undefined, undefined, { resource: 'todo', operation: 'get' });

		const next = await listSearch('searchTodos', undefined, result.paginationToken as string, undefined, { resource: 'todo', operation: 'get' });

		expect([...result.results, ...next.results]).toEqual([
			{ name: 'Angebot nachfassen (Deal: App „Kapitänsbrücke“ Phase 2)', value: String(T.angebot) },
			{ name: 'Rechnung prüfen (Invoice: Rechnung Website-Relaunch)', value: String(T.rechnung) },
			{ name: 'Kick-off vorbereiten (Company: Hafenlicht Reederei GmbH), completed', value: String(T.erledigt) },
		]);
	});

	test("MOCO's refusal in its words", async () => {
		sim().injectFault({ method: 'GET' }, { status: 401, body: JSON.stringify({ message: 'Unauthorized' }) });

		const result = await run('getAll', { returnAll: true });

		expect(result.error).toMatchObject({ httpCode: '401' });
		expect(result.error?.message).toContain('Unauthorized');
	});
});
