import type { IDataObject } from 'n8n-workflow';

import type { RecordType } from '../../../shared/locator';
import { projectRecord } from '../project/record';

/** An additional service (expense) of a project: picked within the project chosen first. */
export const projectExpenseRecord: RecordType = {
	noun: 'project expense',
	label: 'Expense',
	path: '/projects/:projectId/expenses',
	title: (expense: IDataObject) =>
		[String(expense.date ?? ''), String(expense.title ?? ''), `${String(expense.quantity ?? '')} ${String(expense.unit ?? '')}`.trim()].filter(Boolean).join(', '),
	inactive: (expense: IDataObject) => (expense.billed === true ? 'billed' : undefined),
	searchListMethod: 'searchProjectExpenses',
	exampleId: '47700001',
	parent: { param: 'projectId', record: projectRecord },
};
