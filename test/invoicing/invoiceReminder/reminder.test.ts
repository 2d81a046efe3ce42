import type { IDataObject } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator, virtualClock } from '../../harness';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../../customers/company/fixtures';

const sim = useSimulator({ pageSize: 2, now: () => virtualClock().now() });
const runReminder = runOn('invoiceReminder');
const I = SEED_IDS.invoices;
const R = SEED_IDS.invoiceReminders;
const newest = () => sim().records('invoice_reminders').at(-1)!.id;

/** What Simplify keeps of a reminder, from MOCO's own record. */
function simplified(id: number): IDataObject {
	const reminder = mocoGet(sim(), `/invoice_reminders/${id}`);
	const invoice = reminder.invoice as IDataObject;
	return {
		id,
		title: reminder.title,
		date: reminder.date,
		due_date: reminder.due_date,
		status: reminder.status,
		fee: reminder.fee,
		invoice_id: invoice.id,
		invoice_identifier: invoice.identifier,
		dunning_level: invoice.dunning_level,
	};
}

describe('Invoice Reminder > Create', () => {
	test('only the invoice: the exact request; MOCO fills in its default title, text and today', async () => {
		const result = await runReminder('create', { invoiceId: pick.by('identifier', 'R2601-001'), simplify: false });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual(['GET /api/v1/invoices?identifier=R2601-001&include_disregarded=true', 'POST /api/v1/invoice_reminders']);
		expect(requestSummary(sim().requests[1])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: '/api/v1/invoice_reminders',
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: { invoice_id: I.nordwind },
		});
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/invoice_reminders/${newest()}`)]);
		expect(result.items[0].json).toMatchObject({ title: 'Zahlungserinnerung', date: '2026-01-05', status: 'created', invoice: { id: I.nordwind, dunning_level: 1 } });
	});

	test('every field; Simplify keeps what a dunning run needs, the dunning level included', async () => {
		const result = await runReminder('create', {
			invoiceId: pick.list(I.relaunch),
			additionalFields: { title: '2. Mahnung', text: 'Bitte zahlen Sie bis zum 31.01.', fee: 10, date: '2026-01-20', dueDate: '2026-01-31T00:00:00' },
		});

		expect(bodies(sim())).toEqual([{ invoice_id: I.relaunch, title: '2. Mahnung', text: 'Bitte zahlen Sie bis zum 31.01.', fee: 10, date: '2026-01-20', due_date: '2026-01-31' }]);
		expect(result.items.map((item) => item.json)).toEqual([simplified(newest())]);
		expect(result.items[0].json).toMatchObject({ fee: 10, invoice_identifier: 'R2512-001', dunning_level: 2 });
	});

	test.each([
		[{ additionalFields: { date: '2026-01-20', dueDate: '2026-01-10' } }, 'Due Date (2026-01-10) must not be before Date (2026-01-20) (item 0)'],
		[{ additionalFields: { fee: -5 } }, 'Fee must be a number of at least 0, not -5 (item 0)'],
		[{ invoiceId: pick.id('={{ $json.invoice }}') }, 'Invoice is required to create an invoice reminder (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await runReminder('create', { invoiceId: pick.id(I.relaunch), ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});

	test('a reminder of a draft: MOCO’s refusal in its words', async () => {
		const result = await runReminder('create', { invoiceId: pick.id(I.entwurf) });

		expect(result.error).toMatchObject({ message: 'MOCO could not save the data (422): invoice must not be a draft', httpCode: '422' });
	});
});

describe('Invoice Reminder > Send by Email', () => {
	test('subject, text and recipients as MOCO wants them (semicolon lists); MOCO’s answer out, the reminder sent', async () => {
		const result = await runReminder('sendEmail', {
			invoiceReminderId: pick.list(R.relaunch),
			subject: 'Zahlungserinnerung R2512-001',
			emailText: 'Guten Tag,\nbitte begleichen Sie die Rechnung R2512-001.',
			emailsTo: 'fenja.ohlsen@hafenlicht.example, buchhaltung@hafenlicht.example',
			emailsCc: ' ',
			emailsBcc: 'ablage@acme.example',
		});

		expect(result.error).toBeUndefined();
		expect(requestSummary(sim().requests[0])).toEqual({
			method: 'POST',
			host: 'acme.mocoapp.com',
			url: `/api/v1/invoice_reminders/${R.relaunch}/send_email`,
			authorization: 'Token token=test-key',
			contentType: 'application/json',
			json: {
				subject: 'Zahlungserinnerung R2512-001',
				text: 'Guten Tag,\nbitte begleichen Sie die Rechnung R2512-001.',
				emails_to: 'fenja.ohlsen@hafenlicht.example;buchhaltung@hafenlicht.example',
				emails_bcc: 'ablage@acme.example',
			},
		});
		expect(result.items.map((item) => item.json)).toEqual([
			{
				emails_to: 'fenja.ohlsen@hafenlicht.example;buchhaltung@hafenlicht.example',
				emails_cc: null,
				emails_bcc: 'ablage@acme.example',
				subject: 'Zahlungserinnerung R2512-001',
				text: 'Guten Tag,\nbitte begleichen Sie die Rechnung R2512-001.',
			},
		]);
		expect(mocoGet(sim(), `/invoice_reminders/${R.relaunch}`).status).toBe('sent');
	});

	test('recipients from an expression as a list', async () => {
		await runReminder('sendEmail', { invoiceReminderId: pick.id(R.relaunch), subject: 'S', emailText: 'T', emailsTo: '={{ $json.to }}' }, { items: [{ to: ['a@acme.example', 'b@acme.example'] }] });

		expect(bodies(sim())).toEqual([{ subject: 'S', text: 'T', emails_to: 'a@acme.example;b@acme.example' }]);
	});

	test.each([
		[{ emailsCc: 'buchhaltung@hafenlicht.example; fenja' }, 'CC must be email addresses like name@example.com, separated by semicolons; "fenja" is not one (item 0)'],
		[{ subject: '={{ "" }}' }, 'Subject is required to run this operation (item 0)'],
		[{ emailText: '={{ " " }}' }, 'Text is required to run this operation (item 0)'],
	])('bad input %j: named, nothing sent', async (parameters, message) => {
		const result = await runReminder('sendEmail', { invoiceReminderId: pick.id(R.relaunch), subject: 'S', emailText: 'T', ...parameters });

		expect(result.error?.message).toBe(message);
		expect(sim().requests).toEqual([]);
	});
});

describe('Invoice Reminder > Get, Get Many, Delete', () => {
	test('Get: Simplify on by default, off gives MOCO’s record', async () => {
		const short = await runReminder('get', { invoiceReminderId: pick.id(R.relaunch) });
		const full = await runReminder('get', { invoiceReminderId: pick.id(R.relaunch), simplify: false });

		expect(requestLines(sim())).toEqual([`GET /api/v1/invoice_reminders/${R.relaunch}`, `GET /api/v1/invoice_reminders/${R.relaunch}`]);
		expect(short.items[0].json).toEqual(simplified(R.relaunch));
		expect(full.items[0].json).toEqual(mocoGet(sim(), `/invoice_reminders/${R.relaunch}`));
	});

	test('Get Many: the invoice by its number and the date range on every page', async () => {
		for (const date of ['2026-01-10', '2026-01-12', '2026-03-01']) await runReminder('create', { invoiceId: pick.id(I.relaunch), additionalFields: { date } });
		await runReminder('create', { invoiceId: pick.id(I.nordwind), additionalFields: { date: '2026-01-11' } });
		sim().clearRequests();

		const result = await runReminder('getAll', { returnAll: true, filters: { invoiceId: pick.by('identifier', 'R2512-001'), dateFrom: '2026-01-01', dateTo: '2026-01-31' } });

		const query = { invoice_id: String(I.relaunch), date_from: '2026-01-01', date_to: '2026-01-31' };
		expect(sim().requests.slice(1).map((request) => request.query)).toEqual([query, { ...query, page: '2' }]);
		expect(result.items.map((item) => item.json.date)).toEqual(['2026-01-05', '2026-01-10', '2026-01-12']);
	});

	test('Delete: {deleted: true}', async () => {
		const result = await runReminder('delete', { invoiceReminderId: pick.id(R.relaunch) });

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/invoice_reminders/${R.relaunch}`]);
		expect(result.items.map((item) => item.json)).toEqual([{ deleted: true }]);
	});

	test('From list: date, title, invoice number and status', async () => {
		const { results } = await listSearch('searchInvoiceReminders');

		expect(results).toEqual([{ name: '2026-01-05, Zahlungserinnerung, R2512-001 (created)', value: String(R.relaunch) }]);
	});
});

describeRefusals('invoiceReminder', sim, [
	{ operation: 'create', method: 'POST', parameters: { invoiceId: pick.id(I.relaunch) } },
	{ operation: 'get', method: 'GET', parameters: { invoiceReminderId: pick.id(R.relaunch) } },
	{ operation: 'getAll', method: 'GET', parameters: { filters: { ids: String(R.relaunch) } } },
	{ operation: 'delete', method: 'DELETE', parameters: { invoiceReminderId: pick.id(R.relaunch) } },
	{ operation: 'sendEmail', method: 'POST', parameters: { invoiceReminderId: pick.id(R.relaunch), subject: 'S', emailText: 'T' } },
]);
