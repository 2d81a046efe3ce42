import type { IBinaryData } from 'n8n-workflow';

import { listSearch, mocoGet, pick, requestLines, requestSummary, useSimulator } from '../../harness';
import { VERSION } from '../../harness/description';
import { SEED_IDS } from '../../simulator';
import { bodies, describeRefusals, runOn } from '../company/fixtures';

const sim = useSimulator();
const run = runOn('offer', VERSION);
const O = SEED_IDS.offers;
const byId = (id: number) => ({ offerId: pick.id(id) });
const bytesOf = (binary: IBinaryData | undefined) => Buffer.from(binary?.data ?? '', 'base64');

describe('Offer > Get, Update, Delete', () => {
	test('Get by number: the offer with its rows', async () => {
		const result = await run('get', { offerId: pick.by('identifier', 'a2601-002'), simplify: false });

		expect(requestLines(sim())).toEqual(['GET /api/v1/offers?identifier=a2601-002', `GET /api/v1/offers/${O.messe}`]);
		expect(result.items.map((item) => item.json)).toEqual([mocoGet(sim(), `/offers/${O.messe}`)]);
	});

	test('From list: number, title and status', async () => {
		const all = await listSearch('searchOffers', undefined, undefined, undefined, { resource: 'offer', operation: 'get' });

		expect(all.results).toEqual([
			{ name: 'A2509-001 – Website-Relaunch (accepted)', value: String(O.relaunch) },
			{ name: 'A2601-001 – App-Konzept (created)', value: String(O.app) },
			{ name: 'A2601-002 – Messestand 2026 (sent)', value: String(O.messe) },
		]);
	});

	test('Update sends only what was set; company, deal, project and currency are not offered (Assign moves an offer)', async () => {
		const result = await run('update', { ...byId(O.messe), updateFields: { title: 'Messestand 2026 (überarbeitet)', discount: 3, dealId: pick.id(1), currency: 'EUR' } });

		expect(requestLines(sim())).toEqual([`PUT /api/v1/offers/${O.messe}`]);
		expect(bodies(sim())).toEqual([{ title: 'Messestand 2026 (überarbeitet)', discount: 3 }]);
		expect(result.items[0].json).toMatchObject({ title: 'Messestand 2026 (überarbeitet)', status: 'sent' });
	});

	test('an accepted offer: MOCO’s 400 in its words', async () => {
		const result = await run('update', { ...byId(O.relaunch), updateFields: { title: 'x' } });

		expect(result.error?.message).toMatch(/^MOCO .*\(400\): Offers in status accepted cannot be changed\./);
	});

	test('Delete a created offer: {deleted: true}; a sent one is refused in MOCO’s words', async () => {
		const deleted = await run('delete', byId(O.app));
		const refused = await run('delete', byId(O.messe));

		expect(requestLines(sim())).toEqual([`DELETE /api/v1/offers/${O.app}`, `DELETE /api/v1/offers/${O.messe}`]);
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(refused.error?.message).toMatch(/\(400\): Only offers in status created can be deleted\.$/);
	});
});

