import type { IDataObject } from 'n8n-workflow';

import { EMAIL_KEY, type RecordType } from '../../../shared/locator';

/** A contact person, known by their work email; MOCO's `term` searches names, work email and company. */
export const contactRecord: RecordType = {
	noun: 'contact',
	label: 'Contact',
	path: '/contacts/people',
	term: true,
	key: { ...EMAIL_KEY, title: 'Email', field: 'work_email', filter: 'term' },
	title: (contact: IDataObject) =>
		`${String(contact.firstname ?? '')} ${String(contact.lastname ?? '')}`.trim() + (contact.work_email ? ` (${String(contact.work_email)})` : ''),
	searchListMethod: 'searchContacts',
	exampleId: '123456',
};
