import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData, INodeProperties, INodePropertyOptions, PreSendAction } from 'n8n-workflow';

import { documentAttachments } from '../../../shared/attachments';
import { sayForStatus } from '../../../shared/errors';
import { additionalProperties, type FieldRow } from '../../../shared/fieldTable';
import { downloadRoute, fileField } from '../../../shared/files';
import { lineItemProperties } from '../../../shared/lineItemForm';
import { operationList } from '../../../shared/operations';
import { operationFields, resourceProperties, routes } from '../../../shared/pipeline';
import { pickedRecordId } from '../../../shared/resolve';
import { answeredWithoutBody } from '../../../shared/retry';
import { emailFields, emailOptions } from '../../invoicing/invoice/actions';
import { OFFER_STATUSES, offer, offerLines, ownerRows } from './fields';
import { offerRecord } from './record';
import { param } from '../../../shared/scope';

const statusField: FieldRow = { name: 'status', displayName: 'Status', api: 'status', kind: 'enum', required: true, options: OFFER_STATUSES, default: 'sent', description: 'The offer’s new state' };
const letterPaper: FieldRow = { name: 'letterPaperId', displayName: 'Letter Paper ID', api: 'letter_paper_id', kind: 'integer', min: 1, description: 'The letter paper (Briefpapier) to print on; empty: the account’s default' };
const assignRows = ownerRows.map(({ top: _top, update: _update, ...row }) => row);
const offerEmail = emailFields.map((row) => (row.name === 'text' ? { ...row, description: 'The email’s text; MOCO attaches the offer PDF' } : row));
export const attachments = documentAttachments('offer', offerRecord, { searchListMethod: 'searchOfferAttachments', exampleId: '991101' });

/** Update Status answers 204 without a body: the item says what was set. */
async function statusSet(this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	return [{ json: { id: await pickedRecordId.call(this, offerRecord), status: param.call(this, 'status', '') as string } }];
}

/** MOCO answers 404 while the offer has no customer approval. */
async function approvalWords(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	sayForStatus(this, { 404: { what: 'MOCO has no customer approval for this offer (or no such offer)', advice: 'Activate the customer approval first (Activate Customer Approval).' } });
	return requestOptions;
}

const show = (...operation: string[]) => ({ resource: ['offer'], operation });
const action = (name: string, value: string, words: string, description: string, routing: INodePropertyOptions['routing']): INodePropertyOptions => ({ name, value, action: words, description, routing });
const withPreSend = (routing: INodePropertyOptions['routing'], preSend: PreSendAction) => ({ ...routing, send: { preSend: [...(routing?.send?.preSend ?? []), preSend] } });
const approval = routes.action(offer, 'GET', '/customer_approval', {}, []);

export const offerDescription: INodeProperties[] = [
	operationList(
		offer,
		{
			create: { action: 'Create an offer', description: 'Make an offer (quote) with its rows for a company, deal or project' },
			delete: { action: 'Delete an offer', description: 'Delete an offer; MOCO deletes only offers still in status Created' },
			get: { action: 'Get an offer', description: 'Retrieve one offer with its rows' },
			getAll: { action: 'Get many offers', description: 'Retrieve offers, filtered and sorted by MOCO (without rows)' },
			update: { action: 'Update an offer', description: 'Change the fields you set on a created or sent offer, and its rows if you give them; everything else stays as it is' },
		},
		[
			action('Activate Customer Approval', 'activateApproval', 'Activate customer approval of an offer', 'Make the link the customer signs the offer with online; outputs the link', routes.action(offer, 'POST', '/customer_approval/activate', {}, [])),
			action('Assign', 'assign', 'Assign an offer', 'Move an offer to another company, deal or project (a project’s customer wins)', routes.action(offer, 'PUT', '/assign', { options: assignRows })),
			action('Deactivate Customer Approval', 'deactivateApproval', 'Deactivate customer approval of an offer', 'Turn the customer’s signing link off', routes.action(offer, 'POST', '/customer_approval/deactivate', {}, [])),
			action('Download PDF', 'downloadPdf', 'Download an offer PDF', 'Get the offer as a PDF file (for storage, a CRM or an email); not readable by an AI model', downloadRoute(offer, '.pdf', { options: [letterPaper] }, { name: 'offer PDF' })),
			action('Get Customer Approval', 'getApproval', 'Get the customer approval of an offer', 'Retrieve the signing link and whether (and by whom) the customer signed', { ...approval, send: { preSend: [approvalWords, ...(approval.send?.preSend ?? [])] } }),
			action('Send by Email', 'sendEmail', 'Send an offer by email', 'Email the offer PDF (and its attachments) to the customer; a created offer becomes sent', routes.action(offer, 'POST', '/send_email', { fields: offerEmail, options: emailOptions }, [])),
			action('Update Status', 'updateStatus', 'Update the status of an offer', 'Mark an offer as sent, accepted, billed or archived', withPreSend(routes.action(offer, 'PUT', '/update_status', { fields: [statusField] }, [statusSet]), answeredWithoutBody)),
			...attachments.operations,
		],
	),
	...resourceProperties(offer, {
		onRecord: [
			'activateApproval', 'addAttachment', 'assign', 'deactivateApproval', 'delete', 'deleteAttachment', 'downloadPdf', 'get', 'getApproval', 'getAttachments', 'sendEmail', 'update', 'updateStatus',
		],
		create: true,
		update: true,
		getAll: true,
		simplify: ['assign', 'create', 'get', 'getAll', 'update'],
	}),
	...lineItemProperties(offerLines, show('create'), ['update']),
	...additionalProperties('offer', 'assign', assignRows),
	...operationFields('offer', 'updateStatus', [statusField]),
	...operationFields('offer', 'sendEmail', offerEmail),
	...additionalProperties('offer', 'sendEmail', emailOptions),
	...additionalProperties('offer', 'downloadPdf', [letterPaper]),
	fileField('out', show('downloadPdf')),
	...attachments.properties,
];
