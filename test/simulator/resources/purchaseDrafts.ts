/**
 * The purchase inbox (`/purchases/drafts`): a title and a document, made (by email or the API) and
 * read, never changed. The PDF answers 302 to the document's file, or 204 when there is none.
 */
import { type Rec, type ResourceEntry, PERSON, httpError, isObject, noContent } from '../engine';
import type { MocoSimulator } from '../moco';
import { pdfDocument } from '../pdf';
import { SEED_IDS, SEED_TIME } from '../seed';

/** Where the simulator keeps a draft's document: its own stand-in for MOCO's file storage, on the account's host. */
const fileUrl = (sim: MocoSimulator, draft: Rec) => `https://${sim.host}/api/v1/purchases/drafts/${draft.id}/file`;

export const purchaseDrafts: ResourceEntry = {
	name: 'purchase_drafts',
	path: '/purchases/drafts',
	target: 'Purchase::Draft',
	ops: ['list', 'get', 'create', 'delete'],
	fields: {
		title: { kind: 'text', required: true },
		file: { kind: 'object', read: false },
	},
	hidden: ['document'],
	blank: ({ userId }) => ({
		title: '', email_from: null, email_body: null, user: { id: userId }, file_url: null, net_total: null, gross_total: null, credit_card_transaction: null,
	}),
	links: { user: { ref: 'users', shape: PERSON } },
	validate: (draft, body, { sim }, errors) => {
		if (body.file === undefined) return;
		const file = body.file;
		if (!isObject(file) || typeof file.filename !== 'string' || file.filename === '' || typeof file.base64 !== 'string') {
			errors.file = ['must have a filename and base64 content'];
			return;
		}
		draft.document = { filename: file.filename, data: Buffer.from(file.base64, 'base64') };
		draft.file_url = fileUrl(sim, draft);
	},
	actions: [
		{
			method: 'GET',
			path: '/:id.pdf',
			handler: ({ sim, record }) => (record!.document ? { status: 302, headers: { location: fileUrl(sim, record!) }, body: '' } : noContent()),
		},
		{
			method: 'GET',
			path: '/:id/file',
			handler: ({ record }) => {
				const document = record!.document as { filename: string; data: Buffer } | undefined;
				if (!document) throw httpError(404, { message: 'Resource not found' });
				return { status: 200, headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${document.filename}"` }, body: document.data };
			},
		},
	],
	seed: () => [
		{
			id: SEED_IDS.purchaseDrafts.email, title: 'Rechnung 2026-0042 Ährenfeld', email_from: 'buchhaltung@aehrenfeld.example', email_body: 'Anbei unsere Rechnung.',
			user: { id: SEED_IDS.users.juergen, firstname: 'Jürgen', lastname: 'Müller' }, file_url: `https://acme.mocoapp.com/api/v1/purchases/drafts/${SEED_IDS.purchaseDrafts.email}/file`,
			net_total: 420, gross_total: 499.8, credit_card_transaction: null, document: { filename: 'RE-2026-0042.pdf', data: pdfDocument(['Druckerei Ährenfeld KG', 'Rechnung 2026-0042']) },
			created_at: SEED_TIME, updated_at: SEED_TIME,
		},
		{
			id: SEED_IDS.purchaseDrafts.empty, title: 'Quittung Parkhaus', email_from: null, email_body: null, user: { id: SEED_IDS.users.zoe, firstname: 'Zoë', lastname: 'Ångström' },
			file_url: null, net_total: null, gross_total: null, credit_card_transaction: null, created_at: SEED_TIME, updated_at: SEED_TIME,
		},
	],
};
