'use strict';
// "Invoice a project's unbilled time and save the PDF", the monthly run of docs/invoicing.md: the
// project's billable time entries not billed yet in the billing period become one invoice, a row per
// entry billing it, and the invoice's PDF comes out as a file. In the sandbox it bills the
// Website-Relaunch's December 2025 (seeded in the simulator).
const { manualWorkflow, mocoStep } = require('./workflow-kit.cjs');

const INVOICE_WORKFLOW_ID = 'mocoInvoiceProj1';
/** What the "Billing period" node holds; docs/invoicing.md shows the expressions for "last month". */
const BILLING_PERIOD = { project: 'P-2024-001', from: '2025-12-01', to: '2025-12-31' };

const period = (field) => `$('Billing period').first().json.${field}`;
const project = (field) => `$('Project').first().json.${field}`;
const month = `DateTime.fromISO(${period('from')}).setLocale('de').toFormat('LLLL yyyy')`;
const byId = (value) => ({ __rl: true, mode: 'id', value });
// One title row, then an item per time entry: its task, day and text, hours at its rate, and its ID so MOCO marks it billed.
const ROWS =
	`={{ [{ type: 'title', title: 'Leistungen ' + ${month} }].concat($('Unbilled time').all().map((entry) => ({ type: 'item', ` +
	`title: entry.json.task.name, description: entry.json.date + ': ' + entry.json.description, quantity: entry.json.hours, unit: 'h', ` +
	`unit_price: entry.json.hourly_rate, activity_ids: [entry.json.id] }))) }}`;

const STEPS = [
	{
		name: 'Billing period',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: {
				assignments: Object.entries(BILLING_PERIOD).map(([name, value], index) => ({ id: `5b7e0c11-0000-4000-8000-00000000000${index}`, name, value, type: 'string' })),
			},
			options: {},
		},
	},
	mocoStep({ resource: 'project', operation: 'get', projectId: { __rl: true, mode: 'identifier', value: '={{ $json.project }}' }, simplify: false }, 2, 'Project'),
	mocoStep(
		{
			resource: 'activity',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
			filters: { projectId: byId('={{ $json.id }}'), from: `={{ ${period('from')} }}`, to: `={{ ${period('to')} }}`, billable: true, billed: false },
		},
		2,
		'Unbilled time',
	),
	{
		// Once for all the time entries: one invoice, not one per entry.
		...mocoStep(
			{
				resource: 'invoice',
				operation: 'create',
				customerId: byId(`={{ ${project('customer.id')} }}`),
				recipientAddress: `={{ ${project('billing_address')} }}`,
				date: '={{ $today.toISODate() }}',
				dueDate: '={{ $today.plus({ days: 30 }).toISODate() }}',
				title: `={{ ${project('name')} + ' – ' + ${month} }}`,
				currency: `={{ ${project('currency')} }}`,
				itemsInput: 'json',
				itemsJson: ROWS,
				additionalFields: { projectId: byId(`={{ ${project('id')} }}`), servicePeriodFrom: `={{ ${period('from')} }}`, servicePeriodTo: `={{ ${period('to')} }}` },
			},
			2,
			'Create invoice',
		),
		executeOnce: true,
	},
	mocoStep({ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId('={{ $json.id }}'), binaryPropertyName: 'data' }, 2, 'Invoice PDF'),
];

/** The workflow as the sandbox imports it. */
function invoiceWorkflow() {
	return manualWorkflow({ id: INVOICE_WORKFLOW_ID, name: "Invoice a project's unbilled time and save the PDF", firstNode: 401, steps: STEPS });
}

module.exports = { INVOICE_WORKFLOW_ID, BILLING_PERIOD, invoiceWorkflow };
