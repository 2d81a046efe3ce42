import { documentAttachments } from '../../../shared/attachments';
import { invoiceRecord } from './record';

/** Files attached to an invoice; MOCO sends attachments along with the invoice email. */
const attachments = documentAttachments('invoice', invoiceRecord, { searchListMethod: 'searchInvoiceAttachments', exampleId: '5510001' });

export const invoiceAttachmentRecord = attachments.record;
export const attachmentOperations = attachments.operations;
export const attachmentProperties = attachments.properties;
