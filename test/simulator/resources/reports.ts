import { type Rec, type ResourceEntry, addDays, httpError, idIn, isValidDate, json, oneOf, round2, term } from '../engine';
import type { MocoSimulator } from '../moco';

/**
 * MOCO's reports (`/report/...`), computed from the account's records on every request. Cashflow,
 * finance and planned vs tracked are paginated lists (their rows carry a synthetic `id` the
 * simulator strips); absences and utilization answer one page, as MOCO documents them.
 */
type Query = Record<string, string>;
const ref = (value: unknown) => (value && typeof value === 'object' ? (value as Rec).id : undefined);
const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** From and To, each MOCO's default when left out (the current year); 422 when they are no days or reversed. */
function period(sim: MocoSimulator, q: Query): { from: string; to: string } {
	const year = sim.today().slice(0, 4);
	const from = q.from ?? `${year}-01-01`;
	const to = q.to ?? `${year}-12-31`;
	if (!isValidDate(from) || !isValidDate(to) || from > to) throw httpError(422, { message: 'Invalid date range' });
	return { from, to };
}
const within = (date: unknown, { from, to }: { from: string; to: string }) => typeof date === 'string' && date >= from && date <= to;

/** Rows without an id of their own get one, for the engine's list; `serialize` drops it again. */
const numbered = (rows: Array<Record<string, unknown>>): Rec[] => rows.map((row, index) => ({ ...row, id: index + 1 }));
const withoutId = (out: Record<string, unknown>) => {
	const { id: _id, ...row } = out;
	return row;
};

function reportEntry(name: string, rows: (sim: MocoSimulator, q: Query) => Array<Record<string, unknown>>, filters: ResourceEntry['filters'] = {}): ResourceEntry {
	return { name: `report_${name}`, path: `/report/${name}`, target: '', ops: ['list'], fields: {}, blank: () => ({}), scope: (_rows, q, { sim }) => numbered(rows(sim, q)), serialize: withoutId, filters };
}

/** One page, no paging: MOCO documents no page parameter for these. */
function onePage(name: string, rows: (sim: MocoSimulator, q: Query) => Array<Record<string, unknown>>): ResourceEntry {
	return { name: `report_${name}`, path: `/report/${name}`, target: '', ops: [], fields: {}, blank: () => ({}), actions: [{ method: 'GET', path: '', handler: ({ sim, req }) => json(200, rows(sim, req.query)) }] };
}

const person = (user: Rec) => ({ id: user.id, firstname: user.firstname, lastname: user.lastname });

export const absencesReport = onePage('absences', (sim, q) => {
	const year = q.year ?? sim.today().slice(0, 4);
	if (!/^\d{4}$/.test(year)) throw httpError(422, { message: 'Invalid year' });
	const users = sim.records('users').filter((user) => q.active === undefined || String(user.active) === q.active);
	return users.map((user) => {
		const absences = sim.records('schedules').filter((s) => ref(s.user) === user.id && String(s.date).startsWith(year));
		const days = (code: string, when: (date: string) => boolean) =>
			absences.filter((s) => (s.assignment as Rec).code === code && when(String(s.date))).reduce((sum, s) => sum + (s.am && s.pm ? 1 : 0.5), 0);
		const entitled = sim.records('holidays').filter((h) => ref(h.user) === user.id && String(h.year) === year);
		return {
			user: person(user),
			total_vacation_days: entitled.reduce((sum, h) => sum + Number(h.days), 0),
			used_vacation_days: days('4', (date) => date <= sim.today()),
			planned_vacation_days: days('4', (date) => date > sim.today()),
			sickdays: days('3', () => true),
		};
	});
});

export const utilizationReport = onePage('utilization', (sim, q) => {
	const range = period(sim, q);
	const rows: Array<Record<string, unknown>> = [];
	for (let date = range.from; date <= range.to; date = addDays(date, 1)) {
		if (!isWeekday(date)) continue;
		for (const user of sim.records('users').filter((u) => u.active)) {
			const worked = sim.records('activities').filter((a) => ref(a.user) === user.id && a.date === date);
			const seconds = (billable: boolean) => worked.filter((a) => a.billable === billable).reduce((sum, a) => sum + Number(a.seconds), 0);
			rows.push({
				date, user_id: user.id, target_hours: 8,
				billable_hours: round2(seconds(true) / 3600), unbillable_hours: round2(seconds(false) / 3600),
				billable_seconds: seconds(true), unbillable_seconds: seconds(false),
			});
		}
	}
	return rows;
});