describe('Offer > Assign, Update Status, Send by Email', () => {
	test('Assign to a project by number: only what was given; the project’s customer becomes the offer’s', async () => {
		const result = await run('assign', { ...byId(O.app), additionalFields: { projectId: pick.by('identifier', 'P-2024-003') }, simplify: false });

		expect(requestLines(sim())).toEqual(['GET /api/v1/projects?identifier=P-2024-003&include_archived=true', `PUT /api/v1/offers/${O.app}/assign`]);
		expect(bodies(sim())).toEqual([{ project_id: SEED_IDS.projects.festpreis }]);
		expect(result.items[0].json).toMatchObject({ project: { id: SEED_IDS.projects.festpreis }, company: { id: SEED_IDS.companies.hafenlicht }, deal: { id: SEED_IDS.deals.app } });
	});

	test('Assign without company, deal or project: refused before any request', async () => {
		const result = await run('assign', { ...byId(O.app), additionalFields: {} });

		expect(result.error?.message).toBe('Company is needed, or a Deal or a Project: an offer belongs to one of them (item 0)');
		expect(sim().requests).toEqual([]);
	});

	test('Update Status: MOCO answers 204, the item says what was set', async () => {
		const result = await run('updateStatus', { ...byId(O.messe), status: 'accepted' });

		expect(sim().requests.map(requestSummary)).toEqual([
			{ method: 'PUT', host: 'acme.mocoapp.com', url: `/api/v1/offers/${O.messe}/update_status`, authorization: 'Token token=test-key', contentType: 'application/json', json: { status: 'accepted' } },
		]);
		expect(result.items.map((item) => item.json)).toEqual([{ id: O.messe, status: 'accepted' }]);
		expect(sim().find('offers', O.messe)?.status).toBe('accepted');
	});

	test('Send by Email: recipients as MOCO’s semicolon list, the mail MOCO sent out; a created offer becomes sent', async () => {
		const result = await run('sendEmail', {
			...byId(O.app),
			subject: 'Angebot A2601-001',
			text: 'Anbei unser Angebot.',
			additionalFields: { emailsTo: 'fenja.ohlsen@hafenlicht.example, einkauf@hafenlicht.example', emailsCc: '' },
		});

		expect(bodies(sim())).toEqual([{ subject: 'Angebot A2601-001', text: 'Anbei unser Angebot.', emails_to: 'fenja.ohlsen@hafenlicht.example;einkauf@hafenlicht.example' }]);
		expect(result.items.map((item) => item.json)).toEqual([
			{ emails_to: 'fenja.ohlsen@hafenlicht.example;einkauf@hafenlicht.example', emails_cc: null, emails_bcc: null, subject: 'Angebot A2601-001', text: 'Anbei unser Angebot.' },
		]);
		expect(sim().find('offers', O.app)?.status).toBe('sent');
	});

	test('a bad recipient is named, nothing sent', async () => {
		const result = await run('sendEmail', { ...byId(O.app), subject: 's', text: 't', additionalFields: { emailsBcc: 'chef(at)acme' } });

		expect(result.error?.message).toBe('BCC must be email addresses separated by commas or semicolons; "chef(at)acme" is not one (item 0)');
		expect(sim().requests).toEqual([]);
	});
});

