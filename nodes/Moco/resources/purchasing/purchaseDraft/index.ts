import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { itemError } from '../../../shared/errors';
import { asBase64, checkInputFile, downloadRoute, fileField, FILE_PARAM, readInputFile } from '../../../shared/files';
import type { RecordType } from '../../../shared/locator';
import { operationList } from '../../../shared/operations';
import { GLOBAL_FILTERS, resourceProperties, type ResourceSpec } from '../../../shared/pipeline';
import { param } from '../../../shared/scope';

/** A draft in MOCO's purchase inbox: a title and a document, to be booked as a purchase. */
export const purchaseDraftRecord: RecordType = {
	noun: 'purchase draft',
	label: 'Purchase Draft',
	path: '/purchases/drafts',
	title: (draft: IDataObject) => [String(draft.title ?? ''), draft.email_from ? `(${String(draft.email_from)})` : ''].filter(Boolean).join(' '),
	searchListMethod: 'searchPurchaseDrafts',
	exampleId: '6610001',
};

/** The file the form names, or none when the field is left empty (MOCO keeps a draft without a document). */
const namedFile = (context: IExecuteSingleFunctions) => {
	const name = param.call(context, FILE_PARAM, '');
	return typeof name === 'string' && name.trim() !== '' ? { name, label: 'Input Binary Field' } : undefined;
};

export const purchaseDraft: ResourceSpec = {
	value: 'purchaseDraft',
	record: purchaseDraftRecord,
	fields: [{ name: 'title', displayName: 'Title', api: 'title', kind: 'text', required: true, placeholder: 'e.g. Rechnung 2026-0042 Ährenfeld', description: 'The draft’s title in the purchase inbox' }],
	filters: GLOBAL_FILTERS,
	check(_values, operation) {
		const file = operation === 'create' ? namedFile(this) : undefined;
		if (file) checkInputFile.call(this, file);
	},
	async shape(fields, { operation }) {
		const file = operation === 'create' ? namedFile(this) : undefined;
		return file ? { ...fields, file: asBase64(await readInputFile.call(this, file)) } : fields;
	},
};

const download = downloadRoute(purchaseDraft, '.pdf', {}, { name: 'purchase draft PDF' });

/** MOCO answers 204 for a draft without a document: said in words, not as an empty file. */
async function noDocument(this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	if (response.statusCode !== 204) return items;
	const index = this.getItemIndex();
	throw itemError(this.getNode(), index, `This purchase draft has no PDF document (item ${index})`, `Item ${index}: MOCO keeps drafts without a document; add one in MOCO, or create the draft with a file.`);
}

const show = { resource: ['purchaseDraft'], operation: ['create'] };

export const purchaseDraftDescription: INodeProperties[] = [
	operationList(
		purchaseDraft,
		{
			create: { action: 'Create a purchase draft', description: 'Put a supplier’s invoice (the input item’s file) into MOCO’s purchase inbox, with a title' },
			delete: { action: 'Delete a purchase draft', description: 'Remove a draft from the purchase inbox' },
			get: { action: 'Get a purchase draft', description: 'Retrieve one draft of the purchase inbox' },
			getAll: { action: 'Get many purchase drafts', description: 'Retrieve the drafts in the purchase inbox' },
		},
		[
			{
				name: 'Download PDF',
				value: 'downloadPdf',
				action: 'Download a purchase draft PDF',
				description: 'Get the draft’s document as a file; not readable by an AI model',
				routing: { ...download, output: { postReceive: [noDocument, ...(download.output?.postReceive ?? [])] } },
			},
		],
	),
	...resourceProperties(purchaseDraft, { onRecord: ['delete', 'downloadPdf', 'get'], create: true, getAll: true }),
	{
		...fileField('in', show),
		required: false,
		description: 'The binary field of the input item that holds the supplier’s invoice (PDF or image), e.g. "data" from an email trigger. Empty: a draft without a document. A file cannot come from an AI model.',
	},
	fileField('out', { resource: ['purchaseDraft'], operation: ['downloadPdf'] }),
];
