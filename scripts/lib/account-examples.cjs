'use strict';
// The worked examples of account settings, tags and reports (docs/account.md, docs/customers.md):
// importable sandbox workflows on node version 2 that run against the simulator's seeded account.
const { manualWorkflow, mocoStep, pick, setStep } = require('./workflow-kit.cjs');

const IDS_ACCOUNT = { catalog: 'mocoCatalogPrice', tag: 'mocoTagProject01', utilization: 'mocoUtilization1' };

/** A row of the price list: the catalogue service, its item (seeded: Website-Wartung's "Updates und Backups") and the new price. */
const PRICE_ROW = { service: 'Website-Wartung', item: '3301002', unitPrice: 120 };

/** "Keep a catalog service's prices in step with a price list": each row's price onto the service's item. */
function catalogWorkflow() {
	return manualWorkflow({
		id: IDS_ACCOUNT.catalog,
		name: "Keep a catalog service's prices in step with a price list",
		firstNode: 1101,
		steps: [
			setStep('Price list', PRICE_ROW, '2e6a9c47'),
			mocoStep(
				{
					resource: 'catalogServiceItem',
					operation: 'update',
					catalogServiceId: pick('={{ $json.service }}', 'title'),
					catalogServiceItemId: pick('={{ $json.item }}'),
					updateFields: { unitPrice: '={{ $json.unitPrice }}' },
				},
				2,
				'Update price',
			),
		],
	});
}

/** The ticket a ticket system marks urgent, for the project it belongs to (seeded: the Website-Relaunch). */
const URGENT_TICKET = { key: 'HL-150', summary: 'Checkout bricht ab', project: 'P-2024-001' };

/** "Tag a project from a ticket": the ticket's project gets the tag Dringend, its other tags stay. */
function tagWorkflow() {
	return manualWorkflow({
		id: IDS_ACCOUNT.tag,
		name: 'Tag a project from a ticket',
		firstNode: 1201,
		steps: [
			setStep('Urgent ticket', URGENT_TICKET, '6b3d1f85'),
			mocoStep({ resource: 'tagging', operation: 'add', recordType: 'Project', projectId: pick('={{ $json.project }}', 'identifier'), tags: ['Dringend'] }, 2, 'Tag project'),
		],
	});
}

const LAST_WEEK = "$now.minus({ weeks: 1 })";
const SCHEDULE = { name: 'Every Monday', type: 'n8n-nodes-base.scheduleTrigger', typeVersion: 1.2, parameters: { rule: { interval: [{ field: 'weeks', triggerAtDay: [1], triggerAtHour: 7 }] } } };

/** "Every Monday, last week's utilization to a spreadsheet": MOCO's report, a row per user and day, as a CSV file. */
function utilizationWorkflow() {
	return manualWorkflow({
		id: IDS_ACCOUNT.utilization,
		name: "Every Monday, last week's utilization to a spreadsheet",
		firstNode: 1301,
		trigger: SCHEDULE,
		steps: [
			mocoStep(
				{ resource: 'report', operation: 'getUtilization', from: `={{ ${LAST_WEEK}.startOf('week').toISODate() }}`, to: `={{ ${LAST_WEEK}.endOf('week').toISODate() }}` },
				2,
				'Utilization',
			),
			{
				name: 'Spreadsheet',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1.1,
				parameters: { operation: 'csv', binaryPropertyName: 'data', options: { fileName: `={{ 'auslastung-' + ${LAST_WEEK}.toFormat("kkkk-'W'WW") + '.csv' }}` } },
			},
		],
	});
}

const accountWorkflows = () => [catalogWorkflow(), tagWorkflow(), utilizationWorkflow()];

module.exports = { IDS_ACCOUNT, PRICE_ROW, URGENT_TICKET, catalogWorkflow, tagWorkflow, utilizationWorkflow, accountWorkflows };
