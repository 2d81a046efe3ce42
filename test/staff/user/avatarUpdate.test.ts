import { SEED_IDS } from '../../simulator';
import { describeFileOnUpdate } from '../../shared/fileOnUpdate';

describeFileOnUpdate({
	resource: 'user',
	picker: 'userId',
	id: SEED_IDS.users.zoe,
	path: '/users',
	param: 'avatarBinaryField',
	label: 'Avatar From Binary Field',
	field: [{ lastname: 'Krüger' }, { lastname: 'Krüger' }],
	sent: (file) => ({ avatar: { filename: file.fileName, base64: file.data.toString('base64') } }),
});
