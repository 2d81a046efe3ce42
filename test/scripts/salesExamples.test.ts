import type { IDataObject } from 'n8n-workflow';

import * as sales from '../../scripts/lib/sales-examples.cjs';
import { mocoGet, requestSummary, useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { callsOf, runExample, setValues } from './exampleRun';

/** The sandbox's examples of offers and a project's money (docs/customers.md, docs/projects.md), run as saved against the simulator. */
const sim = useSimulator();
const P = SEED_IDS.projects;
const today = () => new Date().toISOString().slice(0, 10);
const bodyOf = (index: number) => sim().requests[index].json as IDataObject;
/** The file a download node put out, checked against the PDF MOCO serves at `path`. */
function expectPdf(file: { json: IDataObject; binary?: Record<string, { data: string; fileName?: string; mimeType: string }> }, path: string, fileName: unknown) {
	const pdf = sim().handle({ method: 'GET', url: `https://acme.mocoapp.com/api/v1${path}`, headers: { authorization: 'Token token=test-key' } }) as { body: Buffer };
	expect(file.binary?.data).toMatchObject({ fileName, mimeType: 'application/pdf' });
	expect(Buffer.from(file.binary!.data.data, 'base64').equals(pdf.body)).toBe(true);
}

test('"Create an offer for a deal and save the PDF": the deal by name, its customer\'s address, the offer with rows on the deal, its PDF', async () => {
	const { error, output } = await runExample(sales.offerWorkflow());

	expect(error).toBeUndefined();
	expect(callsOf(sim())).toEqual([
		'GET /api/v1/deals',
		`GET /api/v1/deals/${SEED_IDS.deals.app}`,
		`GET /api/v1/companies/${SEED_IDS.companies.hafenlicht}`,
		'POST /api/v1/offers',
		expect.stringMatching(/^GET \/api\/v1\/offers\/\d+\.pdf$/),
	]);
	expect(bodyOf(3)).toEqual({
		deal_id: SEED_IDS.deals.app,
		title: sales.OFFER_DEAL,
		recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
		date: today(),
		due_date: new Date(Date.parse(today()) + 30 * 86_400_000).toISOString().slice(0, 10),
		vat_code_id: SEED_IDS.vatCodeSales.standard,
		salutation: 'Guten Tag,<br>gern bieten wir Ihnen an:',
		items: sales.OFFER_ROWS,
	});
	const offer = sim().records('offers').at(-1)!;
	// Simplified: the optional row is left out of the total.
	expect(output('Create offer').map((item) => item.json)).toEqual([
		{
			id: offer.id, identifier: offer.identifier, title: sales.OFFER_DEAL, status: 'created', company: { id: SEED_IDS.companies.hafenlicht, name: 'Hafenlicht Reederei GmbH' }, project: null,
			deal: { id: SEED_IDS.deals.app, name: sales.OFFER_DEAL }, date: today(), due_date: offer.due_date, currency: 'EUR', net_total: 7040, gross_total: 8377.6,
		},
	]);
	expectPdf(output('Offer PDF')[0], `/offers/${String(offer.id)}.pdf`, `${String(offer.identifier)}.pdf`);
});

test('"Confirm an accepted offer and save the PDF": the offer by its number confirmed (now accepted), the confirmation\'s PDF', async () => {
	const { error, output } = await runExample(sales.confirmationWorkflow());

	expect(error).toBeUndefined();
	expect(callsOf(sim())).toEqual(['GET /api/v1/offers?identifier=A2601-002', 'POST /api/v1/offer_confirmations', expect.stringMatching(/^GET \/api\/v1\/offer_confirmations\/\d+\.pdf$/)]);
	expect(bodyOf(1)).toEqual({ offer_id: SEED_IDS.offers.messe });
	const confirmation = output('Confirm offer')[0].json;
	expect(confirmation).toMatchObject({ title: 'Auftragsbestätigung – Messestand 2026', offer: { id: SEED_IDS.offers.messe, identifier: 'A2601-002' } });
	expect(sim().find('offers', SEED_IDS.offers.messe)?.status).toBe('accepted');
	expectPdf(output('Confirmation PDF')[0], `/offer_confirmations/${String(confirmation.id)}.pdf`, expect.stringMatching(/\.pdf$/));
});

test('"Add a freelancer\'s costs to a project": the hours from the sheet become a priced and costed expense of the project', async () => {
	const workflow = sales.expenseWorkflow();
	expect(setValues(workflow, 'Freelancer hours')).toEqual(sales.FREELANCER);

	const { error, output } = await runExample(workflow, { 'Freelancer hours': { items: [sales.FREELANCER] } });

	expect(error).toBeUndefined();
	expect(callsOf(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `POST /api/v1/projects/${P.festpreis}/expenses`]);
	expect(requestSummary(sim().requests[1]).json).toEqual({ date: '2026-01-20', title: 'Freelancer Design', quantity: 12, unit: 'h', unit_price: 110, unit_cost: 80, budget_relevant: true });
	const expense = sim().records('project_expenses').at(-1)!;
	expect(output('Add expense').map((item) => item.json)).toEqual([mocoGet(sim(), `/projects/${P.festpreis}/expenses/${String(expense.id)}`)]);
	expect(output('Add expense')[0].json).toMatchObject({ price: 1320, cost: 960, billable: true, billed: false });
});

test('"Book a recurring expense now": the retainer\'s hosting booked at once, the next date a month on', async () => {
	const { error, output } = await runExample(sales.recurringWorkflow());

	expect(error).toBeUndefined();
	const recurring = `/projects/${P.retainer}/recurring_expenses/${SEED_IDS.recurringExpenses.hosting}`;
	expect(callsOf(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-002&include_archived=true', `POST /api/v1${recurring}/recur`]);
	expect(sim().requests[1].json).toBeUndefined();
	expect(output('Recur now').map((item) => item.json)).toEqual([expect.objectContaining({ date: '2026-02-01', title: 'Server-Hosting', recurring_expense_id: SEED_IDS.recurringExpenses.hosting })]);
	expect(mocoGet(sim(), recurring)).toMatchObject({ recur_next_date: '2026-03-01' });
});

test('"Bill a fixed-price milestone": the final payment checked off, then one invoice row for it to the project\'s customer', async () => {
	const { error, output } = await runExample(sales.milestoneWorkflow());

	expect(error).toBeUndefined();
	const schedule = `/projects/${P.festpreis}/payment_schedules/${SEED_IDS.paymentSchedules.festpreisSchluss}`;
	expect(callsOf(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `PUT /api/v1${schedule}`, `GET /api/v1/projects/${P.festpreis}`, 'POST /api/v1/invoices']);
	expect(bodyOf(1)).toEqual({ checked: true });
	const project = mocoGet(sim(), `/projects/${P.festpreis}`);
	expect(bodyOf(3)).toEqual({
		customer_id: (project.customer as IDataObject).id,
		recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
		date: today(),
		due_date: new Date(Date.parse(today()) + 30 * 86_400_000).toISOString().slice(0, 10),
		title: `${String(project.name)} – Schlussrate`,
		currency: project.currency,
		project_id: P.festpreis,
		items: [{ type: 'item', title: 'Schlussrate', quantity: 1, unit: 'pauschal', unit_price: 12600 }],
	});
	expect(output('Invoice')[0].json).toMatchObject({ net_total: 12600, status: 'created' });
});
