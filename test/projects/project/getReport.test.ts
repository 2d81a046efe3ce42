import { mocoGet, useSimulator } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { calls } from '../../staff/user/fixtures';
import { projectBy, runProject } from './fixtures';

const sim = useSimulator();
const P = SEED_IDS.projects;

describe('Project > Get Report', () => {
	test("GET /projects/{id}/report: MOCO's figures as one item, never shortened by Simplify", async () => {
		const result = await runProject('getReport', { projectId: projectBy.id(P.relaunch) });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/projects/${P.relaunch}/report`]);
		const report = mocoGet(sim(), `/projects/${P.relaunch}/report`);
		expect(result.items.map((item) => item.json)).toEqual([report]);
		expect(report).toMatchObject({ budget_total: 48000, currency: 'EUR', costs_by_task: expect.any(Array) });
		expect(Number(report.hours_total)).toBeGreaterThan(0);
	});

	test("an unknown project: MOCO's 404", async () => {
		const result = await runProject('getReport', { projectId: projectBy.id(944599999) });

		expect(result.error).toMatchObject({ httpCode: '404' });
	});

	test("MOCO's 403 (no permission for reports) reaches the user", async () => {
		sim().injectFault({ method: 'GET', path: `/projects/${P.relaunch}/report` }, { status: 403, body: JSON.stringify({ message: 'Keine Berechtigung' }) });

		const result = await runProject('getReport', { projectId: projectBy.id(P.relaunch) });

		expect(result.error).toMatchObject({ httpCode: '403', message: 'MOCO refused access (403): Keine Berechtigung' });
	});
});
