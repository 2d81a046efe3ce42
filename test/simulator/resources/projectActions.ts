import { type ActionContext, type Rec, NAMED, invalid, json, round2 } from '../engine';
import type { MocoSimulator } from '../moco';

const ref = (id: unknown): number | undefined => (id as Rec | null)?.id;
const hoursOf = (activities: Rec[], key: 'seconds' | 'worked_seconds'): number => round2(activities.reduce((s, a) => s + Number(a[key]), 0) / 3600);

/** The acting user's projects: staffed on them (contracts) or leading them. */
export function assigned({ sim, userId, req }: ActionContext) {
	const staffed = (p: Rec): Rec | undefined =>
		sim.knows('contracts') ? sim.records('contracts').find((c) => c.project_id === p.id && c.user_id === userId) : undefined;
	const rows = sim
		.records('projects')
		.filter((p) => staffed(p) || ref(p.leader) === userId || ref(p.co_leader) === userId)
		.filter((p) => req.query.active === undefined || req.query.active === '' || p.active === (req.query.active === 'true'))
		.map((p) => {
			const contract = staffed(p);
			const customer = p.customer ? sim.render(NAMED, sim.find('companies', ref(p.customer)!) ?? (p.customer as Rec)) : null;
			const tasks = sim
				.records('tasks')
				.filter((t) => t.project_id === p.id)
				.map(({ id, name, active, billable }) => ({ id, name, active, billable }));
			return { id: p.id, identifier: p.identifier, name: p.name, active: p.active, billable: p.billable, customer, tasks, contract: { user_id: userId, active: contract ? contract.active : true } };
		});
	return json(200, rows);
}

export function setActive({ sim, record, userId }: ActionContext, active: boolean) {
	record!.active = active;
	sim.changed('projects', record!, 'update', userId);
	return json(200, sim.serialize('projects', record!));
}

export function share({ sim, record, userId }: ActionContext, active: boolean) {
	record!.shared = active;
	sim.changed('projects', record!, 'update', userId);
	return json(200, { id: record!.id, active, url: active ? record!.customer_report_url : null });
}

/** Assign takes `project_group_id` (the group must exist); unassign takes nothing. */
export function assignGroup({ sim, record, userId, body, req }: ActionContext) {
	if (req.path.endsWith('/unassign_project_group')) record!.project_group = null;
	else {
		const group = sim.find('projectGroups', Number(body.project_group_id));
		if (!group) throw invalid({ project_group: ['must exist'] });
		record!.project_group = { id: group.id, name: group.name };
	}
	sim.changed('projects', record!, 'update', userId);
	return json(200, sim.serialize('projects', record!));
}

/** Figures derived from the project's activities (billed ones count as invoiced). */
export function report(sim: MocoSimulator, project: Rec) {
	const activities = sim.records('activities').filter((a) => ref(a.project) === project.id);
	const rate = Number(project.hourly_rate ?? 0);
	const budget = Number(project.budget ?? 0);
	const hoursBillable = hoursOf(activities, 'seconds');
	const costs = round2(hoursOf(activities, 'worked_seconds') * 60);
	const billableValue = round2(hoursBillable * rate);
	return {
		budget_total: budget,
		budget_progress_in_percentage: budget ? Math.round((billableValue / budget) * 100) : 0,
		budget_remaining: round2(budget - billableValue),
		invoiced_total: round2(hoursOf(activities.filter((a) => a.billed), 'seconds') * rate),
		currency: project.currency,
		hours_total: hoursOf(activities, 'worked_seconds'),
		hours_billable: hoursBillable,
		hours_remaining: rate && budget ? round2(budget / rate - hoursBillable) : 0,
		costs_expenses: 0,
		costs_activities: costs,
		costs_by_task: sim
			.records('tasks')
			.filter((t) => t.project_id === project.id)
			.map((t) => {
				const own = activities.filter((a) => ref(a.task) === t.id);
				return { id: t.id, name: t.name, hours_total: hoursOf(own, 'worked_seconds'), total_costs: round2(hoursOf(own, 'worked_seconds') * 60) };
			}),
	};
}
