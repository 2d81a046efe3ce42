import type { IDataObject } from 'n8n-workflow';

import * as example from '../../scripts/lib/purchase-example.cjs';
import { useSimulator } from '../harness';
import { SEED_IDS } from '../simulator';
import { pdfDocument } from '../simulator/pdf';
import { callsOf, nodeNamed, runExample, setValues } from './exampleRun';

/** "Book a supplier invoice from an email attachment" (docs/purchasing.md), run as saved against the simulator. */
const sim = useSimulator();
const workflow = example.purchaseWorkflow();
const pdf = pdfDocument(example.INVOICE_LINES);
/** Edit Fields and Convert to File are n8n's: stood in by what they hand over, the email's fields and its attachment as a file. */
const standIns = () => ({
	Email: { items: [example.EMAIL as unknown as IDataObject] },
	Attachment: { items: [{}], files: [{ data: { data: Buffer.from(example.EMAIL.attachment, 'base64'), ...example.ATTACHMENT } }] },
});

test('the email node holds a real PDF; Convert to File moves it into the binary field "data" as a PDF file', () => {
	expect(setValues(workflow, 'Email')).toEqual(example.EMAIL);
	expect(Buffer.from(example.INVOICE_PDF_BASE64, 'base64').equals(pdf)).toBe(true);
	expect(nodeNamed(workflow, 'Attachment')).toMatchObject({
		type: 'n8n-nodes-base.convertToFile',
		parameters: { operation: 'toBinary', sourceProperty: 'attachment', binaryPropertyName: 'data', options: { fileName: 'RE-2026-0117.pdf', mimeType: 'application/pdf' } },
	});
});

test('the attachment goes into the purchase inbox, and the purchase is booked from that draft with its document, supplier, VAT code and category', async () => {
	const { error, output } = await runExample(workflow, standIns());

	expect(error).toBeUndefined();
	const draft = sim().records('purchase_drafts').at(-1)!;
	expect(callsOf(sim())).toEqual([
		'POST /api/v1/purchases/drafts',
		`GET /api/v1/purchases/drafts/${String(draft.id)}.pdf`,
		`GET /api/v1/purchases/drafts/${String(draft.id)}/file`,
		'GET /api/v1/companies?term=Druckerei%20%C3%84hrenfeld%20KG',
		'POST /api/v1/purchases',
	]);
	expect(sim().requests[0].json).toEqual({ title: example.EMAIL.subject, file: { filename: 'RE-2026-0117.pdf', base64: example.INVOICE_PDF_BASE64 } });
	expect(output('Purchase inbox')[0].json).toMatchObject({ id: draft.id, title: example.EMAIL.subject, file_url: expect.stringContaining(`/purchases/drafts/${String(draft.id)}/file`) });
	expect(output('Draft document')[0].binary?.data).toMatchObject({ fileName: 'RE-2026-0117.pdf', mimeType: 'application/pdf' });

	expect(sim().requests[4].json).toEqual({
		date: '2026-01-07',
		currency: 'EUR',
		payment_method: 'bank_transfer',
		company_id: SEED_IDS.companies.druckerei,
		title: example.EMAIL.subject,
		receipt_identifier: 'RE-2026-0117',
		due_date: '2026-01-21',
		purchase_draft_id: draft.id,
		items: [{ title: 'Roll-ups 85×200, 2 Stück', total: 480, vat_code_id: SEED_IDS.vatCodePurchases.standard, category_id: SEED_IDS.purchaseCategories.fremdleistungen }],
		file: { filename: 'RE-2026-0117.pdf', base64: example.INVOICE_PDF_BASE64 },
	});
	const purchase = sim().records('purchases').at(-1)!;
	expect(output('Book purchase').map((item) => item.json)).toEqual([
		expect.objectContaining({ id: purchase.id, status: 'pending', net_total: 480, gross_total: 571.2, company: expect.objectContaining({ id: SEED_IDS.companies.druckerei }) }),
	]);
	expect(purchase.file_url).toMatch(/RE-2026-0117\.pdf$/);
});
