import { mocoGet, pick, useSimulator } from '../../harness';
import { bodies } from '../../customers/company/fixtures';
import { calls } from '../../staff/user/fixtures';
import { I, invoiceById, runInvoice } from './fixtures';

const sim = useSimulator();

describe('Invoice > Get', () => {
	test('By Identifier: one filtered look-up, then the invoice with rows, payments and reminders', async () => {
		const result = await runInvoice('get', { invoiceId: pick.by('identifier', 'R2512-002'), simplify: false });

		expect(calls(sim())).toEqual(['GET /api/v1/invoices?identifier=R2512-002&include_disregarded=true', `GET /api/v1/invoices/${I.retainer}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoices/${I.retainer}`)]);
		expect(result.items[0].json.payments).toHaveLength(1);
	});

	test('an unknown number is named, nothing else is asked', async () => {
		const result = await runInvoice('get', { invoiceId: pick.by('identifier', 'R1999-001') });

		expect(result.error?.message).toBe('Invoice Number: no MOCO invoice has the number "R1999-001". Check the number, or choose the invoice By ID (item 0)');
		expect(calls(sim())).toHaveLength(1);
	});
});

describe('Invoice > Update Status', () => {
	test('one PUT with the status; MOCO answers 204 and the item says what was set', async () => {
		const result = await runInvoice('updateStatus', { ...invoiceById(I.nordwind), status: 'sent' });

		expect(calls(sim())).toEqual([`PUT /api/v1/invoices/${I.nordwind}/update_status`]);
		expect(bodies(sim())).toEqual([{ status: 'sent' }]);
		expect(result.items.map((item) => item.json)).toEqual([{ id: I.nordwind, status: 'sent' }]);
		expect(sim().find('invoices', I.nordwind)?.status).toBe('sent');
	});

	test('an empty 200 is a success too', async () => {
		sim().injectFault({ method: 'PUT' }, { status: 200, body: '' });

		const result = await runInvoice('updateStatus', { ...invoiceById(I.relaunch), status: 'overdue' });

		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json)).toEqual([{ id: I.relaunch, status: 'overdue' }]);
	});

	test('a draft: MOCO’s refusal in MOCO’s words; a status MOCO does not offer is refused before sending', async () => {
		const draft = await runInvoice('updateStatus', { ...invoiceById(I.entwurf), status: 'sent' });
		const paid = await runInvoice('updateStatus', { ...invoiceById(I.relaunch), status: '={{ "paid" }}' });

		expect(draft.error).toMatchObject({ message: 'MOCO could not save the data (422): The status of a draft invoice cannot be changed.', httpCode: '422' });
		expect(paid.error?.message).toBe('Status must be one of created, sent, overdue, ignored, not "paid" (item 0)');
		expect(calls(sim())).toEqual([`PUT /api/v1/invoices/${I.entwurf}/update_status`]);
	});
});

