import type { INodeParameters } from 'n8n-workflow';

import { pick, runNode, type RunOptions, type RunResult } from '../../harness';
import { SEED_IDS } from '../../simulator';

export const I = SEED_IDS.invoices;
export const C = SEED_IDS.companies;
export const V = SEED_IDS.vatCodeSales;

/** Runs one Invoice operation at the harness's default version, parameters as the editor stores them. */
export const runInvoice = (operation: string, parameters: INodeParameters = {}, options: Omit<RunOptions, 'parameters'> = {}): Promise<RunResult> =>
	runNode({ parameters: { resource: 'invoice', operation, ...parameters }, ...options });

/** The invoice picked By ID, as most tests pick it. */
export const invoiceById = (id: number) => ({ invoiceId: pick.id(id) });

/** Create's required fields, rows from the editor's row editor. */
export const REQUIRED: INodeParameters = {
	customerId: pick.id(C.hafenlicht),
	recipientAddress: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
	date: '2026-01-31',
	dueDate: '2026-03-02',
	title: 'Website-Relaunch – Januar 2026',
	currency: 'EUR',
	itemsInput: 'form',
	lineItems: {
		row: [
			{ type: 'title', title: 'Leistungen Januar', description: '', quantity: 0, unit: '', unit_price: 0, net_total: 0, optional: false, additional: false, revenue_category_id: 0, activity_ids: '', expense_ids: '', subtotal_type: '' },
			{ type: 'item', title: 'Entwicklung', description: 'Navigation, Suche', quantity: 12.5, unit: 'h', unit_price: 110, net_total: 0, optional: false, additional: false, revenue_category_id: 0, activity_ids: '', expense_ids: '', subtotal_type: '' },
		],
	},
};

/** A PDF's first bytes and a few that are not valid UTF-8, as MOCO would send them. */
export const binaryPdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0xff, 0x00, 0x80]), Buffer.from('\n%%EOF\n')]);
