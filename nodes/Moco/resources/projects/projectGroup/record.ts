import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A project group (read-only in MOCO's API); accounts have few, so the list is read whole. */
export const projectGroupRecord: RecordType = {
	noun: 'project group',
	label: 'Project Group',
	path: '/projects/groups',
	key: nameKey('Webpages'),
	title: (group: IDataObject) => String(group.name),
	searchListMethod: 'searchProjectGroups',
	exampleId: '456687',
};
