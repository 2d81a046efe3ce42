import { SEED_IDS } from './index';
import { C, P, U, as, at, call, ids } from './testClient';

describe('companies', () => {
	it('customers need a currency and get an identifier; suppliers need neither', () => {
		const sim = at();
		expect(call(sim, 'POST', '/companies', { name: 'Kunde', type: 'customer' }).data).toEqual({ currency: ["can't be blank"] });
		expect(call(sim, 'POST', '/companies', { name: 'Kunde', type: 'partner', currency: 'EUR' }).data).toEqual({ type: ['is not included in the list'] });
		const customer = call(sim, 'POST', '/companies', { name: 'Kunde', type: 'customer', currency: 'EUR', user_id: U.anais }).data;
		expect(customer).toMatchObject({ identifier: 'K-1003', user: { id: U.anais, firstname: 'Anaïs', lastname: 'Dubois' }, projects: [] });
		const supplier = call(sim, 'POST', '/companies', { name: 'Lieferant', type: 'supplier', iban: 'CH3908704016075473007' }).data;
		expect(supplier).toMatchObject({ type: 'supplier', iban: 'CH3908704016075473007' });
		expect(supplier).not.toHaveProperty('customer_vat');
		expect(customer).not.toHaveProperty('iban');
	});

	it('filters, archive, and no delete while projects exist', () => {
		const sim = at();
		expect(ids(sim, '/companies?type=supplier')).toEqual([C.druckerei]);
		expect(ids(sim, '/companies?term=café')).toEqual([C.nordwind]);
		expect(ids(sim, '/companies?identifier=K-1001')).toEqual([C.hafenlicht]);
		expect(ids(sim, '/companies?type=customer&custom_properties[Branche]=Logistik')).toEqual([C.hafenlicht]);
		expect(ids(sim, '/companies?custom_properties[Branche]=Logistik')).toEqual([]);
		expect(call(sim, 'GET', `/companies/${C.hafenlicht}`).data.projects.map((p: { id: number }) => p.id)).toEqual([P.relaunch, P.festpreis]);
		expect(call(sim, 'PUT', `/companies/${C.verband}/archive`).data).toMatchObject({ active: false, archived_on: '2026-01-05' });
		expect(ids(sim, '/companies')).not.toContain(C.verband);
		expect(call(sim, 'PUT', `/companies/${C.verband}/unarchive`).data).toMatchObject({ active: true, archived_on: null });
		expect(call(sim, 'DELETE', `/companies/${C.nordwind}`).data).toEqual({ message: 'The company cannot be deleted because it has projects.' });
		expect(call(sim, 'DELETE', `/companies/${C.verband}`).status).toBe(204);
	});
});

