import { C, P, TK, U, as, at, call, ids } from './testClient';

describe('projects and tasks', () => {
	const base = { name: 'Intranet', currency: 'EUR', start_date: '2026-02-01', finish_date: '2026-06-30', fixed_price: false, retainer: false, leader_id: U.zoe, customer_id: C.hafenlicht };

	it('create requires MOCO’s fields, assigns an identifier, maps leader/customer', () => {
		const sim = at();
		expect(Object.keys(call(sim, 'POST', '/projects', {}).data).sort()).toEqual(
			['currency', 'customer_id', 'finish_date', 'fixed_price', 'leader_id', 'name', 'retainer', 'start_date'],
		);
		const created = call(sim, 'POST', '/projects', { ...base, tags: ['Intern'] }).data;
		expect(created).toMatchObject({ identifier: 'P-2026-001', leader: { id: U.zoe, firstname: 'Zoë', lastname: 'Ångström' }, customer: { id: C.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, tasks: [], active: true });
		expect(call(sim, 'POST', '/projects', { ...base, identifier: 'P-2024-001' }).data).toEqual({ identifier: ['has already been taken'] });
	});

	it('retainer rules: start on the 1st, finish on a month’s last day, monthly budget', () => {
		const sim = at();
		expect(call(sim, 'POST', '/projects', { ...base, retainer: true, start_date: '2026-02-02', finish_date: '2026-06-29' }).data).toEqual({
			start_date: ['must be the first day of a month'],
			finish_date: ['must be the last day of a month'],
			budget_monthly: ["can't be blank"],
		});
		expect(call(sim, 'POST', '/projects', { ...base, retainer: true, budget_monthly: 900 }).status).toBe(200);
		expect(call(sim, 'PUT', `/projects/${P.retainer}`, { finish_date: '2026-12-30' }).data).toEqual({ finish_date: ['must be the last day of a month'] });
	});

	it('PUT is partial; currency cannot be changed', () => {
		const sim = at();
		const before = call(sim, 'GET', `/projects/${P.festpreis}`).data;
		const after = call(sim, 'PUT', `/projects/${P.festpreis}`, { budget: 20000 }).data;
		expect(after).toEqual({ ...before, budget: 20000, updated_at: after.updated_at });
		expect(after.fixed_price).toBe(true);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}`, { currency: 'CHF' }).data).toEqual({ currency: ['cannot be changed'] });
		expect(call(sim, 'PUT', `/projects/${P.festpreis}`, { currency: 'EUR' }).status).toBe(200);
	});

	it('filters, archive/unarchive, include_company', () => {
		const sim = at();
		expect(ids(sim, '/projects')).not.toContain(P.messe);
		expect(ids(sim, '/projects?include_archived=true')).toContain(P.messe);
		expect(ids(sim, `/projects?company_id=${C.hafenlicht}`)).toEqual([P.relaunch, P.festpreis]);
		expect(ids(sim, `/projects?leader_id=${U.juergen}`)).toEqual([P.relaunch, P.retainer]); // co-leader counts
		expect(ids(sim, '/projects?identifier=P-2024-002,P-2024-003')).toEqual([P.retainer, P.festpreis]);
		expect(ids(sim, '/projects?retainer=true')).toEqual([P.retainer]);
		expect(ids(sim, '/projects?term=nordwind')).toEqual([P.retainer]);
		expect(ids(sim, '/projects?tags=app')).toEqual([P.festpreis]);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}/archive`).data.active).toBe(false);
		expect(ids(sim, '/projects')).not.toContain(P.festpreis);
		expect(call(sim, 'PUT', `/projects/${P.festpreis}/unarchive`).data.active).toBe(true);
		expect(call(sim, 'GET', '/projects?include_company=true').data[0].customer).toMatchObject({ id: C.hafenlicht, type: 'customer', currency: 'EUR' });
	});

	it('report, assigned (with tasks), share; DELETE refused while activities exist', () => {
		const sim = at();
		const report = call(sim, 'GET', `/projects/${P.retainer}/report`).data;
		expect(report).toMatchObject({ currency: 'CHF', hours_total: 1, hours_billable: 1, costs_by_task: [{ id: TK.retainerSeo, hours_total: 0 }, { id: TK.retainerReporting, hours_total: 1 }] });
		const mine = call(sim, 'GET', '/projects/assigned', undefined, as(U.zoe)).data;
		expect(mine.map((p: { id: number }) => p.id)).toEqual([P.relaunch, P.festpreis]);
		expect(mine[0].tasks[0]).toEqual({ id: TK.relaunchKonzept, name: 'Konzeption', active: true, billable: true });
		expect(call(sim, 'PUT', `/projects/${P.relaunch}/share`).data).toEqual({ id: P.relaunch, active: true, url: expect.stringContaining('customer_report') });
		expect(call(sim, 'PUT', `/projects/${P.relaunch}/disable_share`).data).toEqual({ id: P.relaunch, active: false, url: null });
		expect(call(sim, 'DELETE', `/projects/${P.relaunch}`).data).toEqual({ message: 'The project cannot be deleted because it has activities.' });
		expect(call(sim, 'DELETE', `/projects/${P.messe}`).status).toBe(204);
	});

	it('tasks live under their project; tracked tasks cannot be deleted', () => {
		const sim = at();
		expect(ids(sim, `/projects/${P.retainer}/tasks`)).toEqual([TK.retainerSeo, TK.retainerReporting]);
		expect(call(sim, 'GET', `/projects/${P.retainer}/tasks/${TK.relaunchDesign}`).status).toBe(404);
		expect(call(sim, 'GET', '/projects/1/tasks').status).toBe(404);
		expect(call(sim, 'POST', `/projects/${P.retainer}/tasks`, {}).data).toEqual({ name: ["can't be blank"] });
		expect(call(sim, 'POST', `/projects/${P.retainer}/tasks`, { name: 'Reporting' }).data).toEqual({ name: ['has already been taken'] });
		const created = call(sim, 'POST', `/projects/${P.retainer}/tasks`, { name: 'Linkaufbau', billable: false }).data;
		expect(created).toMatchObject({ name: 'Linkaufbau', billable: false, active: true, revenue_category: null });
		expect(call(sim, 'GET', `/projects/${P.retainer}`).data.tasks.map((t: { name: string }) => t.name)).toContain('Linkaufbau');
		expect(call(sim, 'DELETE', `/projects/${P.retainer}/tasks/${TK.retainerReporting}`).data).toEqual({ message: 'The task cannot be deleted because hours are tracked on it.' });
		expect(call(sim, 'DELETE', `/projects/${P.retainer}/tasks/destroy_all`).status).toBe(204);
		expect(ids(sim, `/projects/${P.retainer}/tasks`)).toEqual([TK.retainerReporting]);
	});
});
