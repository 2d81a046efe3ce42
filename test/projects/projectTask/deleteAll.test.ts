import { requestSummary, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { describeRefusals } from '../../customers/company/fixtures';
import { projectBy } from '../project/fixtures';
import { calls } from '../../staff/user/fixtures';
import { runTask } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

const tasksOf = (projectId: number) => sim().records('tasks').filter((task) => task.project_id === projectId);
const tracked = (taskId: unknown) => sim().records('activities').some((activity) => (activity.task as { id: number }).id === taskId);

describe('Project Task > Delete All', () => {
	test('with the toggle on: one DELETE, then the tasks MOCO kept (those with hours) read and named', async () => {
		const before = tasksOf(P.relaunch);
		const withHours = before.filter((task) => tracked(task.id));
		expect(withHours.length).toBeGreaterThan(0);
		expect(withHours.length).toBeLessThan(before.length);

		const result = await runTask('deleteAll', { projectId: projectBy.id(P.relaunch), confirmDeleteAll: true });

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests[0])).toEqual(
			expect.objectContaining({ method: 'DELETE', url: `/api/v1/projects/${P.relaunch}/tasks/destroy_all`, json: undefined }),
		);
		expect(calls(sim())).toEqual([`DELETE /api/v1/projects/${P.relaunch}/tasks/destroy_all`, `GET /api/v1/projects/${P.relaunch}/tasks`]);
		expect(tasksOf(P.relaunch)).toEqual(withHours);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				deleted: true,
				projectId: P.relaunch,
				keptTasks: withHours.map(({ id, name }) => ({ id, name })),
				message: `MOCO kept ${withHours.length} task(s) with tracked hours; it deleted the others`,
			},
		]);
	});

	test('a project without hours, by number: every task deleted, none kept', async () => {
		const empty = sim().records('projects').find((project) => tasksOf(project.id as number).every((task) => !tracked(task.id)) && tasksOf(project.id as number).length > 0)!;

		const result = await runTask('deleteAll', { projectId: projectBy.identifier(String(empty.identifier)), confirmDeleteAll: true });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([
			`GET /api/v1/projects?identifier=${String(empty.identifier)}&include_archived=true`,
			`DELETE /api/v1/projects/${String(empty.id)}/tasks/destroy_all`,
			`GET /api/v1/projects/${String(empty.id)}/tasks`,
		]);
		expect(result.items[0].json).toEqual({ deleted: true, projectId: empty.id, keptTasks: [], message: 'MOCO deleted every task of the project' });
		expect(tasksOf(empty.id as number)).toEqual([]);
	});

	test('with the toggle off (its default): refused in plain words, nothing sent, no task deleted', async () => {
		const before = sim().records('tasks').length;

		const off = await runTask('deleteAll', { projectId: projectBy.id(P.relaunch) });
		const fromExpression = await runTask('deleteAll', { projectId: projectBy.id(P.relaunch), confirmDeleteAll: '={{ "yes" }}' });

		for (const result of [off, fromExpression]) {
			expect(result.error?.message).toBe('Delete Every Task Without Hours must be on to delete all tasks of the project: nothing was deleted (item 0)');
		}
		expect(sim().requests).toEqual([]);
		expect(sim().records('tasks')).toHaveLength(before);
	});

	test('a bad project ID sends nothing', async () => {
		const result = await runTask('deleteAll', { projectId: projectBy.id('={{ "1/../2" }}'), confirmDeleteAll: true });

		expect(result.error?.message).toBe('Project ID must be a positive whole number, not "1/../2" (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describeRefusals('projectTask', sim, [{ operation: 'deleteAll', method: 'DELETE', parameters: { projectId: projectBy.id(P.relaunch), confirmDeleteAll: true } }]);
