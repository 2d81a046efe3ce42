import { MocoSimulator, RESOURCES } from './index';
import { BASE, U, at, call, ids } from './testClient';

describe.each(RESOURCES.map((entry) => [entry.name, entry] as const))('every entry: %s', (_name, entry) => {
	const ops = new Set(entry.ops ?? ['list', 'get', 'create', 'update', 'delete']);
	const pathOf = (sim: MocoSimulator): string => {
		const parent = entry.parentKey ? String(sim.records(entry.name)[0][entry.parentKey]) : '';
		return entry.path.replace(/:\w+/, parent);
	};
	const query = entry.name === 'users' || entry.name === 'projects' || entry.name === 'companies' ? '?include_archived=true' : '';

	// An entry of actions only (taggings) has no list of its own.
	if (ops.has('list')) it('is seeded, and Return All over 2-record pages finds every record in both link styles', () => {
		for (const linkKeepsQuery of [true, false]) {
			const sim = at({ pageSize: 2, linkKeepsQuery });
			const path = pathOf(sim);
			const all = ids(at(), `${path}${query}`);
			expect(all.length).toBeGreaterThan(0);
			const seen: number[] = [];
			let next: string | undefined = `${BASE}${path}${query}`;
			while (next) {
				const res = call(sim, 'GET', next);
				expect(res.status).toBe(200);
				expect(res.data.length).toBeLessThanOrEqual(2);
				seen.push(...res.data.map((r: { id: number }) => r.id));
				const link = /<([^>]+)>; rel="next"/.exec(res.headers.link ?? '')?.[1];
				// With bare links the client adds its own parameters back, as the node must.
				next = link && !linkKeepsQuery && query ? `${link}&${query.slice(1)}` : link;
			}
			expect(seen).toEqual(all);
		}
	});

	if (ops.has('get')) it('GET /{id} answers each record; other ids are 404', () => {
		const sim = at();
		const path = pathOf(sim);
		const record = sim.records(entry.name)[0];
		expect(call(sim, 'GET', `${path}/${record.id}`).data).toEqual(sim.serialize(entry.name, record));
		for (const hidden of entry.hidden ?? []) expect(call(sim, 'GET', `${path}/${record.id}`).data).not.toHaveProperty(hidden);
		expect(call(sim, 'GET', `${path}/1`).status).toBe(404);
		expect(call(sim, 'GET', `${path}/x1`).status).toBe(404);
	});

	if (ops.has('create')) it("POST {} is a 422 field map naming every required field, and stores nothing", () => {
		const sim = at();
		const before = sim.records(entry.name).length;
		const res = call(sim, 'POST', pathOf(sim), {});
		expect(res.status).toBe(422);
		const required = Object.entries(entry.fields).filter(([, spec]) => spec.required).map(([field]) => field);
		expect(Object.keys(res.data)).toEqual(expect.arrayContaining(required));
		for (const messages of Object.values(res.data)) expect(messages).toEqual([expect.any(String)]);
		expect(sim.records(entry.name)).toHaveLength(before);
	});

	// Read back by GET: an entry without a GET of one record (purchase budgets) has its own tests.
	if (ops.has('update') && ops.has('get')) it('PUT with no fields changes nothing; PUT of one field changes only that field', () => {
		const sim = at();
		const path = pathOf(sim);
		const record = sim.records(entry.name).find((r) => !entry.guardUpdate?.(r, { sim, userId: U.juergen, keyUserId: U.juergen }))!;
		const before = call(sim, 'GET', `${path}/${record.id}`).data;
		expect(call(sim, 'PUT', `${path}/${record.id}`, {}).data).toEqual(before);
		// A free text field: a currency is a code MOCO checks, not free text.
		const [field, spec] = Object.entries(entry.fields).find(([name, s]) => s.kind === 'text' && s.read !== false && !s.immutable && name !== 'currency') ?? [];
		if (!field || !spec) return;
		const after = call(sim, 'PUT', `${path}/${record.id}`, { [field]: 'Geändert' }).data;
		expect(after).toEqual({ ...before, [spec.read || field]: 'Geändert', updated_at: '2026-01-05T09:00:00Z' });
	});
});
