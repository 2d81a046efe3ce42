import type { INodeParameters } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestSummary, runNode, useSimulator, type RunOptions } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals } from '../../customers/company/fixtures';
import { calls } from '../../staff/user/fixtures';

const sim = useSimulator({ apiKeys: { 'test-key': 'full', 'zoe-key': 'full' }, keyUsers: { 'zoe-key': SEED_IDS.users.zoe } });
const run = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}) =>
	runNode({ parameters: { resource: 'approval', operation, ...parameters }, typeVersion: VERSION, ...options });
const A = SEED_IDS.approvals;
const U = SEED_IDS.users;
const INVOICE = SEED_IDS.invoices.entwurf;

describe('Approval > Create', () => {
	test('POST /approvals with target, approvers (one by email) and note; the output is MOCO’s approval', async () => {
		const result = await run('create', {
			targetType: 'invoice',
			targetId: INVOICE,
			approverId: pick.id(U.juergen),
			additionalFields: { approver2Id: pick.by('email', 'zoe.angstrom@acme.example'), note: 'Bitte bis Freitag' },
		});

		expect(result.error).toBeUndefined();
		const post = sim().requests.find((request) => request.method === 'POST')!;
		expect(requestSummary(post)).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/approvals',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { target_type: 'invoice', target_id: INVOICE, approver_id: U.juergen, approver2_id: U.zoe, note: 'Bitte bis Freitag' },
		});
		const made = sim().records('approvals').at(-1)!;
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/approvals/${String(made.id)}`)]);
		expect(result.items[0].json).toMatchObject({ status: 'pending', target_type: 'invoice', target: { id: INVOICE }, approver2: { id: U.zoe } });
	});

	test.each([
		[{ targetId: 0 }, 'Target ID must be a whole number of at least 1, not 0 (item 0)'],
		[{ targetType: 'offer' }, 'Target Type must be one of invoice, purchase, not "offer" (item 0)'],
		[{ approverId: pick.id('={{ "Jürgen" }}') }, 'Approver ID must be a positive whole number, not "Jürgen" (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await run('create', { targetType: 'purchase', targetId: 1234567, approverId: pick.id(U.zoe), ...parameters });

		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test("an invoice MOCO does not have: MOCO's refusal in its words", async () => {
		const result = await run('create', { targetType: 'invoice', targetId: 99, approverId: pick.id(U.zoe) });

		expect(result.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): target must exist' });
	});
});

describe('Approval > Get, Get Many', () => {
	test('Get: one GET, MOCO’s approval', async () => {
		const result = await run('get', { approvalId: pick.list(A.forZoe) });

		expect(calls(sim())).toEqual([`GET /api/v1/approvals/${A.forZoe}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/approvals/${A.forZoe}`)]);
	});

	test('Get Many with Return All and every filter: those waiting for Jürgen, each filter sent as MOCO names it', async () => {
		const result = await run('getAll', {
			returnAll: true,
			filters: { type: 'invoice', approvalStatus: 'pending', approverUserId: pick.id(U.juergen), creatorUserId: pick.id(U.zoe) },
		});

		expect(calls(sim())).toEqual([`GET /api/v1/approvals?type=invoice&approval_status=pending&approver_user_id=${U.juergen}&creator_user_id=${U.zoe}`]);
		expect(result.items.map((item) => item.json.id)).toEqual([A.forJuergen]);
	});

	test('the From list search names the target and the state', async () => {
		const result = await listSearch('searchApprovals', undefined, undefined, undefined, { resource: 'approval', operation: 'get' });

		expect(result.results).toContainEqual({ name: 'invoice Rechnung Website-Relaunch: approved', value: String(A.approved) });
	});
});

describe('Approval > Approve, Deny', () => {
	test('Approve: POST /approvals/{id}/approve without a body; approved, by whom', async () => {
		const result = await run('approve', { approvalId: pick.id(A.forJuergen) });

		expect(sim().requests.map(requestSummary)).toEqual([expect.objectContaining({ method: 'POST', url: `/api/v1/approvals/${A.forJuergen}/approve`, json: undefined })]);
		expect(result.items[0].json).toMatchObject({ id: A.forJuergen, status: 'approved', processed_by: { id: U.juergen }, decided_at: expect.any(String) });
	});

	test('Deny with a reason: sent as MOCO’s note, shown as the deny note', async () => {
		const result = await run('deny', { approvalId: pick.id(A.forZoe), denyNote: 'Budget überschritten' }, { credentials: { subdomain: 'acme', apiKey: 'zoe-key' } });

		expect(calls(sim())).toEqual([`POST /api/v1/approvals/${A.forZoe}/deny`]);
		expect(bodies(sim())).toEqual([{ note: 'Budget überschritten' }]);
		expect(result.items[0].json).toMatchObject({ id: A.forZoe, status: 'denied', deny_note: 'Budget überschritten', note: null });
	});

	test('Deny without a reason sends no body', async () => {
		await run('deny', { approvalId: pick.id(A.forJuergen) });

		expect(bodies(sim())).toEqual([undefined]);
	});

	test("MOCO's refusals in its words: not an approver (403), already decided (422)", async () => {
		const notMine = await run('approve', { approvalId: pick.id(A.forZoe) });
		const decided = await run('deny', { approvalId: pick.id(A.approved) });

		expect(notMine.error).toMatchObject({ httpCode: '403', message: 'MOCO refused access (403): Only an approver of this approval may decide it' });
		expect(decided.error).toMatchObject({ httpCode: '422', message: 'MOCO could not save the data (422): The approval has already been approved' });
	});
});

describe('Approval > Delete', () => {
	test('one DELETE, {deleted: true}, the approval is gone', async () => {
		const result = await run('delete', { approvalId: pick.id(A.forZoe) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/approvals/${A.forZoe}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('approvals', A.forZoe)).toBeUndefined();
	});

	test('a bad ID sends nothing', async () => {
		const result = await run('delete', { approvalId: pick.id('={{ "-3" }}') });

		expect(result.error?.message).toBe('Approval ID must be a positive whole number, not "-3" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals(
	'approval',
	sim,
	[
		{ operation: 'create', method: 'POST', parameters: { targetType: 'purchase', targetId: 1234567, approverId: pick.id(U.zoe) } },
		{ operation: 'approve', method: 'POST', parameters: { approvalId: pick.id(A.forJuergen) } },
		{ operation: 'deny', method: 'POST', parameters: { approvalId: pick.id(A.forJuergen) } },
		{ operation: 'delete', method: 'DELETE', parameters: { approvalId: pick.id(A.forZoe) } },
	],
	{ typeVersion: VERSION },
);
