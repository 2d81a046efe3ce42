/**
 * Invoicing in a real n8n 2.41.1 with the packed package and the MOCO simulator (`n8n execute`):
 * - a workflow of MOCO Invoicing nodes (the Invoicing area's node) creates an invoice with two rows
 *   from the row editor and downloads its PDF as a file: the binary's file name, MIME type and bytes are MOCO's;
 * - the sandbox's "Invoice a project's unbilled time and save the PDF" runs as shipped.
 */
import fs from 'node:fs';
import path from 'node:path';

import * as fx from '../scripts/lib/fixtures.cjs';
import * as n8n from '../scripts/lib/n8n.cjs';
import { SEED_IDS } from '../test/simulator/seed';
import { ARTIFACTS, prepareInstance, type Instance } from './instance';

const byId = (id: number | string) => ({ __rl: true, mode: 'id', value: String(id) });
const row = (title: string, quantity: number, unitPrice: number) => ({ type: 'item', title, quantity, unit: 'h', unit_price: unitPrice });

/** Invoice > Create with two rows typed into the row editor, then Invoice > Download PDF of it. */
const TWO_ROWS = fx.manualWorkflow({
	id: 'mocoE2eInvoice01',
	name: 'Invoice with two rows, as a PDF',
	firstNode: 901,
	steps: [
		fx.mocoStep(
			{
				resource: 'invoice',
				operation: 'create',
				customerId: byId(SEED_IDS.companies.hafenlicht),
				recipientAddress: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
				date: '2026-01-31',
				dueDate: '2026-03-02',
				title: 'Website-Relaunch – Januar 2026',
				currency: 'EUR',
				itemsInput: 'form',
				lineItems: { row: [row('Konzeption', 4, 120), row('Entwicklung', 12.5, 110)] },
			},
			2,
			'Create invoice',
		),
		fx.mocoStep({ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId('={{ $json.id }}'), binaryPropertyName: 'rechnung' }, 2, 'Invoice PDF'),
	],
});

interface BinaryEntry {
	data?: string;
	id?: string;
	fileName?: string;
	mimeType?: string;
}

let instance: Instance;
const sim = () => instance.sandbox.simulator;

beforeAll(async () => {
	instance = await prepareInstance('invoice', { credentials: [fx.credential()], workflows: [TWO_ROWS, fx.invoiceWorkflow()] });
}, 300_000);

afterAll(async () => {
	await instance?.close();
});

/** `n8n execute` of one workflow: its run data and the requests MOCO received. */
async function execute(id: string, log: string) {
	sim().clearRequests();
	const result = await instance.cli(['execute', `--id=${id}`, '--rawOutput']);
	fs.writeFileSync(path.join(ARTIFACTS, log), `${result.stdout}\n${result.stderr}`);
	expect(result.code).toBe(0);
	const { runData } = n8n.parseTrailingJson(result.stdout).data.resultData;
	return { runData, calls: sim().requests.map((request) => `${request.method} ${request.url}`) };
}

/** The bytes of a binary n8n kept: inline (base64), or in its binary data folder (n8n 2.x stores files there by default). */
function bytesOf(binary: BinaryEntry): Buffer {
	if (binary.id) {
		const [mode, ...rest] = binary.id.split(':');
		expect(mode).toMatch(/^filesystem/);
		return fs.readFileSync(path.join(instance.userFolder, '.n8n', 'storage', rest.join(':')));
	}
	return Buffer.from(binary.data ?? '', 'base64');
}

/** What MOCO sends for an invoice's PDF, asked straight from the simulator. */
function mocoPdf(invoiceId: unknown): Buffer {
	const answer = sim().handle({ method: 'GET', url: `https://acme.mocoapp.com/api/v1/invoices/${String(invoiceId)}.pdf`, headers: { authorization: 'Token token=test-key' } });
	sim().requests.pop();
	return (answer as { body: Buffer }).body;
}

test('a workflow creates an invoice with two rows and downloads its PDF as a file: MOCO’s name, type and bytes', async () => {
	expect(TWO_ROWS.nodes.slice(1).map((node: { type: string; typeVersion: number }) => `${node.type}@${node.typeVersion}`)).toEqual(['n8n-nodes-moco.mocoInvoicing@2', 'n8n-nodes-moco.mocoInvoicing@2']);
	const { runData, calls } = await execute(TWO_ROWS.id, 'invoice-two-rows.log');

	expect(calls).toEqual(['POST /api/v1/invoices', expect.stringMatching(/^GET \/api\/v1\/invoices\/\d+\.pdf$/)]);
	expect(JSON.parse(sim().requests[0].body)).toEqual({
		customer_id: SEED_IDS.companies.hafenlicht,
		recipient_address: 'Hafenlicht Reederei GmbH\nAm Sandtorkai 1\n20457 Hamburg',
		date: '2026-01-31',
		due_date: '2026-03-02',
		title: 'Website-Relaunch – Januar 2026',
		currency: 'EUR',
		items: [row('Konzeption', 4, 120), row('Entwicklung', 12.5, 110)],
	});
	const invoice = sim().records('invoices').at(-1)!;
	expect(invoice).toMatchObject({ identifier: 'R2601-002', net_total: 1855 });
	const [item] = runData['Invoice PDF'][0].data.main[0];
	expect(item.json).toEqual({ invoiceId: invoice.id, document: 'invoice PDF', fileName: 'R2601-002.pdf', mimeType: 'application/pdf', fileSize: expect.any(Number), binaryProperty: 'rechnung' });
	const file = item.binary.rechnung as BinaryEntry;
	expect(file).toMatchObject({ fileName: 'R2601-002.pdf', mimeType: 'application/pdf' });
	const expected = mocoPdf(invoice.id);
	expect(bytesOf(file).equals(expected)).toBe(true);
	expect(item.json.fileSize).toBe(expected.length);
});

test('the sandbox example invoices the Website-Relaunch’s unbilled December time and outputs its PDF', async () => {
	const { runData, calls } = await execute(fx.IDS.invoiceProject, 'invoice-example.log');

	expect(calls).toEqual([
		'GET /api/v1/projects?identifier=P-2024-001&include_archived=true',
		`GET /api/v1/projects/${SEED_IDS.projects.relaunch}`,
		`GET /api/v1/activities?from=2025-12-01&to=2025-12-31&project_id=${SEED_IDS.projects.relaunch}&billable=true&billed=false`,
		'POST /api/v1/invoices',
		expect.stringMatching(/^GET \/api\/v1\/invoices\/\d+\.pdf$/),
	]);
	const body = JSON.parse(sim().requests[3].body);
	expect(body).toMatchObject({ title: 'Website-Relaunch – Dezember 2025', service_period_from: '2025-12-01', service_period_to: '2025-12-31', project_id: SEED_IDS.projects.relaunch });
	expect(body.items).toHaveLength(5);
	expect(body.items[0]).toEqual({ type: 'title', title: 'Leistungen Dezember 2025' });
	const invoice = sim().records('invoices').at(-1)!;
	const billed = body.items.slice(1).map((item: { activity_ids: number[] }) => item.activity_ids[0]);
	expect(billed.map((id: number) => sim().find('activities', id)?.billed)).toEqual([true, true, true, true]);
	const [item] = runData['Invoice PDF'][0].data.main[0];
	const file = item.binary.data as BinaryEntry;
	expect(file).toMatchObject({ fileName: `${String(invoice.identifier)}.pdf`, mimeType: 'application/pdf' });
	expect(bytesOf(file).equals(mocoPdf(invoice.id))).toBe(true);
});
