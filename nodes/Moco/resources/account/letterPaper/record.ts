import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A letter paper (Briefpapier) invoices and offers are printed on; accounts have few, read whole. */
export const letterPaperRecord: RecordType = {
	noun: 'letter paper',
	label: 'Letter Paper',
	path: '/letter_papers',
	key: nameKey('Briefpapier 2026'),
	title: (paper: IDataObject) => String(paper.name),
	inactive: (paper: IDataObject) => (paper.active === false ? 'inactive' : undefined),
	searchListMethod: 'searchLetterPapers',
	exampleId: '1101',
};
