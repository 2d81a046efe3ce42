import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** The record types MOCO tags: a tag belongs to one of them (its context), as MOCO names them. */
export const TAG_CONTEXTS = ['Company', 'Contact', 'Deal', 'Invoice', 'Offer', 'Project', 'Purchase', 'User'];

/** A tag definition; its name is unique within its context, so the dropdown shows both. */
export const tagRecord: RecordType = {
	noun: 'tag',
	label: 'Tag',
	path: '/tags',
	key: nameKey('Important'),
	title: (tag: IDataObject) => `${String(tag.name)} (${String(tag.context)})`,
	searchListMethod: 'searchTags',
	exampleId: '412',
};
