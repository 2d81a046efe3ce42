import type { IDataObject } from 'n8n-workflow';

import { nameKey, type RecordType } from '../../../shared/locator';

/** A customer, supplier or organisation; MOCO's `term` narrows the list to a name. */
export const companyRecord: RecordType = {
	noun: 'company',
	label: 'Company',
	path: '/companies',
	term: true,
	key: nameKey('Acme GmbH', 'term'),
	title: (company: IDataObject) => (company.type ? `${String(company.name)} (${String(company.type)})` : String(company.name)),
	searchListMethod: 'searchCompanies',
	exampleId: '760253573',
};
