import { type FieldSpec, type Rec, type ResourceEntry, has, noContent } from '../engine';
import type { MocoSimulator } from '../moco';
import { SEED_IDS, SEED_TIME } from '../seed';

const text: FieldSpec = { kind: 'text' };
const number: FieldSpec = { kind: 'number' };
const ref = (id: unknown): number | undefined => (id as Rec | null)?.id;

/** Services on a project (`/projects/{id}/tasks`). */
export const tasks: ResourceEntry = {
	name: 'tasks',
	path: '/projects/:projectId/tasks',
	target: 'Task',
	parentKey: 'project_id',
	fields: {
		name: { kind: 'text', required: true },
		billable: { kind: 'boolean' },
		active: { kind: 'boolean' },
		budget: number,
		hourly_rate: number,
		description: text,
	},
	blank: () => ({ name: '', billable: true, active: true, budget: null, hourly_rate: 0, revenue_category: null, description: '' }),
	validate: (draft, body, { sim, parentId }, errors) => {
		const project = parentId ?? draft.project_id;
		if (has(body, 'name') && sim.records('tasks').some((t) => t.id !== draft.id && t.project_id === project && t.name === draft.name)) {
			errors.name = ['has already been taken'];
		}
	},
	guardDelete: (task, { sim }) => (tracked(sim, task) ? 'The task cannot be deleted because hours are tracked on it.' : undefined),
	actions: [
		{
			method: 'DELETE',
			path: '/destroy_all',
			handler: ({ sim, parentId, userId }) => {
				// Skips the tasks it cannot delete, as MOCO does.
				for (const task of sim.records('tasks').filter((t) => t.project_id === parentId && !tracked(sim, t))) {
					sim.records('tasks').splice(sim.records('tasks').indexOf(task), 1);
					sim.changed('tasks', task, 'delete', userId);
				}
				return noContent();
			},
		},
	],
	seed: () => {
		const t = SEED_IDS.tasks;
		const p = SEED_IDS.projects;
		const make = (id: number, project_id: number, name: string, fields: Record<string, unknown> = {}): Rec => ({
			id, name, billable: true, active: true, budget: null, hourly_rate: 0, revenue_category: null, description: '',
			created_at: SEED_TIME, updated_at: SEED_TIME, project_id, ...fields,
		});
		return [
			make(t.relaunchKonzept, p.relaunch, 'Konzeption', { budget: 6000, hourly_rate: 120 }),
			make(t.relaunchDesign, p.relaunch, 'Design', { budget: 12000, hourly_rate: 120 }),
			make(t.relaunchEntwicklung, p.relaunch, 'Entwicklung', { budget: 24000, hourly_rate: 110 }),
			make(t.relaunchPl, p.relaunch, 'Projektleitung', { billable: false, description: 'Interne Abstimmung' }),
			make(t.retainerSeo, p.retainer, 'SEO-Optimierung', { hourly_rate: 140 }),
			make(t.retainerReporting, p.retainer, 'Reporting', { hourly_rate: 140 }),
			make(t.festpreisKonzept, p.festpreis, 'Konzeption'),
			make(t.festpreisUmsetzung, p.festpreis, 'Umsetzung'),
			make(t.messeAufbau, p.messe, 'Messebau', { active: false }),
		];
	},
};

const tracked = (sim: MocoSimulator, task: Rec): boolean => sim.records('activities').some((a) => ref(a.task) === task.id);