describe('Offer > Download PDF, attachments, customer approval', () => {
	test('Download PDF: MOCO’s bytes as a file under MOCO’s name, with the letter paper asked for', async () => {
		const result = await run('downloadPdf', { ...byId(O.messe), binaryPropertyName: 'angebot', additionalFields: { letterPaperId: 2 } });

		expect(result.error).toBeUndefined();
		expect(requestLines(sim())).toEqual([`GET /api/v1/offers/${O.messe}.pdf?letter_paper_id=2`]);
		const file = result.items[0].binary?.angebot;
		expect(file).toMatchObject({ fileName: 'A2601-002.pdf', mimeType: 'application/pdf' });
		expect(bytesOf(file).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
		expect(result.items[0].json).toEqual({ offerId: O.messe, document: 'offer PDF', fileName: 'A2601-002.pdf', mimeType: 'application/pdf', fileSize: bytesOf(file).length, binaryProperty: 'angebot' });
	});

	test('attachments: Get Many, Add the item’s file as MOCO’s JSON, Delete', async () => {
		const pdf = Buffer.from('%PDF-1.4 Referenzen');
		const listed = await run('getAttachments', byId(O.messe));
		const added = await run('addAttachment', byId(O.messe), { files: [{ data: { data: pdf, fileName: 'Referenzen.pdf', mimeType: 'application/pdf' } }] });
		const deleted = await run('deleteAttachment', { ...byId(O.messe), offerAttachmentId: pick.list(SEED_IDS.offerAttachments.agb) });

		expect(requestLines(sim())).toEqual([
			`GET /api/v1/offers/${O.messe}/attachments`,
			`POST /api/v1/offers/${O.messe}/attachments`,
			`DELETE /api/v1/offers/${O.messe}/attachments/${SEED_IDS.offerAttachments.agb}`,
		]);
		expect(listed.items.map((item) => item.json.title)).toEqual(['AGB-2026.pdf']);
		expect(sim().requests[1].json).toEqual({ attachment: { filename: 'Referenzen.pdf', base64: pdf.toString('base64') } });
		expect(added.items[0].json).toMatchObject({ title: 'Referenzen.pdf' });
		expect(deleted.items.map((item) => item.json)).toEqual([{ deleted: true }]);
		expect(sim().records('offer_attachments').map((attachment) => attachment.title)).toEqual(['Referenzen.pdf']);
	});

	test('customer approval: Get before activation is MOCO’s 404 explained; Activate gives the link; Deactivate turns it off', async () => {
		const before = await run('getApproval', byId(O.app));
		const activated = await run('activateApproval', byId(O.app));
		const got = await run('getApproval', byId(O.app));
		const deactivated = await run('deactivateApproval', byId(O.app));

		expect(requestLines(sim())).toEqual([
			`GET /api/v1/offers/${O.app}/customer_approval`,
			`POST /api/v1/offers/${O.app}/customer_approval/activate`,
			`GET /api/v1/offers/${O.app}/customer_approval`,
			`POST /api/v1/offers/${O.app}/customer_approval/deactivate`,
		]);
		expect(before.error).toMatchObject({ message: 'MOCO has no customer approval for this offer (or no such offer) (404): Resource not found', httpCode: '404' });
		expect(activated.items[0].json).toMatchObject({ active: true, approval_url: `https://acme.mocoapp.com/public/offer_customer_approvals/${O.app}/token`, signed_at: null });
		expect(got.items[0].json).toEqual(activated.items[0].json);
		expect(deactivated.items[0].json).toMatchObject({ id: activated.items[0].json.id, active: false });
	});
});

describeRefusals(
	'offer',
	sim,
	[
		{ operation: 'get', method: 'GET', parameters: byId(O.messe) },
		{ operation: 'update', method: 'PUT', parameters: { ...byId(O.messe), updateFields: { title: 'x' } } },
		{ operation: 'delete', method: 'DELETE', parameters: byId(O.app) },
		{ operation: 'assign', method: 'PUT', parameters: { ...byId(O.app), additionalFields: { companyId: pick.id(SEED_IDS.companies.nordwind) } } },
		{ operation: 'updateStatus', method: 'PUT', parameters: { ...byId(O.messe), status: 'sent' } },
		{ operation: 'sendEmail', method: 'POST', parameters: { ...byId(O.messe), subject: 's', text: 't' } },
		{ operation: 'activateApproval', method: 'POST', parameters: byId(O.messe) },
		{ operation: 'deactivateApproval', method: 'POST', parameters: byId(O.messe) },
		{ operation: 'getAttachments', method: 'GET', parameters: byId(O.messe) },
	],
	VERSION,
);

test('docs example "send the quote when a deal reaches pending"', async () => {
	const result = await run('sendEmail', {
		offerId: pick.by('identifier', 'A2601-001'),
		subject: 'Angebot A2601-001',
		text: 'Anbei unser Angebot.',
		additionalFields: { emailsTo: 'fenja.ohlsen@hafenlicht.example' },
	});
	const pdf = await run('downloadPdf', { offerId: pick.by('identifier', 'A2601-001') });

	expect(requestLines(sim()).slice(0, 2)).toEqual(['GET /api/v1/offers?identifier=A2601-001', `POST /api/v1/offers/${O.app}/send_email`]);
	expect(bodies(sim())).toEqual([{ subject: 'Angebot A2601-001', text: 'Anbei unser Angebot.', emails_to: 'fenja.ohlsen@hafenlicht.example' }]);
	expect(result.items[0].json).toMatchObject({ emails_to: 'fenja.ohlsen@hafenlicht.example', subject: 'Angebot A2601-001' });
	expect(sim().find('offers', O.app)?.status).toBe('sent');
	expect(pdf.items[0].binary?.data?.fileName).toBe('A2601-001.pdf');
});
