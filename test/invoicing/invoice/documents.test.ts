import type { IBinaryData, INodeExecutionData } from 'n8n-workflow';

import { fromAI, pick, runAsTool, useSimulator } from '../../harness';
import { calls } from '../../staff/user/fixtures';
import { I, binaryPdf, invoiceById, runInvoice } from './fixtures';

const sim = useSimulator();
const bytesOf = (binary: IBinaryData | undefined) => Buffer.from(binary?.data ?? '', 'base64');
const pdfAnswer = (body: Buffer, headers: Record<string, string> = {}) => ({ status: 200, body, headers: { 'content-type': 'application/pdf', ...headers } });
const fileOf = (item: INodeExecutionData, field = 'data') => item.binary?.[field];

describe('Invoice > Download PDF', () => {
	test('MOCO’s bytes come out unchanged (not valid UTF-8) under MOCO’s file name; the json names the invoice', async () => {
		const pdf = binaryPdf();
		sim().injectFault({ method: 'GET', path: `/invoices/${I.relaunch}.pdf` }, pdfAnswer(pdf, { 'content-disposition': 'attachment; filename="R2512-001.pdf"' }));

		const result = await runInvoice('downloadPdf', { ...invoiceById(I.relaunch), binaryPropertyName: 'rechnung' });

		expect(result.error).toBeUndefined();
		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.relaunch}.pdf`]);
		expect(sim().requests[0].headers.accept).toBe('application/pdf');
		const file = fileOf(result.items[0], 'rechnung');
		expect(bytesOf(file).equals(pdf)).toBe(true);
		expect(file).toMatchObject({ fileName: 'R2512-001.pdf', mimeType: 'application/pdf', fileExtension: 'pdf' });
		expect(result.items[0].json).toEqual({ invoiceId: I.relaunch, document: 'invoice PDF', fileName: 'R2512-001.pdf', mimeType: 'application/pdf', fileSize: pdf.length, binaryProperty: 'rechnung' });
	});

	test('the simulator’s real PDF, By Identifier, on white paper with a letter paper: the query as MOCO documents it', async () => {
		const result = await runInvoice('downloadPdf', { invoiceId: pick.by('identifier', 'r2512-001'), additionalFields: { blank: true, letterPaperId: 3 } });

		expect(calls(sim())).toEqual(['GET /api/v1/invoices?identifier=r2512-001&include_disregarded=true', `GET /api/v1/invoices/${I.relaunch}.pdf?blank=true&letter_paper_id=3`]);
		const file = fileOf(result.items[0]);
		expect(file?.fileName).toBe('R2512-001.pdf');
		expect(bytesOf(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		expect(bytesOf(file).some((byte) => byte >= 0x80)).toBe(true);
	});

	test('MOCO’s UTF-8 file name (filename*) wins over the plain one, and a folder in it is dropped', async () => {
		sim().injectFault({ path: `/invoices/${I.relaunch}.pdf` }, pdfAnswer(binaryPdf(), { 'content-disposition': `attachment; filename="R.pdf"; filename*=UTF-8''..%2FRechnung%20M%C3%BCller.pdf` }));

		const result = await runInvoice('downloadPdf', invoiceById(I.relaunch));

		expect(fileOf(result.items[0])?.fileName).toBe('Rechnung Müller.pdf');
	});

	test('without MOCO’s file name: the invoice number, read from MOCO when the invoice was picked by ID; a draft has none', async () => {
		sim().injectFault({ path: `/invoices/${I.relaunch}.pdf` }, pdfAnswer(binaryPdf()));
		sim().injectFault({ path: `/invoices/${I.entwurf}.pdf` }, pdfAnswer(binaryPdf()));

		const numbered = await runInvoice('downloadPdf', invoiceById(I.relaunch));
		const draft = await runInvoice('downloadPdf', invoiceById(I.entwurf));

		expect(fileOf(numbered.items[0])?.fileName).toBe('R2512-001.pdf');
		expect(fileOf(draft.items[0])?.fileName).toBe(`invoice-${I.entwurf}.pdf`);
		expect(calls(sim())).toEqual([
			`GET /api/v1/invoices/${I.relaunch}.pdf`,
			`GET /api/v1/invoices/${I.relaunch}`,
			`GET /api/v1/invoices/${I.entwurf}.pdf`,
			`GET /api/v1/invoices/${I.entwurf}`,
		]);
	});

	test('picked By Identifier, the number names the file without asking MOCO again', async () => {
		sim().injectFault({ path: `/invoices/${I.relaunch}.pdf` }, pdfAnswer(binaryPdf()));

		const result = await runInvoice('downloadPdf', { invoiceId: pick.by('identifier', 'R2512-001') });

		expect(fileOf(result.items[0])?.fileName).toBe('R2512-001.pdf');
		expect(calls(sim())).toHaveLength(2);
	});

	test.each([
		[423, { message: 'Invoice document is not ready yet' }, 'MOCO has not finished this document yet (423): Invoice document is not ready yet', 'run this item again in a minute'],
		[404, { message: 'Resource not found' }, 'MOCO found no such record (404): Resource not found', 'Check the ID'],
		[401, { message: 'Unauthorized: invalid API key' }, 'MOCO rejected the API key (401): Unauthorized: invalid API key', 'Check the API key'],
	])('a %i is an error in MOCO’s words, never stored as the file', async (status, body, message, advice) => {
		sim().injectFault({ path: `/invoices/${I.relaunch}.pdf` }, { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

		const result = await runInvoice('downloadPdf', invoiceById(I.relaunch));

		expect(result.error).toMatchObject({ message, httpCode: String(status) });
		expect(result.error?.description).toContain(advice);
		expect(result.items).toEqual([]);
	});

	test('Continue On Fail: the invoice whose PDF is not ready fails alone, the others come out as files', async () => {
		const result = await runInvoice('downloadPdf', { invoiceId: pick.id('={{ $json.id }}') }, { items: [{ id: I.relaunch }, { id: I.nordwind }, { id: I.retainer }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error ?? item.json.fileName)).toEqual([
			'R2512-001.pdf',
			'MOCO has not finished this document yet (423): Invoice document is not ready yet',
			'R2512-002.pdf',
		]);
		expect(result.items[1].binary).toBeUndefined();
	});

	test('an empty answer is not a file', async () => {
		sim().injectFault({ path: `/invoices/${I.relaunch}.pdf` }, pdfAnswer(Buffer.alloc(0)));

		const result = await runInvoice('downloadPdf', invoiceById(I.relaunch));

		expect(result.error?.message).toBe('MOCO sent an empty invoice PDF (item 0)');
	});

	test('an empty output field name is refused before any request', async () => {
		const result = await runInvoice('downloadPdf', { ...invoiceById(I.relaunch), binaryPropertyName: '  ' });

		expect(result.error?.message).toBe('Put Output File in Field must be the name of a binary field, like data (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Invoice > Download Timesheet PDF', () => {
	test('the hours as a PDF under MOCO’s file name, the letter paper in the query', async () => {
		const result = await runInvoice('downloadTimesheetPdf', { ...invoiceById(I.relaunch), additionalFields: { letterPaperId: 2 } });

		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.relaunch}/timesheet.pdf?letter_paper_id=2`]);
		expect(fileOf(result.items[0])).toMatchObject({ fileName: 'R2512-001_Stundennachweis.pdf', mimeType: 'application/pdf' });
		expect(result.items[0].json).toMatchObject({ invoiceId: I.relaunch, document: 'timesheet PDF' });
	});

	test('without MOCO’s file name: the number with _timesheet', async () => {
		sim().injectFault({ path: `/invoices/${I.relaunch}/timesheet.pdf` }, pdfAnswer(binaryPdf()));

		const result = await runInvoice('downloadTimesheetPdf', invoiceById(I.relaunch));

		expect(fileOf(result.items[0])?.fileName).toBe('R2512-001_timesheet.pdf');
	});

	test('an invoice without hours: MOCO’s 404 in the timesheet’s own words', async () => {
		const result = await runInvoice('downloadTimesheetPdf', invoiceById(I.entwurf));

		expect(result.error).toMatchObject({ message: 'MOCO has no timesheet for this invoice (404): No billable hours available for this invoice.', httpCode: '404' });
		expect(result.error?.description).toContain('bills no hours');
	});
});

describe('a download as an AI Agent tool', () => {
	test('the model reads in words that the file was downloaded but cannot reach it', async () => {
		const result = await runAsTool({ parameters: { resource: 'invoice', operation: 'downloadPdf', invoiceId: pick.by('identifier', fromAI('Invoice_Number')) }, args: { Invoice_Number: 'R2512-001' } });

		expect(result.task?.error).toBeUndefined();
		const [seen] = JSON.parse(result.observation) as Array<Record<string, unknown>>;
		expect(seen).toMatchObject({ invoiceId: I.relaunch, fileName: 'R2512-001.pdf' });
		expect(seen.note).toMatch(/^The invoice PDF was downloaded as the file R2512-001\.pdf \(\d+ bytes\), but an AI model cannot receive files/);
	});
});
