import { fromAI, pick, runAsTool, useSimulator } from '../../harness';
import { calls } from '../../staff/user/fixtures';
import { I, binaryPdf, invoiceById, runInvoice } from './fixtures';

const sim = useSimulator();
const A = 5510001;

describe('Invoice > Add Attachment', () => {
	test('the item’s file goes as MOCO’s JSON {attachment: {filename, base64}}, its bytes exactly', async () => {
		const pdf = binaryPdf();
		const result = await runInvoice('addAttachment', { ...invoiceById(I.entwurf), binaryPropertyName: 'beleg' }, { files: [{ beleg: { data: pdf, fileName: 'Leistungsnachweis Jänner.pdf', mimeType: 'application/pdf' } }] });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`POST /api/v1/invoices/${I.entwurf}/attachments`]);
		expect(sim().requests[0].headers['content-type']).toBe('application/json');
		expect(sim().requests[0].json).toEqual({ attachment: { filename: 'Leistungsnachweis Jänner.pdf', base64: pdf.toString('base64') } });
		const stored = sim().records('invoice_attachments').at(-1)!;
		expect((stored.content as Buffer).equals(pdf)).toBe(true);
		expect(result.items.map((item) => item.json)).toEqual([{ id: stored.id, title: 'Leistungsnachweis Jänner.pdf', created_at: stored.created_at, updated_at: stored.updated_at }]);
	});

	test('a file without a name gets the field’s name and extension', async () => {
		await runInvoice('addAttachment', invoiceById(I.entwurf), { files: [{ data: { data: Buffer.from('a;b\n1;2\n'), mimeType: 'text/csv' } }] });

		expect(sim().requests[0].json).toEqual({ attachment: { filename: 'data.csv', base64: Buffer.from('a;b\n1;2\n').toString('base64') } });
	});

	test('an item without the file: the field and the item are named, nothing is sent; with Continue On Fail the others go', async () => {
		const result = await runInvoice('addAttachment', { invoiceId: pick.id('={{ $json.id }}') }, {
			items: [{ id: I.entwurf }, { id: I.relaunch }, { id: I.nordwind }],
			files: [{ data: { data: Buffer.from('eins'), fileName: 'eins.txt' } }, { anhang: { data: Buffer.from('zwei'), fileName: 'zwei.txt' } }, null],
			continueOnFail: true,
		});

		expect(result.items.map((item) => item.json.error ?? item.json.title)).toEqual([
			'eins.txt',
			'Input Binary Field names "data", but item 1 has no file there (it has "anhang") (item 1)',
			'Input Binary Field names "data", but item 2 has no file there (it has no file at all) (item 2)',
		]);
		expect(calls(sim())).toEqual([`POST /api/v1/invoices/${I.entwurf}/attachments`]);
	});

	test('MOCO’s refusal reaches the user in MOCO’s words', async () => {
		sim().injectFault({ method: 'POST' }, { status: 422, body: JSON.stringify({ errors: { 'attachment.base64': ['is too large'] } }), headers: { 'content-type': 'application/json' } });

		const result = await runInvoice('addAttachment', invoiceById(I.entwurf), { files: [{ data: { data: Buffer.from('x'), fileName: 'x.txt' } }] });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): attachment.base64 is too large', httpCode: '422' });
	});

	test('as an AI Agent tool: a model cannot hand over a file, said in words, nothing sent', async () => {
		const result = await runAsTool({ parameters: { resource: 'invoice', operation: 'addAttachment', invoiceId: pick.by('identifier', fromAI('Invoice_Number')) }, args: { Invoice_Number: 'R2512-001' } });

		expect(JSON.parse(result.observation)).toEqual([
			{
				error:
					'Input Binary Field names "data", but an AI model cannot hand over files: upload the file in a workflow (e.g. after Read/Write Files from Disk or an HTTP Request), not through the agent. Nothing was sent to MOCO.',
			},
		]);
		expect(sim().requests).toEqual([]);
	});
});

describe('Invoice > Get Many Attachments, Delete Attachment', () => {
	test('one item per attachment, in MOCO’s shape', async () => {
		const result = await runInvoice('getAttachments', invoiceById(I.relaunch));

		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.relaunch}/attachments`]);
		expect(result.items.map((item) => item.json)).toEqual([{ id: A, title: 'AGB-2025.pdf', created_at: '2024-01-15T08:00:00Z', updated_at: '2024-01-15T08:00:00Z' }]);
	});

	test('Delete: one DELETE on the invoice’s attachment, {deleted: true} out', async () => {
		const result = await runInvoice('deleteAttachment', { ...invoiceById(I.relaunch), invoiceAttachmentId: pick.list(A) });

		expect(calls(sim())).toEqual([`DELETE /api/v1/invoices/${I.relaunch}/attachments/${A}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('invoice_attachments', A)).toBeUndefined();
	});

	test('an attachment of another invoice: MOCO’s 404 in MOCO’s words', async () => {
		const result = await runInvoice('deleteAttachment', { ...invoiceById(I.entwurf), invoiceAttachmentId: pick.id(A) });

		expect(result.error).toMatchObject({ message: 'MOCO found no such record (404): Resource not found', httpCode: '404' });
	});
});