const company = (sim: MocoSimulator, id: unknown) => {
	const found = typeof id === 'number' ? sim.find('companies', id) : undefined;
	return found ? { id: found.id, name: found.name } : null;
};
const kindIn = oneOf('kind');
const searched = term('description', 'company.name');

export const cashflowReport = reportEntry(
	'cashflow',
	(sim, q) => {
		const range = period(sim, q);
		return sim.records('invoice_payments').filter((payment) => within(payment.date, range)).map((payment) => {
			const invoice = sim.find('invoices', Number(ref(payment.invoice)));
			return {
				record_id: payment.id, company_id: invoice?.customer_id ?? null, description: `Zahlung ${String(invoice?.identifier ?? '')}`.trim(),
				user_id: null, amount_in_account_currency: payment.paid_total_in_account_currency, kind: 'invoice_payment', date: payment.date,
				company: company(sim, invoice?.customer_id), user: null,
			};
		});
	},
	{ term: searched, kinds: kindIn },
);

export const financeReport = reportEntry(
	'finance',
	(sim, q) => {
		const range = period(sim, q);
		return sim.records('invoices').filter((invoice) => invoice.status !== 'draft' && within(invoice.date, range)).map((invoice) => {
			const user = invoice.user as Rec | null;
			return {
				record_id: invoice.id, company_id: invoice.customer_id, description: `${String(invoice.identifier)} ${String(invoice.title)}`,
				user_id: user?.id ?? null, net_amount_in_account_currency: invoice.net_total, kind: 'invoice', date: invoice.date,
				company: company(sim, invoice.customer_id), user: user ? person(user) : null,
			};
		});
	},
	{ term: searched, kinds: kindIn, company_id: idIn('company_id') },
);

export const plannedVsTrackedReport = reportEntry(
	'planned_vs_tracked',
	(sim, q) => {
		const range = period(sim, q);
		const pairs = new Map<string, { user: Rec; project: Rec; planned: number; tracked: number }>();
		const pair = (userId: unknown, projectId: unknown) => {
			const user = sim.find('users', Number(userId));
			const project = sim.find('projects', Number(projectId));
			if (!user || !project) return undefined;
			const key = `${user.id}:${project.id}`;
			if (!pairs.has(key)) pairs.set(key, { user, project, planned: 0, tracked: 0 });
			return pairs.get(key);
		};
		for (const entry of sim.records('planning_entries').filter((e) => e.project)) {
			for (let date = String(entry.starts_on); date <= String(entry.ends_on); date = addDays(date, 1)) {
				const row = within(date, range) && isWeekday(date) ? pair(ref(entry.user), ref(entry.project)) : undefined;
				if (row) row.planned += Number(entry.hours_per_day);
			}
		}
		for (const activity of sim.records('activities').filter((a) => within(a.date, range))) {
			const row = pair(ref(activity.user), ref(activity.project));
			if (row) row.tracked += Number(activity.seconds) / 3600;
		}
		return [...pairs.values()].map(({ user, project, planned, tracked }) => {
			const unit = user.unit as Rec;
			const customer = project.customer as Rec | null;
			return {
				user_id: user.id, project_id: project.id, tracked_hours: round2(tracked), planned_hours: round2(planned), delta: round2(tracked - planned),
				quota: planned > 0 ? round2((tracked / planned) * 100) : 0,
				user: {
					id: user.id, firstname: user.firstname, name: `${String(user.firstname)} ${String(user.lastname)}`,
					initials: `${String(user.firstname).charAt(0)}${String(user.lastname).charAt(0)}`, color: '#2965cc', unit: { id: unit.id, name: unit.name },
				},
				project: { id: project.id, identifier: project.identifier, name: project.name, company: customer ? { id: customer.id, name: customer.name } : null },
			};
		});
	},
	{ user_ids: idIn('user_id'), project_id: idIn('project_id') },
);

export const reports = [absencesReport, utilizationReport, cashflowReport, financeReport, plannedVsTrackedReport];