describe('Invoice > Send by Email', () => {
	test('subject, text, recipients as MOCO’s semicolon lists and the letter paper: one POST, MOCO’s answer out', async () => {
		const result = await runInvoice('sendEmail', {
			...invoiceById(I.nordwind),
			subject: 'Rechnung R2601-001',
			text: 'Guten Tag,\nanbei die Rechnung.',
			additionalFields: { emailsTo: 'buchhaltung@nordwind.example, luca@nordwind.example', emailsCc: ' chef@nordwind.example ;', emailsBcc: 'archiv@acme.example', letterPaperId: 2 },
		});

		expect(calls(sim())).toEqual([`POST /api/v1/invoices/${I.nordwind}/send_email`]);
		expect(bodies(sim())).toEqual([
			{
				subject: 'Rechnung R2601-001',
				text: 'Guten Tag,\nanbei die Rechnung.',
				emails_to: 'buchhaltung@nordwind.example;luca@nordwind.example',
				emails_cc: 'chef@nordwind.example',
				emails_bcc: 'archiv@acme.example',
				letter_paper_id: 2,
			},
		]);
		expect(result.items.map((item) => item.json)).toEqual([
			{ emails_to: 'buchhaltung@nordwind.example;luca@nordwind.example', emails_cc: 'chef@nordwind.example', emails_bcc: 'archiv@acme.example', subject: 'Rechnung R2601-001', text: 'Guten Tag,\nanbei die Rechnung.' },
		]);
		expect(sim().find('invoices', I.nordwind)?.status).toBe('sent');
	});

	test('without recipients MOCO uses the customer’s; only subject and text are sent', async () => {
		const result = await runInvoice('sendEmail', { ...invoiceById(I.relaunch), subject: 'Rechnung', text: 'Anbei.' });

		expect(bodies(sim())).toEqual([{ subject: 'Rechnung', text: 'Anbei.' }]);
		expect(result.items[0].json.emails_to).toBe('info@hafenlicht.example');
	});

	test.each([
		['a bad address', { subject: 'R', text: 'T', additionalFields: { emailsCc: 'chef@nordwind.example; chef(at)nordwind' } }, 'CC must be email addresses separated by commas or semicolons; "chef(at)nordwind" is not one (item 0)'],
		['no subject', { subject: '={{ "" }}', text: 'T' }, 'Subject is required to run this operation (item 0)'],
	])('%s: refused before sending', async (_name, parameters, message) => {
		const result = await runInvoice('sendEmail', { ...invoiceById(I.relaunch), ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a draft cannot be sent: MOCO’s words; Continue On Fail sends the others', async () => {
		const result = await runInvoice('sendEmail', { invoiceId: pick.id('={{ $json.id }}'), subject: 'R', text: 'T' }, { items: [{ id: I.entwurf }, { id: I.relaunch }], continueOnFail: true });

		expect(result.items.map((item) => item.json.error ?? item.json.subject)).toEqual(['MOCO could not save the data (422): A draft invoice cannot be sent.', 'R']);
	});
});

describe('Invoice > Delete', () => {
	test('with a reason: one DELETE carrying it, {deleted: true} out', async () => {
		const result = await runInvoice('delete', { ...invoiceById(I.relaunch), reason: 'Falscher Kunde' });

		expect(calls(sim())).toEqual([`DELETE /api/v1/invoices/${I.relaunch}`]);
		expect(bodies(sim())).toEqual([{ reason: 'Falscher Kunde' }]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().find('invoices', I.relaunch)).toBeUndefined();
	});

	test('a draft without a reason: MOCO is asked whether it is one, then the DELETE goes without a body', async () => {
		const result = await runInvoice('delete', invoiceById(I.entwurf));

		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.entwurf}`, `DELETE /api/v1/invoices/${I.entwurf}`]);
		expect(sim().requests[1].body).toBe('');
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('an issued invoice without a reason is refused before the DELETE is sent', async () => {
		const result = await runInvoice('delete', invoiceById(I.relaunch));

		expect(result.error?.message).toBe('Reason is required to delete this invoice: it is "sent", not a draft, and MOCO deletes issued invoices only with a reason (item 0)');
		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.relaunch}`]);
		expect(sim().find('invoices', I.relaunch)).toBeDefined();
	});

	test('a locked invoice: MOCO’s refusal in MOCO’s words', async () => {
		const result = await runInvoice('delete', { ...invoiceById(I.retainer), reason: 'Test' });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): Locked invoices cannot be deleted.', httpCode: '422' });
	});
});

describe('Invoice > Get Timesheet, Get Expenses', () => {
	test('one item per time entry the invoice bills, in MOCO’s shape', async () => {
		const result = await runInvoice('getTimesheet', invoiceById(I.relaunch));

		expect(calls(sim())).toEqual([`GET /api/v1/invoices/${I.relaunch}/timesheet`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), '/activities/982200001')]);
	});

	test('one item per expense; none for an invoice without', async () => {
		const billed = await runInvoice('getExpenses', invoiceById(I.relaunch));
		const none = await runInvoice('getExpenses', invoiceById(I.entwurf));

		expect(billed.items.map((item) => item.json.title)).toEqual(['Hosting Dezember']);
		expect(none.items).toEqual([]);
	});
});