describe('contacts, deals, deal categories, comments', () => {
	const K = SEED_IDS.contacts;
	const D = SEED_IDS.deals;
	const DC = SEED_IDS.dealCategories;

	it('contacts: lastname and gender required, company ref, list without info, term and phone filters', () => {
		const sim = at();
		expect(call(sim, 'POST', '/contacts/people', { firstname: 'Ida' }).data).toEqual({ lastname: ["can't be blank"], gender: ["can't be blank"] });
		expect(call(sim, 'POST', '/contacts/people', { lastname: 'Berg', gender: 'W' }).data).toEqual({ gender: ['is not included in the list'] });
		const ida = call(sim, 'POST', '/contacts/people', { firstname: 'Ida', lastname: 'Berg', gender: 'F', company_id: C.nordwind, info: 'VIP' }).data;
		expect(ida).toMatchObject({ company: { id: C.nordwind, type: 'customer', name: 'Nordwind Café AG' }, info: 'VIP', tags: [] });
		expect(ida).not.toHaveProperty('user');
		expect(sim.find('contacts', ida.id)?.user).toEqual({ id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' });
		expect(call(sim, 'PUT', `/contacts/people/${ida.id}`, { job_position: 'CEO' }).data).toEqual({ ...ida, job_position: 'CEO' });
		const list = call(sim, 'GET', '/contacts/people').data;
		expect(list[0]).not.toHaveProperty('info');
		expect(ids(sim, '/contacts/people?term=nordwind')).toEqual([K.luca, ida.id]);
		expect(ids(sim, '/contacts/people?phone=79%20826')).toEqual([K.luca]);
		expect(ids(sim, '/contacts/people?tags=weihnachtskarte')).toEqual([K.luca]);
	});

	it('deals: required fields, refs to user/category/company/person, service period rules, filters', () => {
		const sim = at();
		expect(Object.keys(call(sim, 'POST', '/deals', {}).data).sort()).toEqual(['currency', 'deal_category_id', 'money', 'name', 'reminder_date', 'user_id']);
		const base = { name: 'Newsletter', currency: 'EUR', money: 4200, reminder_date: '2026-02-01', user_id: U.anais, deal_category_id: DC.kontakt };
		expect(call(sim, 'POST', '/deals', { ...base, service_period_from: '2026-02-02', service_period_to: '2026-02-27' }).data).toEqual({
			service_period_from: ['must be the first day of a month'],
			service_period_to: ['must be the last day of a month'],
		});
		expect(call(sim, 'POST', '/deals', { ...base, deal_category_id: 1 }).data).toEqual({ category: ['must exist'] });
		const deal = call(sim, 'POST', '/deals', { ...base, company_id: C.nordwind, person_id: K.luca }).data;
		expect(deal).toMatchObject({
			status: 'pending', money: 4200, user: { id: U.anais, firstname: 'Anaïs' }, category: { id: DC.kontakt, name: 'Erstkontakt', probability: 10 },
			company: { id: C.nordwind, name: 'Nordwind Café AG', type: 'customer' }, person: { id: K.luca, name: 'Luca Bernasconi' },
			inbox_email_address: expect.stringMatching(/^lead-newsletter-\d+@inbox\.mocoapp\.com$/),
		});
		expect(ids(sim, '/deals?status=won,lost')).toEqual([D.relaunch, D.messe]);
		expect(ids(sim, '/deals?closed_from=2025-10-01')).toEqual([D.messe]);
		expect(ids(sim, '/deals?closed_to=2025-10-01')).toEqual([D.relaunch]);
		expect(ids(sim, `/deals?company_id=${C.hafenlicht}`)).toEqual([D.relaunch, D.app]);
		expect(call(sim, 'GET', `/projects/${P.relaunch}`).data.deal).toEqual({ id: D.relaunch, name: 'Relaunch hafenlicht.example' });
	});

	it('deal categories: probability 0..100, no delete while deals use one', () => {
		const sim = at();
		expect(call(sim, 'POST', '/deal_categories', { name: 'Abschluss', probability: 120 }).data).toEqual({ probability: ['must be between 0 and 100'] });
		const created = call(sim, 'POST', '/deal_categories', { name: 'Abschluss', probability: 95 }).data;
		expect(created).toEqual({ id: expect.any(Number), name: 'Abschluss', probability: 95, created_at: '2026-01-05T09:00:00Z', updated_at: '2026-01-05T09:00:00Z' });
		expect(call(sim, 'DELETE', `/deal_categories/${DC.angebot}`).data).toEqual({ message: 'The category cannot be deleted because deals are assigned to it.' });
		expect(call(sim, 'DELETE', `/deal_categories/${created.id}`).status).toBe(204);
	});

	it('comments: commentable must exist, HTML is cleaned, impersonating_user only when impersonated, bulk, generated ones stay', () => {
		const sim = at();
		expect(call(sim, 'POST', '/comments', { commentable_type: 'Project', commentable_id: 1, text: 'x' }).data).toEqual({ commentable: ['must exist'] });
		const own = call(sim, 'POST', '/comments', { commentable_type: 'Project', commentable_id: P.retainer, text: '<div onclick="x()">Hi <script>alert(1)</script><b>du</b></div>' }).data;
		expect(own).toMatchObject({ text: '<div>Hi alert(1)du</div>', manual: true, user: { id: U.juergen } });
		expect(own).not.toHaveProperty('impersonating_user');
		const forZoe = call(sim, 'POST', '/comments', { commentable_type: 'Deal', commentable_id: D.app, text: 'Angebot raus' }, as(U.zoe)).data;
		expect(forZoe).toMatchObject({ user: { id: U.zoe }, impersonating_user: { id: U.juergen, firstname: 'Jürgen', lastname: 'Müller' } });
		const bulk = call(sim, 'POST', '/comments/bulk', { commentable_type: 'Contact', commentable_ids: [K.fenja, K.luca], text: 'Newsletter 2026/01' }).data;
		expect(bulk.map((c: { commentable_id: number }) => c.commentable_id)).toEqual([K.fenja, K.luca]);
		expect(ids(sim, `/comments?commentable_type=Contact`)).toEqual(bulk.map((c: { id: number }) => c.id));
		expect(ids(sim, '/comments?manual=false')).toEqual([SEED_IDS.comments.automatisch]);
		expect(call(sim, 'DELETE', `/comments/${SEED_IDS.comments.automatisch}`).status).toBe(422);
		expect(call(sim, 'DELETE', `/comments/${own.id}`).status).toBe(204);
	});
});
