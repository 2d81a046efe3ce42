'use strict';
// The worked examples of offers and of a project's money (docs/customers.md, docs/projects.md), each
// an importable sandbox workflow on node version 2 that runs against the simulator's seeded account.
const { manualWorkflow, mocoStep, pick, setStep } = require('./workflow-kit.cjs');

const IDS_SALES = {
	offer: 'mocoOfferDeal001',
	confirmation: 'mocoOfferConf001',
	expense: 'mocoExpenseFree1',
	recurring: 'mocoRecurNow0001',
	milestone: 'mocoMilestone001',
};
const V2 = 2;
const TODAY = '={{ $today.toISODate() }}';
const IN_30_DAYS = '={{ $today.plus({ days: 30 }).toISODate() }}';

/** The deal the offer is for (seeded: Hafenlicht's app, phase 2) and the offer's rows, in MOCO's field names. */
const OFFER_DEAL = 'App „Kapitänsbrücke“ Phase 2';
const OFFER_ROWS = [
	{ type: 'title', title: 'Phase 2: Konzeption und Design' },
	{ type: 'item', title: 'Workshop Anforderungen', quantity: 16, unit: 'h', unit_price: 140 },
	{ type: 'item', title: 'Screendesign', quantity: 40, unit: 'h', unit_price: 120 },
	{ type: 'item', title: 'Wartung (12 Monate)', quantity: 12, unit: 'Monat', unit_price: 90, optional: true },
];
/** The sales VAT code "19 %" (seeded), as the From list picker stores it. */
const VAT_19 = { __rl: true, mode: 'list', value: '201001', cachedResultName: 'Umsatzsteuer 19 %' };

/** "Create an offer for a deal and save the PDF": the deal, its customer's address, the offer with rows, its PDF. */
function offerWorkflow() {
	const deal = (field) => `$('Deal').item.json.${field}`;
	return manualWorkflow({
		id: IDS_SALES.offer,
		name: 'Create an offer for a deal and save the PDF',
		firstNode: 501,
		steps: [
			mocoStep({ resource: 'deal', operation: 'get', dealId: pick(OFFER_DEAL, 'name'), simplify: false }, V2, 'Deal'),
			mocoStep({ resource: 'company', operation: 'get', companyId: pick('={{ $json.company.id }}'), simplify: false }, V2, 'Customer'),
			mocoStep(
				{
					resource: 'offer',
					operation: 'create',
					dealId: pick(`={{ ${deal('id')} }}`),
					title: `={{ ${deal('name')} }}`,
					recipientAddress: '={{ $json.address }}',
					date: TODAY,
					dueDate: IN_30_DAYS,
					vatCodeId: VAT_19,
					itemsInput: 'json',
					itemsJson: JSON.stringify(OFFER_ROWS, null, 2),
					additionalFields: { salutation: 'Guten Tag,<br>gern bieten wir Ihnen an:' },
				},
				V2,
				'Create offer',
			),
			mocoStep({ resource: 'offer', operation: 'downloadPdf', offerId: pick('={{ $json.id }}'), binaryPropertyName: 'data' }, V2, 'Offer PDF'),
		],
	});
}

/** "Confirm an accepted offer and save the PDF": the order confirmation of offer A2601-002 (seeded, sent), then its PDF. */
function confirmationWorkflow() {
	return manualWorkflow({
		id: IDS_SALES.confirmation,
		name: 'Confirm an accepted offer and save the PDF',
		firstNode: 601,
		steps: [
			mocoStep({ resource: 'offerConfirmation', operation: 'create', offerId: pick('A2601-002', 'identifier') }, V2, 'Confirm offer'),
			mocoStep({ resource: 'offerConfirmation', operation: 'downloadPdf', offerConfirmationId: pick('={{ $json.id }}'), binaryPropertyName: 'data' }, V2, 'Confirmation PDF'),
		],
	});
}

/** What a freelancer billed, as a sheet or an accounting tool would hand it over. */
const FREELANCER = { project: 'P-2024-003', date: '2026-01-20', title: 'Freelancer Design', hours: 12, rate: 110, cost: 80 };

/** "Add a freelancer's costs to a project": the hours become an expense of the project, priced and costed. */
function expenseWorkflow() {
	return manualWorkflow({
		id: IDS_SALES.expense,
		name: "Add a freelancer's costs to a project",
		firstNode: 701,
		steps: [
			setStep('Freelancer hours', FREELANCER, '9a4c2e10'),
			mocoStep(
				{
					resource: 'projectExpense',
					operation: 'create',
					projectId: pick('={{ $json.project }}', 'identifier'),
					date: '={{ $json.date }}',
					title: '={{ $json.title }}',
					quantity: '={{ $json.hours }}',
					unit: 'h',
					unitPrice: '={{ $json.rate }}',
					unitCost: '={{ $json.cost }}',
					additionalFields: { budgetRelevant: true },
				},
				V2,
				'Add expense',
			),
		],
	});
}

/** "Book a recurring expense now": the retainer's monthly hosting (seeded) booked at once, not on its date. */
function recurringWorkflow() {
	return manualWorkflow({
		id: IDS_SALES.recurring,
		name: 'Book a recurring expense now',
		firstNode: 801,
		steps: [mocoStep({ resource: 'recurringExpense', operation: 'recur', projectId: pick('P-2024-002', 'identifier'), recurringExpenseId: pick('5880001') }, V2, 'Recur now')],
	});
}

/** "Bill a fixed-price milestone": the final payment (seeded) checked off, then invoiced to the project's customer. */
function milestoneWorkflow() {
	const milestone = (field) => `$('Milestone reached').item.json.${field}`;
	return manualWorkflow({
		id: IDS_SALES.milestone,
		name: 'Bill a fixed-price milestone',
		firstNode: 901,
		steps: [
			mocoStep(
				{ resource: 'paymentSchedule', operation: 'update', projectId: pick('P-2024-003', 'identifier'), paymentScheduleId: pick('4660003'), updateFields: { checked: true } },
				V2,
				'Milestone reached',
			),
			mocoStep({ resource: 'project', operation: 'get', projectId: pick('={{ $json.project.id }}'), simplify: false }, V2, 'Project'),
			mocoStep(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: pick('={{ $json.customer.id }}'),
					recipientAddress: '={{ $json.billing_address }}',
					date: TODAY,
					dueDate: IN_30_DAYS,
					title: `={{ $json.name + ' – ' + ${milestone('title')} }}`,
					currency: '={{ $json.currency }}',
					itemsInput: 'json',
					itemsJson: `={{ [{ type: 'item', title: ${milestone('title')}, quantity: 1, unit: 'pauschal', unit_price: ${milestone('net_total')} }] }}`,
					additionalFields: { projectId: pick('={{ $json.id }}') },
				},
				V2,
				'Invoice',
			),
		],
	});
}

const salesWorkflows = () => [offerWorkflow(), confirmationWorkflow(), expenseWorkflow(), recurringWorkflow(), milestoneWorkflow()];

module.exports = { IDS_SALES, OFFER_DEAL, OFFER_ROWS, FREELANCER, offerWorkflow, confirmationWorkflow, expenseWorkflow, recurringWorkflow, milestoneWorkflow, salesWorkflows };
