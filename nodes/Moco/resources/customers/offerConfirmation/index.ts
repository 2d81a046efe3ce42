import type { INodeProperties } from 'n8n-workflow';

import { additionalProperties, type FieldRow } from '../../../shared/fieldTable';
import { downloadRoute, fileField } from '../../../shared/files';
import { operationList } from '../../../shared/operations';
import { resourceProperties } from '../../../shared/pipeline';
import { offerConfirmation } from './fields';

const letterPaper: FieldRow = { name: 'letterPaperId', displayName: 'Letter Paper ID', api: 'letter_paper_id', kind: 'integer', min: 1, description: 'The letter paper (Briefpapier) to print on; empty: the account’s default' };

export const offerConfirmationDescription: INodeProperties[] = [
	operationList(
		offerConfirmation,
		{
			create: { action: 'Create an offer confirmation', description: 'Confirm an offer (Auftragsbestätigung); MOCO marks a created or sent offer accepted' },
			delete: { action: 'Delete an offer confirmation', description: 'Delete the confirmation of an offer' },
			get: { action: 'Get an offer confirmation', description: 'Retrieve one offer confirmation' },
			getAll: { action: 'Get many offer confirmations', description: 'Retrieve offer confirmations, e.g. those of some offers' },
			update: { action: 'Update an offer confirmation', description: 'Change the fields you set on a confirmation; everything else stays as it is' },
		},
		[
			{
				name: 'Download PDF',
				value: 'downloadPdf',
				action: 'Download an offer confirmation PDF',
				description: 'Get the confirmation as a PDF file (for the customer or a CRM); not readable by an AI model',
				routing: downloadRoute(offerConfirmation, '.pdf', { options: [letterPaper] }, { name: 'offer confirmation PDF' }),
			},
		],
	),
	...resourceProperties(offerConfirmation, { onRecord: ['delete', 'downloadPdf', 'get', 'update'], create: true, update: true, getAll: true }),
	...additionalProperties('offerConfirmation', 'downloadPdf', [letterPaper]),
	fileField('out', { resource: ['offerConfirmation'], operation: ['downloadPdf'] }),
];
