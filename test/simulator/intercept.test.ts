import axios from 'axios';
import { MocoSimulator, interceptMoco } from './index';
import { AUTH, BASE, make } from './testClient';

describe('interceptMoco (nock + axios)', () => {
	let sim: MocoSimulator;
	let intercept: { restore(): void };
	beforeEach(() => {
		sim = make();
		intercept = interceptMoco(sim);
	});
	afterEach(() => intercept.restore());

	it('answers through the simulator, including pagination headers and bodies', async () => {
		sim.addUnits(150);
		const page = await axios.get(`${BASE}/units?page=2`, { headers: { Authorization: 'Bearer test-key' } });
		expect(page.status).toBe(200);
		expect(page.headers['x-total']).toBe('155');
		expect(page.data).toHaveLength(55);
		const created = await axios.post(`${BASE}/units`, { name: 'Ärzte & Co' }, { headers: AUTH });
		expect(created.data.name).toBe('Ärzte & Co');
		expect(sim.requests[1]).toMatchObject({ method: 'POST', host: 'acme.mocoapp.com', body: '{"name":"Ärzte & Co"}' });
		const missing = await axios.get(`${BASE}/users/1`, { headers: AUTH, validateStatus: () => true });
		expect(missing.status).toBe(404);
	});

	it("turns 'reset' into ECONNRESET and 'hang' into a client timeout", async () => {
		sim.injectFault({ path: '/session' }, 'reset');
		await expect(axios.get(`${BASE}/session`, { headers: AUTH })).rejects.toMatchObject({ code: 'ECONNRESET' });
		sim.injectFault({ path: '/session' }, 'hang');
		await expect(axios.get(`${BASE}/session`, { headers: AUTH, timeout: 50 })).rejects.toMatchObject({ code: 'ECONNABORTED' });
		expect((await axios.get(`${BASE}/session`, { headers: AUTH })).status).toBe(200);
	});

	it('blocks every other host and survives restore/re-intercept', async () => {
		await expect(axios.get('https://example.com/')).rejects.toMatchObject({ code: 'ENETUNREACH' });
		intercept.restore();
		intercept = interceptMoco(sim);
		expect((await axios.get(`${BASE}/session`, { headers: AUTH })).status).toBe(200);
	});
});
