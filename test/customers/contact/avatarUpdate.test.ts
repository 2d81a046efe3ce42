import { SEED_IDS } from '../../simulator';
import { describeFileOnUpdate } from '../../shared/fileOnUpdate';

describeFileOnUpdate({
	resource: 'contact',
	picker: 'contactId',
	id: SEED_IDS.contacts.hanne,
	path: '/contacts/people',
	param: 'avatarBinaryField',
	label: 'Avatar From Binary Field',
	field: [{ jobPosition: 'Vorstand' }, { job_position: 'Vorstand' }],
	sent: (file) => ({ avatar: { filename: file.fileName, base64: file.data.toString('base64') } }),
});
