/** Planned billing of a project (milestones): `/projects/{id}/payment_schedules` and the list across projects. */
import { type ResourceEntry, boolEq, idIn, onOrAfter, onOrBefore } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';
import { acrossProjects } from './projectExpenses';

const PROJECT = { ref: 'projects', shape: ['id', 'identifier', 'name'] } as const;

export const paymentSchedules: ResourceEntry = {
	name: 'payment_schedules',
	path: '/projects/:projectId/payment_schedules',
	parentKey: 'project_id',
	target: 'Project::PaymentSchedule',
	fields: {
		date: { kind: 'date', required: true },
		net_total: { kind: 'number', required: true },
		title: { kind: 'text' },
		description: { kind: 'text' },
		checked: { kind: 'boolean' },
	},
	links: { project: PROJECT },
	blank: ({ parentId }) => ({ date: null, title: null, net_total: 0, checked: false, billed: false, description: null, project: { id: parentId } }),
	filters: { from: onOrAfter('date'), to: onOrBefore('date'), checked: boolEq('checked'), company_id: (schedule, value, { sim }) => customerIn(schedule, value, sim) },
	seed: () => {
		const S = SEED_IDS.paymentSchedules;
		const P = SEED_IDS.projects;
		const at = { description: null, created_at: SEED_TIME, updated_at: SEED_TIME };
		return [
			{ id: S.relaunchDesign, project_id: P.relaunch, project: { id: P.relaunch }, date: '2025-12-15', title: 'Designphase', net_total: 12000, checked: true, billed: true, ...at },
			{ id: S.festpreisAnzahlung, project_id: P.festpreis, project: { id: P.festpreis }, date: '2025-11-03', title: 'Anzahlung 30 %', net_total: 5400, checked: true, billed: false, ...at },
			{ id: S.festpreisSchluss, project_id: P.festpreis, project: { id: P.festpreis }, date: '2026-02-27', title: 'Schlussrate', net_total: 12600, checked: false, billed: false, ...at },
		];
	},
};

/** `company_id`: the schedule's project belongs to one of these customers. */
function customerIn(schedule: Record<string, unknown>, value: string, sim: MocoSimulator): boolean {
	const customer = (sim.find('projects', Number(schedule.project_id))?.customer as { id?: number } | null)?.id;
	return value.split(',').map((id) => id.trim()).includes(String(customer));
}

export const allPaymentSchedules = acrossProjects('payment_schedules', '/projects/payment_schedules', {
	...paymentSchedules.filters,
	project_id: idIn('project_id'),
});
