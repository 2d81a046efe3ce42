import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../../../shared/errors';
import type { FieldRow } from '../../../shared/fieldTable';
import { lineItems, rowsGiven, type LineItemSpec } from '../../../shared/lineItems';
import type { OptionalFile } from '../../../shared/optionalFile';
import { asBase64 } from '../../../shared/files';
import { GLOBAL_FILTERS, type ResourceSpec } from '../../../shared/pipeline';
import { currencyCode, fromNotAfterTo } from '../../../shared/fieldChecks';
import { projectRecord } from '../../projects/project/record';
import { purchaseCategoryRecord } from '../purchaseCategory/record';
import { userRecord } from '../../staff/user/fields';
import { receiptRecord } from './record';

const row = (name: string, displayName: string, api: string, kind: FieldRow['kind'], description: string, more: Partial<FieldRow> = {}): FieldRow => ({ name, displayName, api, kind, description, ...more });

/** A receipt's rows are its VAT splits: one to three, each a gross amount at one VAT code. */
export const receiptItems: LineItemSpec = {
	document: 'receipt',
	untyped: true,
	max: 3,
	types: [{ value: 'item', name: 'Item', fields: ['gross_total', 'vat_code_id', 'purchase_category_id'], required: ['gross_total', 'vat_code_id'] }],
	fields: [
		{ api: 'gross_total', displayName: 'Gross Total', kind: 'number', description: 'The amount paid at this VAT code, VAT included' },
		{ api: 'vat_code_id', displayName: 'VAT Code', kind: 'reference', loadOptionsMethod: 'getPurchaseVatCodes', description: 'One of your purchase VAT codes' },
		{ api: 'purchase_category_id', displayName: 'Purchase Category', kind: 'reference', loadOptionsMethod: 'getPurchaseCategories', description: 'The category the receipt is booked to; the same on every row' },
	],
	example: [{ gross_total: 86.4, vat_code_id: 202001, purchase_category_id: 303003 }],
};

/** The rows checked, on Create always and on Update when given; MOCO books a receipt to one category. */
function receiptRows(this: IExecuteSingleFunctions, operation: string): IDataObject[] | undefined {
	if (operation !== 'create' && !(operation === 'update' && rowsGiven.call(this))) return undefined;
	const rows = lineItems.call(this, receiptItems);
	const first = rows.find((given) => given.purchase_category_id !== undefined)?.purchase_category_id;
	const other = rows.findIndex((given) => given.purchase_category_id !== undefined && given.purchase_category_id !== first);
	if (other >= 0) {
		throw invalidInput(this.getNode(), this.getItemIndex(), `Items row ${other + 1}:`, `purchase_category_id ${String(rows[other].purchase_category_id)} differs from ${String(first)}: MOCO takes one purchase category for every row of a receipt`);
	}
	return rows;
}

/** The receipt itself (a photo or PDF): MOCO takes it as `attachment: {filename, base64}` on Create and Update. */
export const receiptAttachment: OptionalFile = {
	param: 'attachmentBinaryField',
	displayName: 'Attachment From Binary Field',
	description: 'The binary field of the input item holding the receipt’s photo or PDF, e.g. "data". Empty: no file is sent (on Update the current one stays).',
	put: (body, file) => {
		body.attachment = asBase64(file);
	},
};

export const receipt: ResourceSpec = {
	value: 'receipt',
	record: receiptRecord,
	fields: [
		row('date', 'Date', 'date', 'date', 'The day on the receipt, sent as YYYY-MM-DD', { required: true }),
		row('title', 'Title', 'title', 'text', 'What was paid for', { required: true, placeholder: 'e.g. Taxi zum Flughafen' }),
		row('projectId', 'Project', 'project_id', 'reference', 'The project the expense was for', { record: projectRecord }),
		row('billable', 'Billable', 'billable', 'boolean', 'Whether the expense is billed on to the project’s customer'),
		row('currency', 'Currency', 'currency', 'text', 'A 3-letter currency code (EUR, CHF, USD); empty: the account’s currency', { placeholder: 'e.g. EUR' }),
		row('info', 'Info', 'info', 'longText', 'A note on the receipt'),
	],
	filters: [
		row('userId', 'User', 'user_id', 'reference', 'Only this user’s receipts', { record: userRecord }),
		row('projectId', 'Project', 'project_id', 'reference', 'Only receipts for this project', { record: projectRecord }),
		row('from', 'From', 'from', 'date', 'Only receipts dated on or after this day'),
		row('to', 'To', 'to', 'date', 'Only receipts dated on or before this day'),
		row('purchaseCategoryId', 'Purchase Category', 'purchase_category_id', 'reference', 'Only receipts booked to this category', { record: purchaseCategoryRecord }),
		row('submitted', 'Submitted', 'submitted', 'boolean', 'On: only submitted (closed) receipts; off: only pending ones'),
		row('refundRequestId', 'Refund Request IDs', 'refund_request_id', 'ids', 'Only receipts in these refund requests, IDs separated by commas'),
		...GLOBAL_FILTERS,
	],
	check({ fields }, operation) {
		currencyCode.call(this, fields);
		fromNotAfterTo.call(this, fields);
		receiptRows.call(this, operation);
	},
	shape(fields, { operation }) {
		const items = receiptRows.call(this, operation);
		return items ? { ...fields, items } : fields;
	},
	// A file alone, or rows alone, are a change worth an Update.
	file: receiptAttachment,
	changesBeyondFields: rowsGiven,
};
