import { type ActionContext, type Rec, type ResourceEntry, PERSON, eq, httpError, idIn, json, toId } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const person = (sim: MocoSimulator, id: number) => {
	const user = sim.find('users', id);
	return { id, firstname: user?.firstname ?? '', lastname: user?.lastname ?? '' };
};

/** The target as an approval embeds it: an invoice of the simulator, or a purchase it only knows by ID. */
function targetOf(sim: MocoSimulator, type: unknown, id: number): Record<string, unknown> | undefined {
	if (type !== 'invoice') return { id, title: '', date: null, net_total: 0, currency: 'EUR' };
	const invoice = sim.find('invoices', id);
	return invoice && { id, title: invoice.title, date: invoice.date, net_total: invoice.net_total, currency: invoice.currency };
}

/** Approve or deny: only a pending approval, and only by one of its approvers. */
function decide(approve: boolean) {
	return ({ sim, record, userId, body }: ActionContext) => {
		const approval = record as Rec;
		const approvers = [approval.approver, approval.approver2].map((user) => (user as { id?: number } | null)?.id);
		if (!approvers.includes(userId)) throw httpError(403, { message: 'Only an approver of this approval may decide it' });
		if (approval.status !== 'pending') throw httpError(422, { message: `The approval has already been ${String(approval.status)}` });
		Object.assign(approval, { status: approve ? 'approved' : 'denied', decided_at: sim.stamp(), processed_by: person(sim, userId) });
		if (!approve && typeof body.note === 'string') approval.deny_note = body.note;
		sim.changed('approvals', approval, 'update', userId);
		return json(200, sim.serialize('approvals', approval));
	};
}

const A = SEED_IDS.approvals;

/** Approvals of invoices and purchases (`/approvals`): made, decided, deleted, never edited. */
export const approvals: ResourceEntry = {
	name: 'approvals',
	path: '/approvals',
	target: '',
	ops: ['list', 'get', 'create', 'delete'],
	fields: {
		target_type: { kind: 'enum', values: ['invoice', 'purchase'], required: true },
		target_id: { kind: 'integer', required: true, read: false },
		approver_id: { kind: 'ref', ref: 'users', read: 'approver', shape: PERSON, required: true },
		approver2_id: { kind: 'ref', ref: 'users', read: 'approver2', shape: PERSON },
		note: { kind: 'text' },
	},
	blank: ({ sim, userId }) => ({
		status: 'pending', target_type: null, decided_at: null, note: null, deny_note: null,
		creator: person(sim, userId), approver: null, approver2: null, processed_by: null, target: null,
	}),
	validate: (draft, body, { sim }, errors) => {
		if (draft.target_type === null || body.target_id === undefined) return;
		const target = targetOf(sim, draft.target_type, toId(body.target_id) ?? 0);
		if (!target) errors.target = ['must exist'];
		else draft.target = target;
	},
	filters: { type: eq('target_type'), approver_user_id: idIn('approver.id'), creator_user_id: idIn('creator.id'), approval_status: eq('status') },
	actions: [
		{ method: 'POST', path: '/:id/approve', handler: decide(true) },
		{ method: 'POST', path: '/:id/deny', handler: decide(false) },
	],
	seed: () => {
		const u = SEED_IDS.users;
		const who = (id: number, firstname: string, lastname: string) => ({ id, firstname, lastname });
		const juergen = who(u.juergen, 'Jürgen', 'Müller');
		const zoe = who(u.zoe, 'Zoë', 'Ångström');
		const invoice = { id: SEED_IDS.invoices.entwurf, title: 'Rechnung Website-Relaunch', date: '2026-01-05', net_total: 4800, currency: 'EUR' };
		const base = { target_type: 'invoice', target_id: invoice.id, target: invoice, deny_note: null, approver2: null, created_at: SEED_TIME, updated_at: SEED_TIME };
		return [
			{ ...base, id: A.forJuergen, status: 'pending', decided_at: null, note: 'Bitte prüfen', creator: zoe, approver: juergen, processed_by: null },
			{ ...base, id: A.forZoe, status: 'pending', decided_at: null, note: null, creator: juergen, approver: zoe, processed_by: null },
			{ ...base, id: A.approved, status: 'approved', decided_at: SEED_TIME, note: null, creator: zoe, approver: juergen, processed_by: juergen },
		];
	},
};
