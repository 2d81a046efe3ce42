import { SEED_IDS } from '../../simulator';
import { describeFileOnUpdate } from '../../shared/fileOnUpdate';

// The receipt's photo or PDF on Update: MOCO's PUT takes it as it does on Create.
describeFileOnUpdate({
	resource: 'receipt',
	picker: 'receiptId',
	id: SEED_IDS.receipts.taxi,
	path: '/receipts',
	param: 'attachmentBinaryField',
	label: 'Attachment From Binary Field',
	field: [{ info: 'Beleg nachgereicht' }, { info: 'Beleg nachgereicht' }],
	sent: (file) => ({ attachment: { filename: file.fileName, base64: file.data.toString('base64') } }),
});
