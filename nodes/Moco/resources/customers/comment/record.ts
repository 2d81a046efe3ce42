import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';

/** A comment's text as one short line: MOCO stores it as HTML. */
const firstWords = (html: unknown) => {
	const text = String(html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** A note on any MOCO record; it has no name, so it is picked from the list or by ID. */
export const commentRecord: RecordType = {
	noun: 'comment',
	label: 'Comment',
	path: '/comments',
	title: (comment: IDataObject) => `${firstWords(comment.text)} (${String(comment.commentable_type)} ${String(comment.commentable_id)})`,
	searchListMethod: 'searchComments',
	exampleId: '123',
};
