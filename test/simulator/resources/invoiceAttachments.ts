import { type ActionContext, type Rec, type ResourceEntry, httpError, isObject, json } from '../engine';
import { SEED_IDS, SEED_TIME } from '../seed';

const shape = (attachment: Rec) => ({ id: attachment.id, title: attachment.title, created_at: attachment.created_at, updated_at: attachment.updated_at });

/**
 * Files attached to a document (`/invoices/{id}/attachments`, `/offers/{id}/attachments`), uploaded
 * as `{attachment: {filename, base64}}`; the stored bytes are kept (hidden) so tests can compare
 * them. DELETE answers the deleted attachment, not 204.
 */
export function attachmentsOf(name: string, path: string, parentKey: string, seed: ResourceEntry['seed']): ResourceEntry {
	const upload = ({ sim, body, parentId, userId }: ActionContext) => {
		const attachment = body.attachment;
		const errors: Record<string, string[]> = {};
		if (!isObject(attachment)) throw httpError(422, { errors: { attachment: ["can't be blank"] } });
		if (typeof attachment.filename !== 'string' || attachment.filename.trim() === '') errors['attachment.filename'] = ["can't be blank"];
		const base64 = attachment.base64;
		if (typeof base64 !== 'string' || base64.trim() === '') errors['attachment.base64'] = ["can't be blank"];
		else if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.replace(/\s/g, ''))) errors['attachment.base64'] = ['is not valid Base64'];
		if (Object.keys(errors).length) throw httpError(422, { errors });
		const record = sim.add(name, { [parentKey]: parentId, title: attachment.filename, content: Buffer.from(String(base64), 'base64'), created_at: sim.stamp(), updated_at: sim.stamp() });
		sim.changed(name, record, 'create', userId);
		return json(201, shape(record));
	};
	return {
		name,
		path,
		parentKey,
		target: '',
		ops: ['list'],
		fields: {},
		hidden: ['content', 'content_type'],
		blank: () => ({ title: '' }),
		serialize: (_out, attachment) => shape(attachment),
		actions: [
			{ method: 'POST', path: '', handler: upload },
			{
				method: 'DELETE',
				path: '/:id',
				handler: ({ sim, record, userId }) => {
					const all = sim.records(name);
					all.splice(all.indexOf(record!), 1);
					sim.changed(name, record!, 'delete', userId);
					return json(200, shape(record!));
				},
			},
		],
		seed,
	};
}

export const invoiceAttachments = attachmentsOf('invoice_attachments', '/invoices/:invoiceId/attachments', 'invoice_id', () => [
	{
		id: SEED_IDS.invoiceAttachments.agb, invoice_id: SEED_IDS.invoices.relaunch, title: 'AGB-2025.pdf', content: Buffer.from('%PDF-1.4 AGB'),
		created_at: SEED_TIME, updated_at: SEED_TIME,
	},
]);
