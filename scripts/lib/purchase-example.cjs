'use strict';
// "Book a supplier invoice from an email attachment" (docs/purchasing.md): the sandbox has no mailbox,
// so an Edit Fields node holds the email and a small PDF (base64) and Convert to File turns that into
// the attachment, as an email trigger would hand it over. Then the purchase inbox, and the booking.
const { manualWorkflow, mocoStep, pick, setStep } = require('./workflow-kit.cjs');

const PURCHASE_WORKFLOW_ID = 'mocoPurchaseMail';
/** The supplier invoice's lines, as the simulator's PDF of them (test/simulator/pdf.ts) has them. */
const INVOICE_LINES = ['Druckerei Ährenfeld KG', 'Rechnung RE-2026-0117', '2 Roll-ups 85x200: 480,00 EUR netto'];
const INVOICE_PDF_BASE64 =
	'JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhIC9FbmNvZGluZyAvV2luQW5zaUVuY29kaW5nID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggMTI0ID4+CnN0cmVhbQpCVAovRjEgMTIgVGYKNzIgNzcwIFRkCjE2IFRMCihEcnVja2VyZWkgxGhyZW5mZWxkIEtHKSAnCihSZWNobnVuZyBSRS0yMDI2LTAxMTcpICcKKDIgUm9sbC11cHMgODV4MjAwOiA0ODAsMDAgRVVSIG5ldHRvKSAnCkVUCmVuZHN0cmVhbQplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDE1IDAwMDAwIG4gCjAwMDAwMDAwNjQgMDAwMDAgbiAKMDAwMDAwMDEyMSAwMDAwMCBuIAowMDAwMDAwMjQ3IDAwMDAwIG4gCjAwMDAwMDAzNDQgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo1MTkKJSVFT0YK';
/** The email, as a mail trigger gives it, with what the booking needs (in real use read from the invoice or set per supplier). */
const EMAIL = {
	from: 'auftrag@aehrenfeld.example',
	subject: 'Rechnung RE-2026-0117: Roll-ups',
	receipt: 'RE-2026-0117',
	date: '2026-01-07',
	supplier: 'Druckerei Ährenfeld KG',
	net: 480,
	attachment: INVOICE_PDF_BASE64,
};
const ATTACHMENT = { fileName: 'RE-2026-0117.pdf', mimeType: 'application/pdf' };
/** Seeded: the purchase VAT code "Vorsteuer 19 %" and the category "Fremdleistungen", as the row editor's dropdowns store them. */
const BOOKING = { vatCodeId: 202001, categoryId: 303001 };

const email = (field) => `$('Email').item.json.${field}`;

function purchaseWorkflow() {
	return manualWorkflow({
		id: PURCHASE_WORKFLOW_ID,
		name: 'Book a supplier invoice from an email attachment',
		firstNode: 1001,
		steps: [
			setStep('Email', EMAIL, '4d2b8f61'),
			{
				name: 'Attachment',
				type: 'n8n-nodes-base.convertToFile',
				typeVersion: 1.1,
				parameters: { operation: 'toBinary', sourceProperty: 'attachment', binaryPropertyName: 'data', options: ATTACHMENT },
			},
			mocoStep({ resource: 'purchaseDraft', operation: 'create', title: `={{ ${email('subject')} }}`, binaryPropertyName: 'data' }, 2, 'Purchase inbox'),
			// The document as the inbox keeps it: the booking carries it, so the purchase has it from the start.
			mocoStep({ resource: 'purchaseDraft', operation: 'downloadPdf', purchaseDraftId: pick('={{ $json.id }}'), binaryPropertyName: 'data' }, 2, 'Draft document'),
			mocoStep(
				{
					resource: 'purchase',
					operation: 'create',
					date: `={{ ${email('date')} }}`,
					currency: 'EUR',
					paymentMethod: 'bank_transfer',
					companyId: pick(`={{ ${email('supplier')} }}`, 'name'),
					title: `={{ ${email('subject')} }}`,
					itemsInput: 'form',
					lineItems: { row: [{ title: 'Roll-ups 85×200, 2 Stück', total: `={{ ${email('net')} }}`, vat_code_id: BOOKING.vatCodeId, category_id: BOOKING.categoryId }] },
					additionalFields: {
						receiptIdentifier: `={{ ${email('receipt')} }}`,
						dueDate: `={{ DateTime.fromISO(${email('date')}).plus({ days: 14 }).toISODate() }}`,
						purchaseDraftId: `={{ $('Purchase inbox').item.json.id }}`,
						documentBinaryField: 'data',
					},
				},
				2,
				'Book purchase',
			),
		],
	});
}

module.exports = { PURCHASE_WORKFLOW_ID, INVOICE_LINES, INVOICE_PDF_BASE64, EMAIL, ATTACHMENT, BOOKING, purchaseWorkflow };
