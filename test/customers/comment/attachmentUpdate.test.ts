import { SEED_IDS } from '../../simulator';
import { describeFileOnUpdate } from '../../shared/fileOnUpdate';

describeFileOnUpdate({
	resource: 'comment',
	picker: 'commentId',
	id: SEED_IDS.comments.kunde,
	path: '/comments',
	param: 'attachmentBinaryField',
	label: 'Attachment From Binary Field',
	field: [{ text: 'Rahmenvertrag anbei.' }, { text: 'Rahmenvertrag anbei.' }],
	sent: (file) => ({ attachment_filename: file.fileName, attachment_content: file.data.toString('base64') }),
});
